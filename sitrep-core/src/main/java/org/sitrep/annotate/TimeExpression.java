package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

/**
 * A time expression ("on Tuesday", "last week", "late 2018", "two days"): its span, the tagger's
 * TIMEX3 type and value as given, and the calendar dates it resolves to against the article's own
 * date (null when it cannot be resolved, e.g. a duration or an article without a date), with the
 * reasoning used ({@code basis}).
 *
 * @param type TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 */
public record TimeExpression(Span span, String text, String type, String timex, DateRange resolved, String basis,
        int sentence) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** A copy resolved to {@code range} for the stated reason. */
    public TimeExpression withResolved(DateRange range, String why) {
        return new TimeExpression(span, text, type, timex, range, why, sentence);
    }
}
