package org.sitrep.pipeline;

import java.util.Objects;

/**
 * Something wrong with one input: which input (a path, {@code path:line}, a WARC record), why, and
 * whether the input was dropped ({@link Severity#ERROR}) or still used ({@link Severity#WARNING}).
 */
public record Problem(String input, String reason, Severity severity) {

    /** Whether the input was lost or only degraded. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
    }

    public static Problem error(String input, String reason) {
        return new Problem(input, reason, Severity.ERROR);
    }

    public static Problem warning(String input, String reason) {
        return new Problem(input, reason, Severity.WARNING);
    }

    /** A repeat of an input already read (same source and text, so same article id): kept once. */
    public static Problem readOnce(String repeated, String kept) {
        return warning(repeated, "same source and text as " + kept + "; read once");
    }

    /** One line for stderr: {@code error: INPUT: REASON}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + input + ": " + reason;
    }
}
