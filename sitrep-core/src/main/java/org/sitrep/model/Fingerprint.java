package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identifiers from content: the hex SHA-256 of a string, so the same input gets the same id
 * on every run and machine. Thread-safe.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of {@code content} (UTF-8). */
    public static String of(String content, int hexDigits) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String hex = HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, Math.min(hexDigits, hex.length()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
