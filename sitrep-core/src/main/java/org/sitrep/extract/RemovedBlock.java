package org.sitrep.extract;

import java.util.Objects;

/**
 * A line or block that extraction dropped from an article's body, with the reason it was dropped
 * (e.g. {@code "share prompt"}, {@code "contact line"}, {@code "photo credit"}), so nothing the user
 * gave is lost without a trace.
 */
public record RemovedBlock(String text, String reason) {

    public RemovedBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
