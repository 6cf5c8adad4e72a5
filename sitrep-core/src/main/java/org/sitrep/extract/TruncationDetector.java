package org.sitrep.extract;

import java.util.Optional;

/**
 * Decides whether an article's text looks cut short, and says why: a paywall or metering notice
 * was seen, the text ends in an ellipsis, or its last paragraph stops mid-sentence. A last line
 * that is short (a heading, a sign-off) does not count as stopping mid-sentence. Stateless and
 * thread-safe.
 */
final class TruncationDetector {

    /** A last paragraph with fewer words than this may end without a full stop (a subhead, a list item). */
    static final int MIN_SENTENCE_WORDS = 12;

    private TruncationDetector() {
    }

    /** The reason the text looks truncated, or empty when it looks complete. */
    static Optional<String> reason(String text, String paywallNotice) {
        if (paywallNotice != null) {
            return Optional.of("paywall notice " + BoilerplateRemover.quote(paywallNotice));
        }
        String body = text.strip();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (body.endsWith("...") || body.endsWith("\u2026") || body.endsWith("[\u2026]") || body.endsWith("[...]")) {
            return Optional.of("text ends with an ellipsis");
        }
        int lastBreak = body.lastIndexOf('\n');
        LineShape last = LineShape.of(body.substring(lastBreak + 1));
        if (last.wordCount() >= MIN_SENTENCE_WORDS && !last.endsSentence()) {
            return Optional.of("text ends mid-sentence: " + BoilerplateRemover.quote(tail(last.text())));
        }
        return Optional.empty();
    }

    private static String tail(String s) {
        int keep = BoilerplateRemover.MAX_QUOTED_CHARS / 2;
        return s.length() <= keep ? s : "\u2026" + s.substring(s.length() - keep);
    }
}
