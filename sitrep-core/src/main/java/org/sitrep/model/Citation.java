package org.sitrep.model;

import java.util.Objects;

/**
 * A pointer from a statement in a report to the words that support it: an article and a span of its
 * clean text.
 */
public record Citation(ArticleId article, Span span) implements Comparable<Citation> {

    public Citation {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public int compareTo(Citation o) {
        int c = article.compareTo(o.article);
        return c != 0 ? c : span.compareTo(o.span);
    }
}
