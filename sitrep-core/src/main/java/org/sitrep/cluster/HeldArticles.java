package org.sitrep.cluster;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;

/**
 * Where a {@link ClusteringSession} keeps the articles of its active stories until their story
 * closes and is handed out whole. A batch run keeps them in memory ({@link #inMemory()}); a stream
 * job keeps them in its state backend, so they are checkpointed with it and need not fit the heap.
 *
 * <p>Implementations need not be thread-safe: one session uses one store.
 */
public interface HeldArticles {

    /** Keeps {@code article} under its id. */
    void put(AnnotatedArticle article);

    /** Removes and returns the article with this id, or null when none is held. */
    AnnotatedArticle remove(ArticleId id);

    /** True when an article with this id is held. */
    boolean contains(ArticleId id);

    /** A store in a hash map. */
    static HeldArticles inMemory() {
        Map<ArticleId, AnnotatedArticle> map = new HashMap<>();
        return new HeldArticles() {
            @Override
            public void put(AnnotatedArticle article) {
                map.put(article.id(), article);
            }

            @Override
            public AnnotatedArticle remove(ArticleId id) {
                return map.remove(id);
            }

            @Override
            public boolean contains(ArticleId id) {
                return map.containsKey(id);
            }
        };
    }
}
