package org.sitrep.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateRange;

/**
 * Finds calendar dates written out in text ("18-Feb-2020", "February 15, 2020", "15 Feb 2020",
 * "2020-02-15", "10/23/19") and reads the date values of metadata (ISO 8601 date-times, RFC 1123,
 * epoch seconds). A date is read as written: "2020-02-18T23:30:00-05:00" is 18 February, whatever
 * the time zone. Ambiguous numeric dates ("05/06/2020") are not guessed. Stateless and
 * thread-safe; linear in the length of the text.
 */
final class DateParser {

    /** One date found in a text: the day and the characters it was read from. */
    record DateMention(LocalDate date, int start, int end, String text) {
    }

    /** Years outside this range are page furniture (ids, prices), not publication dates. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private static final int TWO_DIGIT_CENTURY_PIVOT = 70;
    private static final int MONTHS_IN_YEAR = 12;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** How a pattern's groups map to year, month and day. */
    private enum Order { YMD, YMD_NAMED, DMY_NAMED, MDY_NAMED, DMY, NUMERIC_SLASH }

    private record Form(Pattern pattern, Order order) {
    }

    /** The written forms, most specific first; a later form never overrides characters an earlier one took. */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"), Order.YMD),
            new Form(Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])"), Order.YMD),
            new Form(Pattern.compile("(?i)(?<!\\d)(\\d{1,2})" + ORDINAL + "[-\\s](?:of\\s+)?" + MONTH
                    + "\\.?(?:[-\\s,]+)((?:19|20)\\d{2})(?!\\d)"), Order.DMY_NAMED),
            new Form(Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})" + ORDINAL
                    + ",?\\s+((?:19|20)\\d{2})(?!\\d)"), Order.MDY_NAMED),
            // the scholarly form of citation_publication_date: "2023 Jan 7"
            new Form(Pattern.compile("(?i)(?<!\\d)((?:19|20)\\d{2})\\s+" + MONTH + "\\.?\\s+(\\d{1,2})(?!\\d)"),
                    Order.YMD_NAMED),
            new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)"), Order.DMY),
            new Form(Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])"), Order.NUMERIC_SLASH));

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$");
    private static final Pattern ISO_MONTH = Pattern.compile("^\\s*(\\d{4})-(\\d{2})\\s*$");
    /** A year and a month name alone, as scholarly meta tags give a month: "2017 Jan". */
    private static final Pattern YEAR_MONTH_NAMED = Pattern.compile("(?i)^\\s*((?:19|20)\\d{2})\\s+" + MONTH + "\\.?\\s*$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*$");
    private static final Pattern COMPACT_DAY = Pattern.compile("^\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T.*)?$");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("^\\s*(\\d{9,10})\\s*$");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("^\\s*(\\d{12,13})\\s*$");

    private DateParser() {
    }

    /** Every date in {@code text}, in order of position. */
    static List<DateMention> find(String text) {
        if (!hasDigit(text)) {
            // every form has a number in it: most lines of a page have none, and skip the seven patterns
            return new ArrayList<>();
        }
        // mentions by start; a later form may not take characters an earlier one took
        TreeMap<Integer, DateMention> found = new TreeMap<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                Map.Entry<Integer, DateMention> before = found.floorEntry(start);
                Map.Entry<Integer, DateMention> after = found.ceilingEntry(start);
                if (before != null && before.getValue().end() > start || after != null && after.getKey() < end) {
                    continue;
                }
                toDate(m, form.order()).ifPresent(
                        date -> found.put(start, new DateMention(date, start, end, text.substring(start, end))));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** True when {@code text} has an ASCII digit, which every form's {@code \d} needs. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})" + ORDINAL
            + "(?![\\d:])|(?<!\\d)(\\d{1,2})" + ORDINAL + "\\s+" + MONTH + "(?![\\p{L}])");

    /**
     * The last month and day written without a year in {@code text} ("March 17", "17 March"), as
     * a wire dateline gives them; empty when there is none or it is no calendar day.
     */
    static Optional<java.time.MonthDay> monthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        java.time.MonthDay found = null;
        while (m.find()) {
            String monthName = m.group(1) != null ? m.group(1) : m.group(4);
            String dayText = m.group(1) != null ? m.group(2) : m.group(3);
            try {
                found = java.time.MonthDay.of(Integer.parseInt(month(monthName)), Integer.parseInt(dayText));
            } catch (DateTimeException | NumberFormatException e) {
                // "May 40" is not a day; keep looking
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first date in {@code text}, if any. */
    static Optional<DateMention> first(String text) {
        List<DateMention> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Reads a metadata date value: an ISO 8601 date or date-time (day, month or year precision), a
     * compact {@code 20200218}, epoch seconds or milliseconds, or any written form {@link #find}
     * knows (RFC 1123 "Tue, 18 Feb 2020 10:00:00 GMT" among them).
     */
    static Optional<DateRange> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(value);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3)).map(DateRange::day);
        }
        m = ISO_MONTH.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return plausibleYear(year) && month >= 1 && month <= MONTHS_IN_YEAR
                    ? Optional.of(DateRange.month(YearMonth.of(year, month))) : Optional.empty();
        }
        m = YEAR_MONTH_NAMED.matcher(value);
        if (m.matches()) {
            return Optional.of(DateRange.month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(month(m.group(2))))));
        }
        m = YEAR_ONLY.matcher(value);
        if (m.matches()) {
            return Optional.of(DateRange.year(Integer.parseInt(m.group(1))));
        }
        m = COMPACT_DAY.matcher(value);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3)).map(DateRange::day);
        }
        m = EPOCH_SECONDS.matcher(value);
        if (m.matches()) {
            return epochDay(Long.parseLong(m.group(1)) * 1000);
        }
        m = EPOCH_MILLIS.matcher(value);
        if (m.matches()) {
            return epochDay(Long.parseLong(m.group(1)));
        }
        return first(value).map(d -> DateRange.day(d.date()));
    }

    private static Optional<DateRange> epochDay(long millis) {
        LocalDate date = Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
        return plausibleYear(date.getYear()) ? Optional.of(DateRange.day(date)) : Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m, Order order) {
        String a = m.group(1);
        String b = m.group(2);
        String c = m.group(3);
        return switch (order) {
            case YMD -> day(a, b, c);
            case YMD_NAMED -> day(a, month(b), c);
            case DMY_NAMED -> day(c, month(b), a);
            case MDY_NAMED -> day(c, month(a), b);
            case DMY -> day(c, b, a);
            case NUMERIC_SLASH -> numericSlash(a, b, c);
        };
    }

    /** M/D/Y or D/M/Y, decided only when one of the two numbers cannot be a month. */
    private static Optional<LocalDate> numericSlash(String a, String b, String c) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        String year = c.length() == 2 ? expandYear(Integer.parseInt(c)) : c;
        if (first > MONTHS_IN_YEAR && second <= MONTHS_IN_YEAR) {
            return day(year, b, a);
        }
        if (second > MONTHS_IN_YEAR && first <= MONTHS_IN_YEAR) {
            return day(year, a, b);
        }
        return Optional.empty();
    }

    private static String expandYear(int twoDigits) {
        return Integer.toString(twoDigits < TWO_DIGIT_CENTURY_PIVOT ? 2000 + twoDigits : 1900 + twoDigits);
    }

    private static String month(String name) {
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return n == null ? "0" : Integer.toString(n);
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (!plausibleYear(y)) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausibleYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
