package org.sitrep.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.DateRule.Result;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * The {@link DateResolver}'s rules, as one ordered table. Order matters where wordings overlap:
 * "weekend" before "week", explicit years before bare month names ("February 2020" is explicit),
 * month-and-day before bare months. Relative rules resolve by the clause's tense, because SUTime
 * resolves weekday names, bare months and "the weekend" forward, while news mostly reports the past.
 */
final class DateRules {

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String EDGE = "(?:(early|earlier|mid|late|later|the end of|end of|the beginning of"
            + "|beginning of|the start of|start of)[ -])?";
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Pattern TIMEX_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern TIMEX_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern TIMEX_QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern TIMEX_SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern TIMEX_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
        private static final Pattern TIMEX_DECADE = Pattern.compile("^(\\d{3})X$");
    private static final Pattern TEXT_YEAR = Pattern.compile("\\b((?:18|19|20|21)\\d{2})\\b");
    private static final Pattern TEXT_DECADE = Pattern.compile("\\b((?:18|19|20|21)\\d)0s\\b");
    private static final Pattern TEXT_MONTH = Pattern.compile("\\b" + MONTH + "(?![a-z])");
    private static final Pattern TEXT_EDGE = Pattern.compile("\\b(early|mid|late|end|beginning|start)\\b");
    /** Season name and the month it starts (northern-hemisphere meteorological seasons). */
    private static final Map<String, Month> SEASON_STARTS = Map.of("spring", Month.MARCH, "summer", Month.JUNE,
            "autumn", Month.SEPTEMBER, "fall", Month.SEPTEMBER, "winter", Month.DECEMBER);
    private static final Map<String, String> TIMEX_SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn",
            "WI", "winter");
    private static final int SEASON_MONTHS = 3;
    private static final int DECADE = 10;

    static final List<DateRule> ORDERED = List.of(
            DateRule.of("vague past", "^(once|previously|recently|formerly|earlier|in the past|the past|lately"
                    + "|before|long ago)$", (m, c) -> Result.unresolved("vague reference to the past")),
            DateRule.of("vague future", "^(soon|later|in the future|the future|eventually|shortly|one day)$",
                    (m, c) -> Result.unresolved("vague reference to the future")),
            DateRule.of("now", "^(now|currently|at present|presently|right now|at the moment|nowadays|these days)$",
                    (m, c) -> c.day() == null ? Result.unresolved(c.missing("day"))
                            : Result.of(DateRange.day(c.day()), "'" + m.group() + "': the article's date")),
            DateRule.of("today", "\\b(today|tonight|this (morning|afternoon|evening))\\b",
                    (m, c) -> shift(c, 0, "'" + m.group() + "': the article's day")),
            DateRule.of("yesterday", "\\b(yesterday|last night)\\b",
                    (m, c) -> shift(c, -1, "'" + m.group() + "': the day before the article's")),
            DateRule.of("tomorrow", "\\btomorrow\\b", (m, c) -> shift(c, 1, "'tomorrow': the day after the article's")),
            DateRule.of("explicit", "\\b(?:18|19|20|21)\\d{2}\\b|\\b(?:18|19|20|21)\\d0s\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b",
                    DateRules::explicit),
            DateRule.of("month and day", "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?"
                    + " (?:of )?" + MONTH + "(?![a-z])", DateRules::monthDay),
            DateRule.of("ago", "\\b" + COUNT + " (day|week|month|year)s? ago\\b", DateRules::ago),
            DateRule.of("weekend", "\\b(?:(last|past|this|next|coming|the) )?weekend\\b", DateRules::weekend),
            DateRule.of("weekday", "\\b(?:(last|past|this|next|coming) )?" + WEEKDAY + "\\b", DateRules::weekday),
            DateRule.of("week", "\\b(?:(earlier|early|later|late) (?:in )?)?(this|last|next|past|previous|the|coming)"
                    + " week\\b", DateRules::week),
            DateRule.of("month", "\\b(?:(earlier|early|later|late|the end of|end of|the start of|start of"
                    + "|the beginning of|beginning of) )?(this|last|next|past|previous|the|coming) month\\b",
                    DateRules::relativeMonth),
            DateRule.of("year", "\\b(?:(earlier|early|later|late|the end of|end of|the start of|start of"
                    + "|the beginning of|beginning of) )?(this|last|next|past|previous|the|coming) year\\b",
                    DateRules::relativeYear),
            DateRule.of("month name", "\\b(?:(last|next|this|past|coming) )?" + EDGE + MONTH + "(?![a-z])",
                    DateRules::monthName),
            DateRule.of("season", "\\b(?:(last|next|this|past|coming) )?" + EDGE
                    + "(spring|summer|autumn|fall|winter)\\b", DateRules::season),
            DateRule.of("clock time", "^(at )?\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?$|\\b(noon|midnight)\\b",
                    (m, c) -> shift(c, 0, "clock time: taken to be on the article's day")));

    private DateRules() {
    }

    private static Result shift(DateContext c, int days, String basis) {
        if (c.day() == null) {
            return Result.unresolved(c.missing("day"));
        }
        return Result.of(DateRange.day(c.day().plusDays(days)), basis);
    }

    private static Result ago(Matcher m, DateContext c) {
        int n = COUNT_WORDS.containsKey(m.group(1)) ? COUNT_WORDS.get(m.group(1)) : Integer.parseInt(m.group(1));
        String unit = m.group(2);
        if (c.day() == null) {
            return Result.unresolved(c.missing("day"));
        }
        String basis = "'" + m.group() + "' counted back from the article's day";
        switch (unit) {
            case "day":
                return Result.of(DateRange.day(c.day().minusDays(n)), basis);
            case "week":
                return Result.of(DateRange.weekOf(c.day().minusWeeks(n)), basis);
            case "month":
                return Result.of(DateRange.month(YearMonth.from(c.day()).minusMonths(n)), basis);
            default:
                return Result.of(DateRange.year(c.day().getYear() - n), basis);
        }
    }

    private static Result weekend(Matcher m, DateContext c) {
        LocalDate day = c.day();
        if (day == null) {
            return Result.unresolved(c.missing("day"));
        }
        String mod = m.group(1) == null ? "" : m.group(1);
        boolean future = mod.equals("next") || mod.equals("coming") || (!mod.equals("last") && !mod.equals("past")
                && c.future());
        LocalDate saturday = future ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                : day.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        String how = future ? "the next Saturday-Sunday from " : "the latest Saturday-Sunday before ";
        return Result.of(new DateRange(saturday, saturday.plusDays(1), DatePrecision.DAY),
                "'" + m.group() + "' in a " + (mod.isEmpty() || mod.equals("the") || mod.equals("this")
                        ? c.tenseLabel() + " clause" : "'" + mod + "' phrase") + ": " + how + day);
    }

    private static Result weekday(Matcher m, DateContext c) {
        LocalDate day = c.day();
        if (day == null) {
            return Result.unresolved(c.missing("day"));
        }
        String mod = m.group(1) == null ? "" : m.group(1);
        DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String name = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1);
        LocalDate resolved;
        String basis;
        if (mod.equals("next") || mod.equals("coming")) {
            resolved = day.with(TemporalAdjusters.next(dow));
            basis = "'" + m.group() + "': the first " + name + " after " + day;
        } else if (mod.equals("last") || mod.equals("past")) {
            resolved = day.with(TemporalAdjusters.previous(dow));
            basis = "'" + m.group() + "': the latest " + name + " before " + day;
        } else if (c.future()) {
            resolved = day.with(TemporalAdjusters.nextOrSame(dow));
            basis = "weekday in a future-tense clause: the first " + name + " on or after " + day;
        } else if (c.config().pastWeekdayMayBeArticleDay() || c.saysToday()) {
            resolved = day.with(TemporalAdjusters.previousOrSame(dow));
            basis = "weekday in a past-tense clause: the latest " + name + " on or before " + day;
        } else {
            resolved = day.with(TemporalAdjusters.previous(dow));
            basis = "weekday in a past-tense clause: the latest " + name + " before " + day
                    + " (the article's own day only when the sentence says 'today')";
        }
        return Result.of(DateRange.day(resolved), basis);
    }

    private static Result week(Matcher m, DateContext c) {
        LocalDate day = c.day();
        if (day == null) {
            return Result.unresolved(c.missing("day"));
        }
        String edge = m.group(1) == null ? "" : m.group(1);
        String which = m.group(2);
        DateRange thisWeek = DateRange.weekOf(day);
        String q = "'" + m.group() + "': ";
        switch (which) {
            case "last":
            case "previous":
                return Result.of(DateRange.weekOf(day.minusWeeks(1)), q + "the ISO week before the article's");
            case "next":
            case "coming":
                return Result.of(DateRange.weekOf(day.plusWeeks(1)), q + "the ISO week after the article's");
            case "past":
                return Result.of(new DateRange(day.minusDays(6), day, DatePrecision.WEEK),
                        q + "the seven days up to the article's day");
            default:
                if (edge.startsWith("earl")) {
                    return Result.of(new DateRange(thisWeek.first(), day, DatePrecision.WEEK),
                            q + "the article's week up to its day");
                }
                if (edge.startsWith("lat")) {
                    return Result.of(new DateRange(day, thisWeek.last(), DatePrecision.WEEK),
                            q + "the article's week from its day");
                }
                return Result.of(thisWeek, q + "the article's ISO week");
        }
    }

    private static Result relativeMonth(Matcher m, DateContext c) {
        YearMonth month = c.month();
        if (month == null) {
            return Result.unresolved(c.missing("month"));
        }
        String edge = m.group(1) == null ? "" : m.group(1);
        String q = "'" + m.group() + "': ";
        switch (m.group(2)) {
            case "last":
            case "previous":
            case "past":
                return Result.of(DateRange.month(month.minusMonths(1)), q + "the month before the article's"
                        + edgeNote(edge));
            case "next":
            case "coming":
                return Result.of(DateRange.month(month.plusMonths(1)), q + "the month after the article's"
                        + edgeNote(edge));
            default:
                LocalDate day = c.day();
                if (edge.startsWith("earl") && day != null) {
                    return Result.of(new DateRange(month.atDay(1), day, DatePrecision.MONTH),
                            q + "the article's month up to its day");
                }
                if (edge.startsWith("lat") && day != null) {
                    return Result.of(new DateRange(day, month.atEndOfMonth(), DatePrecision.MONTH),
                            q + "the article's month from its day");
                }
                return Result.of(DateRange.month(month), q + "the article's month" + edgeNote(edge));
        }
    }

    private static Result relativeYear(Matcher m, DateContext c) {
        Integer year = c.year();
        if (year == null) {
            return Result.unresolved(c.missing("year"));
        }
        String edge = m.group(1) == null ? "" : m.group(1);
        String q = "'" + m.group() + "': ";
        switch (m.group(2)) {
            case "last":
            case "previous":
            case "past":
                return Result.of(DateRange.year(year - 1), q + "the year before the article's" + edgeNote(edge));
            case "next":
            case "coming":
                return Result.of(DateRange.year(year + 1), q + "the year after the article's" + edgeNote(edge));
            default:
                LocalDate day = c.day();
                if (edge.startsWith("earl") && day != null) {
                    return Result.of(new DateRange(LocalDate.of(year, 1, 1), day, DatePrecision.YEAR),
                            q + "the article's year up to its day");
                }
                return Result.of(DateRange.year(year), q + "the article's year" + edgeNote(edge));
        }
    }

    /** Absolute expressions: trusted as the tagger normalised them, or read from the wording. */
    private static Result explicit(Matcher m, DateContext c) {
        String timex = c.timex() == null ? "" : c.timex();
        String edge = edgeIn(c.text());
        Matcher t;
        if ((t = TIMEX_DAY.matcher(timex)).matches()) {
            return Result.of(DateRange.day(LocalDate.of(num(t, 1), num(t, 2), num(t, 3))), "explicit date");
        }
        if ((t = TIMEX_MONTH.matcher(timex)).matches()) {
            return Result.of(DateRange.month(YearMonth.of(num(t, 1), num(t, 2))), "explicit month" + edgeNote(edge));
        }
        if ((t = TIMEX_QUARTER.matcher(timex)).matches()) {
            LocalDate first = LocalDate.of(num(t, 1), 1, 1).with(IsoFields.QUARTER_OF_YEAR, num(t, 2));
            return Result.of(new DateRange(first, first.plusMonths(SEASON_MONTHS).minusDays(1), DatePrecision.QUARTER),
                    "explicit quarter");
        }
        if ((t = TIMEX_SEASON.matcher(timex)).matches()) {
            String season = TIMEX_SEASONS.get(t.group(2));
            return Result.of(seasonOf(num(t, 1), season), "explicit season (" + season + ", northern hemisphere)");
        }
        if ((t = TIMEX_WEEK.matcher(timex)).matches()) {
            // 4 January is always in ISO week 1 of its year, so it anchors the week arithmetic
            LocalDate inWeek = LocalDate.of(num(t, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(t, 2));
            return Result.of(DateRange.weekOf(inWeek), "explicit week");
        }
        if ((t = TIMEX_DECADE.matcher(timex)).matches() || (t = TEXT_DECADE.matcher(c.text())).find()) {
            int start = num(t, 1) * DECADE;
            return Result.of(new DateRange(LocalDate.of(start, 1, 1), LocalDate.of(start + DECADE - 1, 12, 31),
                    DatePrecision.YEAR), "explicit decade");
        }
        if ((t = TEXT_YEAR.matcher(c.text())).find()) {
            int year = num(t, 1);
            Matcher month = TEXT_MONTH.matcher(c.text());
            if (month.find()) {
                Month mo = monthOf(month.group(1));
                return Result.of(DateRange.month(YearMonth.of(year, mo)), "explicit month" + edgeNote(edge));
            }
            return Result.of(DateRange.year(year), "explicit year" + edgeNote(edge));
        }
        return Result.unresolved("numeric date the tagger did not normalise");
    }

    private static Result monthDay(Matcher m, DateContext c) {
        LocalDate day = c.day();
        if (day == null) {
            return Result.unresolved(c.missing("day") + " (day and month without a year)");
        }
        Month month = monthOf(m.group(1) != null ? m.group(1) : m.group(4));
        int dom = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        if (dom < 1 || dom > month.maxLength()) {
            return Result.unresolved("no day " + dom + " in " + month);
        }
        LocalDate candidate = safeDate(day.getYear(), month, dom);
        String basis;
        if (c.future()) {
            if (candidate.isBefore(day)) {
                candidate = safeDate(day.getYear() + 1, month, dom);
            }
            basis = "day and month in a future-tense clause: the first such date on or after " + day;
        } else {
            if (candidate.isAfter(day)) {
                candidate = safeDate(day.getYear() - 1, month, dom);
            }
            basis = "day and month in a past-tense clause: the latest such date on or before " + day;
        }
        return Result.of(DateRange.day(candidate), basis);
    }

    private static Result monthName(Matcher m, DateContext c) {
        YearMonth anchor = c.month();
        if (anchor == null) {
            return Result.unresolved(c.missing("month") + " (month name without a year)");
        }
        String mod = m.group(1) == null ? "" : m.group(1);
        String edge = m.group(2) == null ? "" : m.group(2);
        Month month = monthOf(m.group(3));
        String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        YearMonth ym;
        String basis;
        if (mod.equals("last") || mod.equals("past")) {
            ym = stepTo(anchor.minusMonths(1), month, -1);
            basis = "'" + mod + " " + name + "': the " + name + " before " + anchor;
        } else if (mod.equals("next") || mod.equals("coming")) {
            ym = stepTo(anchor.plusMonths(1), month, 1);
            basis = "'" + mod + " " + name + "': the " + name + " after " + anchor;
        } else if (mod.equals("this")) {
            ym = YearMonth.of(anchor.getYear(), month);
            basis = "'this " + name + "': " + name + " of the article's year";
        } else if (c.future()) {
            ym = stepTo(anchor, month, 1);
            basis = "month name in a future-tense clause: the first " + name + " from " + anchor;
        } else {
            ym = stepTo(anchor, month, -1);
            basis = "month name in a past-tense clause: the latest " + name + " up to " + anchor;
        }
        return Result.of(DateRange.month(ym), basis + edgeNote(edge));
    }

    private static Result season(Matcher m, DateContext c) {
        YearMonth anchor = c.month();
        if (anchor == null) {
            return Result.unresolved(c.missing("month") + " (season without a year)");
        }
        String mod = m.group(1) == null ? "" : m.group(1);
        String season = m.group(3);
        // the season instance that starts in the article's year, then stepped a year at a time
        DateRange r = seasonOf(anchor.getYear(), season);
        LocalDate ref = anchor.atDay(1);
        boolean future = mod.equals("next") || mod.equals("coming")
                || (!mod.equals("last") && !mod.equals("past") && c.future());
        if (mod.equals("last") || mod.equals("past")) {
            while (!r.last().isBefore(ref)) {
                r = seasonOf(r.first().getYear() - 1, season);
            }
        } else if (future) {
            while (r.last().isBefore(ref)) {
                r = seasonOf(r.first().getYear() + 1, season);
            }
        } else {
            while (r.first().isAfter(anchor.atEndOfMonth())) {
                r = seasonOf(r.first().getYear() - 1, season);
            }
        }
        return Result.of(r, "'" + m.group() + "' in a " + (future ? "future" : "past") + "-tense reading:"
                + " northern-hemisphere " + season + " nearest " + anchor);
    }

    /** The three months of {@code season} that start in {@code year} (winter runs into the next). */
    private static DateRange seasonOf(int year, String season) {
        LocalDate first = LocalDate.of(year, SEASON_STARTS.get(season), 1);
        return new DateRange(first, first.plusMonths(SEASON_MONTHS).minusDays(1), DatePrecision.QUARTER);
    }

    /** {@code from}, or the nearest month named {@code month} stepping by {@code step} months. */
    private static YearMonth stepTo(YearMonth from, Month month, int step) {
        YearMonth ym = from;
        while (ym.getMonth() != month) {
            ym = ym.plusMonths(step);
        }
        return ym;
    }

    /** Feb 29 in a year without one becomes Feb 28 rather than an error. */
    private static LocalDate safeDate(int year, Month month, int day) {
        return YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static Month monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.length() > 3 ? w.substring(0, 3) : w)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    private static String edgeIn(String text) {
        Matcher e = TEXT_EDGE.matcher(text);
        return e.find() ? e.group(1) : "";
    }

    private static String edgeNote(String edge) {
        return edge == null || edge.isEmpty() ? "" : "; '" + edge.replace("the ", "") + "' noted, range kept whole";
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
