package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

/**
 * The figures of a story that its sources dispute, so that a sentence carrying one is never written
 * as if the figure were settled: it is marked and says that sources differ, with the range.
 */
final class DisputedFigures {

    private record Disputed(ArticleId article, Span span, String note) {
    }

    private final List<Disputed> disputed = new ArrayList<>();

    DisputedFigures(List<ClaimGroup> claims) {
        for (ClaimGroup g : claims) {
            if (g.verdict() != Verdict.DISAGREE) {
                continue;
            }
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (ClaimValue v : g.values()) {
                if (Double.isFinite(v.high())) {
                    low = Math.min(low, v.value());
                    high = Math.max(high, v.value());
                }
            }
            String range = low <= high ? ClaimExplainer.format(low) + "–" + ClaimExplainer.format(high) : "";
            String note = "[sources differ on " + g.quantity() + (range.isEmpty() ? "" : ": " + range) + "]";
            for (ClaimValue v : g.values()) {
                disputed.add(new Disputed(v.article(), v.span(), note));
            }
        }
    }

    /** The note for the disputed figure inside {@code sentence} of {@code article}, or null when none is. */
    String noteFor(ArticleId article, Span sentence) {
        for (Disputed d : disputed) {
            if (d.article().equals(article) && sentence.overlaps(d.span())) {
                return d.note();
            }
        }
        return null;
    }

    /** {@code text} as it goes into a report: with the note when the sentence carries a disputed figure. */
    CitedSentence cite(String text, ArticleId article, Span sentence, List<org.sitrep.model.Citation> citations) {
        String note = noteFor(article, sentence);
        return note == null ? new CitedSentence(text, citations, false)
                : new CitedSentence(text + " " + note, citations, true);
    }
}
