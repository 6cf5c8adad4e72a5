package org.sitrep.flink;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.HeldArticles;
import org.sitrep.model.ArticleId;

/**
 * The articles of a clustering session's open stories in keyed Flink state, by article id, encoded
 * ({@link EncodedArticles}): the state backend holds them (on the heap, or on disk with RocksDB) and
 * checkpoints them with the job. Valid only while Flink has set the operator's key (in
 * {@code processElement} and {@code onTimer}).
 *
 * <p>Each article is encoded once, in the parallel stage, and the one clustering instance moves those
 * bytes along rather than encoding again: the bytes an article arrived as ({@link #arriving}) are the
 * ones put in state, and the bytes taken out when its story closes are the ones the story leaves in
 * ({@link #encoded}). While an article is held, the object the session was offered is kept beside its
 * bytes, so that closing a story decodes nothing; these objects are the open stories' articles, which
 * the session's tracker bounds, and after a restart from a checkpoint they are decoded from state.
 */
final class HeldInState implements HeldArticles {

    private final EncodedArticles state;
    /** Bytes of the articles about to be offered, by id, until the session holds them. */
    private final Map<ArticleId, byte[]> arriving = new HashMap<>();
    /** The held articles as the session was offered them (not checkpointed: state has their bytes). */
    private final Map<ArticleId, AnnotatedArticle> objects = new HashMap<>();
    /** Bytes of the articles of stories that have closed, by id, until their story is encoded. */
    private final Map<ArticleId, byte[]> released = new HashMap<>();

    HeldInState(EncodedArticles state) {
        this.state = state;
    }

    /** Says that {@code article}, about to be offered, was decoded from {@code bytes}. */
    void arriving(AnnotatedArticle article, byte[] bytes) {
        arriving.put(article.id(), bytes);
    }

    /** Forgets the bytes of articles offered but not held (repeats the session skipped). */
    void offered() {
        arriving.clear();
    }

    /**
     * The bytes of an article of a story that just closed, as they rested in state. Every article of a
     * story the session hands out was held here; the object it was offered may lack its annotation
     * layers ({@link RecordCodec#withoutLayers}), so it is never encoded instead.
     */
    byte[] encoded(AnnotatedArticle article) {
        byte[] bytes = released.remove(article.id());
        if (bytes == null) {
            throw new IllegalStateException("article " + article.id() + " of a closed story was not held");
        }
        return bytes;
    }

    /** Forgets the bytes of released articles whose stories have left. */
    void storiesSent() {
        released.clear();
    }

    @Override
    public void put(AnnotatedArticle article) {
        byte[] bytes = arriving.remove(article.id());
        if (bytes == null) {
            // the object may lack its layers ({@link #encoded}): only the bytes it came in are the article
            throw new IllegalStateException("article " + article.id() + " offered without its bytes (arriving)");
        }
        try {
            state.put(article.id().value(), bytes);
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
        objects.put(article.id(), article);
    }

    @Override
    public AnnotatedArticle remove(ArticleId id) {
        byte[] bytes;
        try {
            bytes = state.removeEncoded(id.value());
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
        AnnotatedArticle kept = objects.remove(id);
        if (bytes == null) {
            return null;
        }
        released.put(id, bytes);
        return kept != null ? kept : RecordCodec.annotated(bytes);
    }

    @Override
    public boolean contains(ArticleId id) {
        try {
            return state.contains(id.value());
        } catch (Exception e) {
            throw new StateAccessException(e);
        }
    }

    /** A state backend failed; Flink restarts the job from its last checkpoint. */
    static final class StateAccessException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StateAccessException(Exception cause) {
            super("state access failed: " + cause.getMessage(), cause);
        }
    }
}
