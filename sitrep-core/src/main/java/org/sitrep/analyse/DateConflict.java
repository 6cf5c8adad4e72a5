package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;

/**
 * What the sources say about when one thing happened (an agreement, an election, an event reported by
 * several articles): the dates each gives, a verdict as for figures (they agree, overlap as ranges
 * do, or cannot all be true) and a one-line explanation naming the sources and dates.
 */
public record DateConflict(String subject, Verdict verdict, String explanation, List<DatedMention> dates) {

    public DateConflict {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        dates = List.copyOf(dates);
        if (dates.size() < 2) {
            throw new IllegalArgumentException("a date comparison needs two dates");
        }
    }
}
