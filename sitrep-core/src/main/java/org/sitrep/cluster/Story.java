package org.sitrep.cluster;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * Articles about one real-world event, in publication order (undated articles last; ties by id),
 * with near-duplicates marked: {@code copyOf} maps a syndicated or lightly edited copy to the
 * article it copies, so later stages count one source once.
 */
public record Story(StoryId id, List<AnnotatedArticle> articles, Map<ArticleId, ArticleId> copyOf) {

    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        copyOf = Map.copyOf(copyOf);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article");
        }
    }

    /** A story of these articles with no copies, its id derived from the article ids. */
    public static Story of(List<AnnotatedArticle> articles) {
        return new Story(StoryId.of(articles.stream().map(AnnotatedArticle::id).toList()), articles, Map.of());
    }

    /** The article with this id, or null. */
    public AnnotatedArticle article(ArticleId id) {
        for (AnnotatedArticle a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    /** The independent source an article stands for: itself, or the article it copies. */
    public ArticleId sourceOf(ArticleId id) {
        return copyOf.getOrDefault(id, id);
    }
}
