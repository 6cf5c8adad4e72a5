package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.Span;

/**
 * The calendar dates a sentence states: its time expressions of type {@code DATE} that resolved
 * against the article's own date. Used wherever analysis asks "when did this sentence say it
 * happened" (event dates, claim time scopes, summary order, timeline entries).
 */
final class SentenceDates {

    private SentenceDates() {
    }

    /** Resolved date expressions inside {@code sentence}, in text order. */
    static List<TimeExpression> in(AnnotatedArticle a, Span sentence) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.resolved() != null && "DATE".equals(t.type()) && sentence.contains(t.span())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The resolved date expression of {@code sentence} nearest to {@code offset}; null when none. */
    static TimeExpression nearest(AnnotatedArticle a, Span sentence, int offset) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : in(a, sentence)) {
            int d = Math.abs(t.span().start() - offset);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }
}
