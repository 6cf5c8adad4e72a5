package org.sitrep.model;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Identifier of one story: {@code s-} and ten hex digits of a SHA-256 over its sorted article ids,
 * so the same grouping of the same articles keeps its id across runs.
 */
public record StoryId(String value) implements Comparable<StoryId> {

    public StoryId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("story id must not be blank");
        }
    }

    /** The id of a story made of these articles. */
    public static StoryId of(Collection<ArticleId> articles) {
        String joined = articles.stream().map(ArticleId::value).sorted().collect(Collectors.joining(","));
        return new StoryId("s-" + Fingerprint.of(joined, 10));
    }

    @Override
    public int compareTo(StoryId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
