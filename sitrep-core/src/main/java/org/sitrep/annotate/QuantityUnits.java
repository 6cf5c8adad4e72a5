package org.sitrep.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units the {@link QuantityExtractor} recognises around a number, as tables: currency symbols
 * before it ("$", "€"), and words after it for currencies ("euros"), percentages ("%", "percent",
 * "per cent"), areas ("square km", "sq km", "km2"), lengths ("km", "miles") and, for durations, time
 * units ("years"). Units are reported as ISO 4217 codes, {@code percent}, {@code km2}, {@code mi2},
 * {@code ha}, {@code km}, {@code mi}, or the singular time unit ({@code day}, {@code year}).
 */
final class QuantityUnits {

    /** A unit found: its code and how many tokens it took. */
    record Found(String unit, int tokens) {
    }

    /** Currency symbols written before the number; "$" is taken to be US dollars. */
    static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "us$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "₹", "INR", "₽", "RUB", "₺", "TRY", "c$", "CAD", "a$", "AUD");

    /** Unit phrases written after the number, longest first within each unit. */
    private static final List<Map.Entry<List<String>, String>> AFTER = List.of(
            Map.entry(List.of("us", "dollars"), "USD"), Map.entry(List.of("dollars"), "USD"),
            Map.entry(List.of("dollar"), "USD"), Map.entry(List.of("euros"), "EUR"), Map.entry(List.of("euro"), "EUR"),
            Map.entry(List.of("pounds", "sterling"), "GBP"), Map.entry(List.of("sterling"), "GBP"),
            Map.entry(List.of("pounds"), "GBP"), Map.entry(List.of("yuan"), "CNY"), Map.entry(List.of("renminbi"), "CNY"),
            Map.entry(List.of("roubles"), "RUB"), Map.entry(List.of("rubles"), "RUB"), Map.entry(List.of("lira"), "TRY"),
            Map.entry(List.of("liras"), "TRY"), Map.entry(List.of("yen"), "JPY"), Map.entry(List.of("rupees"), "INR"),
            Map.entry(List.of("riyals"), "SAR"), Map.entry(List.of("dirhams"), "AED"), Map.entry(List.of("shekels"), "ILS"),
            Map.entry(List.of("hryvnias"), "UAH"),
            Map.entry(List.of("%"), "percent"), Map.entry(List.of("percent"), "percent"),
            Map.entry(List.of("per", "cent"), "percent"), Map.entry(List.of("pct"), "percent"),
            Map.entry(List.of("square", "kilometres"), "km2"), Map.entry(List.of("square", "kilometers"), "km2"),
            Map.entry(List.of("square", "km"), "km2"), Map.entry(List.of("sq", "km"), "km2"),
            Map.entry(List.of("km2"), "km2"), Map.entry(List.of("km²"), "km2"),
            Map.entry(List.of("square", "miles"), "mi2"), Map.entry(List.of("sq", "miles"), "mi2"),
            Map.entry(List.of("hectares"), "ha"), Map.entry(List.of("kilometres"), "km"),
            Map.entry(List.of("kilometers"), "km"), Map.entry(List.of("km"), "km"), Map.entry(List.of("miles"), "mi"),
            Map.entry(List.of("mile"), "mi"));

    /** Time units: a number before one of these is a duration ("nearly 20 years", "two days"). */
    private static final Map<String, String> TIME_UNITS = Map.ofEntries(Map.entry("second", "second"),
            Map.entry("seconds", "second"), Map.entry("minute", "minute"), Map.entry("minutes", "minute"),
            Map.entry("hour", "hour"), Map.entry("hours", "hour"), Map.entry("day", "day"), Map.entry("days", "day"),
            Map.entry("week", "week"), Map.entry("weeks", "week"), Map.entry("month", "month"),
            Map.entry("months", "month"), Map.entry("year", "year"), Map.entry("years", "year"),
            Map.entry("decade", "decade"), Map.entry("decades", "decade"));

    private QuantityUnits() {
    }

    /** The currency whose symbol is token {@code i} ("$", "€"), or null. */
    static String currencyBefore(TokenView w, int i) {
        return i < 0 ? null : CURRENCY_SYMBOLS.get(w.token(i).word().toLowerCase(Locale.ROOT));
    }

    /** The unit written from token {@code i} on, or null. */
    static Found after(TokenView w, int i) {
        for (Map.Entry<List<String>, String> e : AFTER) {
            List<String> words = e.getKey();
            if (i + words.size() > w.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.size() && match; k++) {
                match = w.token(i + k).word().toLowerCase(Locale.ROOT).equals(words.get(k));
            }
            if (match) {
                return new Found(e.getValue(), words.size());
            }
        }
        if (i < w.size()) {
            String time = TIME_UNITS.get(w.token(i).word().toLowerCase(Locale.ROOT));
            if (time != null) {
                return new Found(time, 1);
            }
        }
        return null;
    }

    /** True for the time units, whose numbers are durations and count nothing. */
    static boolean isTimeUnit(String unit) {
        return TIME_UNITS.containsValue(unit);
    }
}
