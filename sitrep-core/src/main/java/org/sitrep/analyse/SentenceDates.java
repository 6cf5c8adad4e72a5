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
        return in(a, sentence, false);
    }

    private static List<TimeExpression> in(AnnotatedArticle a, Span sentence, boolean timesOfDay) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            boolean kind = "DATE".equals(t.type()) || (timesOfDay && "TIME".equals(t.type()));
            if (t.resolved() != null && kind && sentence.contains(t.span())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The resolved date expression of {@code sentence} nearest to {@code offset}; null when none. */
    static TimeExpression nearest(AnnotatedArticle a, Span sentence, int offset) {
        return nearest(in(a, sentence, false), offset);
    }

    /**
     * As {@link #in}, also taking a resolved time of day for its day ("held talks on Thursday
     * afternoon" happened on Thursday): for dating one action, where the sentence's own words are
     * the best evidence of when.
     */
    static List<TimeExpression> withTimesOfDay(AnnotatedArticle a, Span sentence) {
        return in(a, sentence, true);
    }

    /** The one of {@code times} nearest to {@code offset}; null when there is none. */
    static TimeExpression nearest(List<TimeExpression> times, int offset) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            int d = Math.abs(t.span().start() - offset);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }
}
