package org.sitrep.annotate;

import java.util.Objects;

/**
 * Tunables of the {@link DateResolver}, with documented defaults ({@link #defaults()}). Immutable.
 *
 * @param pastWeekdayMayBeArticleDay whether a weekday named in a past-tense clause may be the
 *     article's own day ("Moscow said on Wednesday" in an article of Wednesday). Default true: wire
 *     copy names the day of publication by its weekday ("said on Saturday" in a Saturday story), and
 *     a week-old event is written "last Saturday" or "a week ago". When false, the article's own day
 *     is taken only when the sentence also says "today"; otherwise the weekday a week earlier is.
 * @param presentAs how a clause in the present tense, or with no verb, is read for weekdays, bare
 *     month names and seasons. Default {@link Tense#PAST}: news reports mostly what has happened,
 *     and headlines put past events in the present ("Turkey sends mission to Russia").
 */
public record DateResolverConfig(boolean pastWeekdayMayBeArticleDay, Tense presentAs) {

    public DateResolverConfig {
        Objects.requireNonNull(presentAs, "presentAs");
    }

    /** A past weekday may be the article's day; the present reads as the past. */
    public static DateResolverConfig defaults() {
        return new DateResolverConfig(true, Tense.PAST);
    }
}
