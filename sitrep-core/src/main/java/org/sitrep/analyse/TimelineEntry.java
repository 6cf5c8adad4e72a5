package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;

/** One dated line of a story's timeline, with the articles that support it. */
public record TimelineEntry(DateRange date, String text, List<Citation> citations) implements Comparable<TimelineEntry> {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a timeline entry needs a citation: " + text);
        }
    }

    @Override
    public int compareTo(TimelineEntry o) {
        return date.compareTo(o.date);
    }
}
