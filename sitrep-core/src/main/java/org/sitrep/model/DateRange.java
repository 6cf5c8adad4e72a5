package org.sitrep.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar date known to some precision: the inclusive range of days it may be, and whether that
 * range is a day, a week, a month, a quarter or a year. Published dates, resolved time expressions
 * and event dates all use it, so "February 2020" is never silently turned into "2020-02-01".
 */
public record DateRange(LocalDate first, LocalDate last, DatePrecision precision) implements Comparable<DateRange> {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(precision, "precision");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + " > " + last);
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day, DatePrecision.DAY);
    }

    /** The ISO week (Monday to Sunday) containing {@code day}. */
    public static DateRange weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    public static DateRange month(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    /** True when the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** Days from the end of one range to the start of the other; 0 when they overlap. */
    public long daysApart(DateRange other) {
        if (overlaps(other)) {
            return 0;
        }
        return last.isBefore(other.first)
                ? java.time.temporal.ChronoUnit.DAYS.between(last, other.first)
                : java.time.temporal.ChronoUnit.DAYS.between(other.last, first);
    }

    /**
     * The ISO 8601 form at this precision: {@code 2020-02-18}, {@code 2020-W08}, {@code 2020-02},
     * {@code 2020-Q1}, {@code 2020}; a range that fits none of these is written {@code first/last}.
     */
    public String iso() {
        switch (precision) {
            case DAY:
                if (first.equals(last)) {
                    return first.toString();
                }
                break;
            case WEEK:
                if (first.getDayOfWeek() == DayOfWeek.MONDAY && last.equals(first.plusDays(6))) {
                    return String.format("%d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
                            first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                }
                break;
            case MONTH:
                if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
                    return YearMonth.from(first).toString();
                }
                break;
            case QUARTER:
                int q = first.get(IsoFields.QUARTER_OF_YEAR);
                if (first.equals(first.with(IsoFields.DAY_OF_QUARTER, 1))
                        && last.equals(first.plusMonths(3).minusDays(1))) {
                    return first.getYear() + "-Q" + q;
                }
                break;
            case YEAR:
                if (first.getDayOfYear() == 1 && last.equals(LocalDate.of(first.getYear(), 12, 31))) {
                    return Integer.toString(first.getYear());
                }
                break;
            default:
                break;
        }
        return first + "/" + last;
    }

    /**
     * The range {@link #iso()} wrote as {@code iso}: {@code 2020-02-18}, {@code 2020-W08},
     * {@code 2020-02}, {@code 2020-Q1} and {@code 2020} give their own precision; {@code first/last}
     * takes {@code precision}, or, when that is null (text written without it), the finest precision
     * whose length covers the range (a day, 7 days, 31, 92, else a year).
     *
     * @throws IllegalArgumentException naming {@code iso} when it is none of these forms
     */
    public static DateRange parseIso(String iso, DatePrecision precision) {
        Objects.requireNonNull(iso, "iso");
        try {
            int slash = iso.indexOf('/');
            if (slash >= 0) {
                LocalDate from = LocalDate.parse(iso.substring(0, slash));
                LocalDate to = LocalDate.parse(iso.substring(slash + 1));
                return new DateRange(from, to, precision != null ? precision : coveringPrecision(from, to));
            }
            if (iso.matches("\\d{4}")) {
                return year(Integer.parseInt(iso));
            }
            if (iso.matches("\\d{4}-Q[1-4]")) {
                LocalDate start = LocalDate.of(Integer.parseInt(iso.substring(0, 4)),
                        3 * (iso.charAt(6) - '1') + 1, 1);
                return new DateRange(start, start.plusMonths(3).minusDays(1), DatePrecision.QUARTER);
            }
            if (iso.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(iso.substring(6)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return weekOf(monday);
            }
            if (iso.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(iso));
            }
            return day(LocalDate.parse(iso));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO date, week, month, quarter, year or range: " + iso, e);
        }
    }

    private static DatePrecision coveringPrecision(LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return days <= 1 ? DatePrecision.DAY : days <= 7 ? DatePrecision.WEEK : days <= 31 ? DatePrecision.MONTH
                : days <= 92 ? DatePrecision.QUARTER : DatePrecision.YEAR;
    }

    @Override
    public int compareTo(DateRange o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return iso();
    }
}
