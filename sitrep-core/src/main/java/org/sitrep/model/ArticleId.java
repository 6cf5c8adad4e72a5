package org.sitrep.model;

/**
 * Identifier of one article: {@code a-} and twelve hex digits of a SHA-256 over where the article
 * came from and its clean text, so the same input gives the same id on every run and machine.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

    public ArticleId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** The id of an article with this source and clean text. */
    public static ArticleId of(String source, String text) {
        return new ArticleId("a-" + Fingerprint.of(source + "\n" + text, 12));
    }

    @Override
    public int compareTo(ArticleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
