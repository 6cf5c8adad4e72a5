package org.sitrep.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * The web UI's files, read once from the jar: a fixed table from name to resource and content type.
 * A request names an entry of the table or gets nothing, so no request can reach any other file,
 * whatever dots, slashes or encodings it holds. Immutable and thread-safe.
 */
final class UiAssets {

    /** An asset's bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8");

    private final Map<String, Asset> assets;

    UiAssets() {
        java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            try (InputStream in = UiAssets.class.getResourceAsStream("ui/" + e.getKey())) {
                loaded.put(e.getKey(), new Asset(Objects.requireNonNull(in, e.getKey()).readAllBytes(), e.getValue()));
            } catch (IOException ex) {
                throw new IllegalStateException("the UI file " + e.getKey() + " is part of the jar", ex);
            }
        }
        this.assets = Map.copyOf(loaded);
    }

    /** The asset called {@code name}, or null when there is none. */
    Asset get(String name) {
        return name == null ? null : assets.get(name);
    }
}
