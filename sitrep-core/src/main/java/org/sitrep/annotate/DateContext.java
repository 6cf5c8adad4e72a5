package org.sitrep.annotate;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sitrep.model.DateRange;

/**
 * What a {@link DateRule} knows about one time expression: its wording (lower case, spaces
 * collapsed), TIMEX3 type and value, the article's published date, the tense of its clause (already
 * mapped through {@link DateResolverConfig#presentAs()}), and whether its sentence says "today".
 */
record DateContext(String text, String type, String timex, DateRange published, Tense tense, boolean saysToday,
        DateResolverConfig config) {

    /** The article's day, or null when the article is not dated to one day. */
    LocalDate day() {
        return published != null && published.first().equals(published.last()) ? published.first() : null;
    }

    /** The article's month, or null when its date does not fall within one month. */
    YearMonth month() {
        if (published == null) {
            return null;
        }
        YearMonth m = YearMonth.from(published.first());
        return m.equals(YearMonth.from(published.last())) ? m : null;
    }

    /** The article's year, or null when its date does not fall within one year. */
    Integer year() {
        if (published == null || published.first().getYear() != published.last().getYear()) {
            return null;
        }
        return published.first().getYear();
    }

    boolean future() {
        return tense == Tense.FUTURE;
    }

    String tenseLabel() {
        return tense == Tense.FUTURE ? "future-tense" : "past-tense";
    }

    /** Why an expression that needs the article's {@code unit} cannot be placed. */
    String missing(String unit) {
        if (published == null) {
            return "relative expression; the article has no published date to count from";
        }
        return "relative expression needs the article's " + unit + ", but its date is known only as "
                + published.iso() + " (" + published.precision().label() + ")";
    }
}
