package org.sitrep.extract;

import java.util.Objects;
import org.sitrep.model.DateRange;

/**
 * One piece of evidence for one metadata field, before extraction has chosen among them: the field
 * ({@code title}, {@code published}, {@code updated}, {@code author}, {@code publisher},
 * {@code language}), the value (for dates, the date's ISO form, with the date itself in
 * {@code date}), how strong the evidence is, and what it was read from; for a date read from a UTC
 * timestamp, its hour ({@code utcHour}, else null). Immutable.
 */
record MetadataSignal(String field, String value, DateRange date, SignalRank rank, String basis, Integer utcHour) {

    static final String TITLE = "title";
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";
    static final String AUTHOR = "author";
    static final String PUBLISHER = "publisher";
    static final String LANGUAGE = "language";
    /**
     * A publication day without its year (a wire dateline's "March 17"), value {@code --MM-DD}: it
     * names the day only once another signal gives the year.
     */
    static final String PUBLISHED_MONTH_DAY = "published-month-day";
    /**
     * When the page was fetched (declared by its container): the latest day it can have been
     * published, and the year a month and day without one falls in when nothing else gives it.
     */
    static final String CAPTURED = "captured";

    MetadataSignal {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(basis, "basis");
    }

    /** A text-valued signal. */
    static MetadataSignal text(String field, String value, SignalRank rank, String basis) {
        return new MetadataSignal(field, value, null, rank, basis, null);
    }

    /** A month and day whose year is not given. */
    static MetadataSignal monthDay(java.time.MonthDay day, SignalRank rank, String basis) {
        return new MetadataSignal(PUBLISHED_MONTH_DAY, day.toString(), null, rank, basis, null);
    }

    /** A date-valued signal. */
    static MetadataSignal date(String field, DateRange date, SignalRank rank, String basis) {
        return new MetadataSignal(field, date.iso(), date, rank, basis, null);
    }

    /**
     * A date read from a timestamp in UTC ("2020-02-25T02:25:54Z"): the day is UTC's, which may be
     * the day before or after the publisher's own.
     */
    static MetadataSignal utcDate(String field, DateRange date, int utcHour, SignalRank rank, String basis) {
        return new MetadataSignal(field, date.iso(), date, rank, basis, utcHour);
    }
}
