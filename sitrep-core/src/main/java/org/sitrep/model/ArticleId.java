package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        return new ArticleId("a-" + sha256Hex(source + "\n" + text).substring(0, 12));
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
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
