package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that can start or anchor a number, an amount or a time expression, and the windows of
 * a sentence around them that CoreNLP's numeric classifiers and SUTime need to see.
 *
 * <p>A token is a cue when it holds a digit, a currency or percent sign, or is one of the words
 * below. The lists are closed classes of English (number words, calendar names, time units and
 * deictic time words), not names; a word missing here only costs the numeric tag of an expression
 * made of no other cue ("the current [PRESENT_REF] fashion"). Measured on the WCXB article texts, the
 * windows keep 97% of SUTime's time-expression tokens and cover about a quarter of the tokens (with
 * six tokens of context each side; the default now keeps three after a cue).
 *
 * <p>Pure and thread-safe.
 */
final class NumericCues {

    /** Cardinal number words and multipliers (NumberNormalizer's vocabulary). */
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "dozen", "dozens", "score", "half", "quarter", "twice", "once", "thrice",
            "percent", "pct", "bn", "mn");
    /** Ordinal words SUTime reads in dates ("the first week of March") and the ordinal rule tags. */
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth", "thirtieth");
    /**
     * Month, weekday, season and holiday names with their abbreviations; cues only when capitalised,
     * since several are common words in lower case ("may", "march", "sat", "fall").
     */
    private static final Set<String> CALENDAR_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
            "fri", "sat", "sun", "fall", "christmas", "easter", "ramadan", "eid", "hanukkah", "passover",
            "thanksgiving", "halloween");
    /** Season names, cues in any case ("last spring"). */
    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter");
    /** Time units, parts of the day and deictic time words. */
    private static final Set<String> TIME_WORDS = Set.of("now", "current", "currently", "recent", "recently",
            "lately", "ago", "tonight", "nowadays", "tomorrow", "week", "weeks", "weekend", "weekends", "fortnight",
            "month", "months", "year", "years", "decade", "decades", "century", "centuries", "millennium", "hour",
            "hours", "minute", "minutes", "second", "seconds", "morning", "mornings", "afternoon", "afternoons",
            "evening", "evenings", "night", "nights", "overnight", "noon", "midday", "midnight", "dawn", "dusk",
            "season", "seasons", "quarter", "quarters", "semester", "annual", "annually", "biannual", "am", "pm",
            "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt");
    /** Endings of time words not worth listing one by one: Monday, holiday, workday, Sundays. */
    private static final List<String> TIME_SUFFIXES = List.of("day", "days");
    private static final Set<String> PERIODIC = Set.of("daily", "weekly", "monthly", "yearly", "hourly", "nightly",
            "quarterly", "fortnightly");
    private static final String SIGNS = "$€£¥%₹₽₺";

    private NumericCues() {
    }

    /** True when {@code word} can anchor a number, an amount or a time expression. */
    static boolean isCue(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || SIGNS.indexOf(c) >= 0) {
                return true;
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.contains(w) || ORDINAL_WORDS.contains(w) || SEASONS.contains(w) || TIME_WORDS.contains(w)
                || PERIODIC.contains(w) || (Character.isUpperCase(word.charAt(0)) && CALENDAR_NAMES.contains(w))) {
            return true;
        }
        for (String suffix : TIME_SUFFIXES) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return hyphenatedNumber(w);
    }

    /** "twenty-five", "thirty-one": number words joined by a hyphen. */
    private static boolean hyphenatedNumber(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && NUMBER_WORDS.contains(w.substring(0, dash));
    }

    /**
     * The token ranges {@code [start, end)} of a sentence of {@code cues.length} tokens that the
     * numeric classifiers should see: {@code before} tokens before and {@code after} tokens after every
     * cue, overlapping or touching windows merged, each at most {@code maxTokens} long.
     */
    static List<int[]> windows(boolean[] cues, int before, int after, int maxTokens) {
        List<int[]> out = new ArrayList<>();
        int size = cues.length;
        int i = 0;
        while (i < size) {
            if (!cues[i]) {
                i++;
                continue;
            }
            int start = Math.max(0, i - before);
            int end = Math.min(size, i + after + 1);
            // a later cue whose window overlaps or touches this one extends it
            for (int j = i + 1; j < size && j - before <= end; j++) {
                if (cues[j]) {
                    end = Math.min(size, j + after + 1);
                }
            }
            for (int from = start; from < end; from += maxTokens) {
                out.add(new int[] {from, Math.min(end, from + maxTokens)});
            }
            i = end;
        }
        return out;
    }

    /**
     * The token ranges {@code [start, end)} covering a sentence of {@code cues.length} tokens from
     * {@code before} tokens before its first cue to {@code after} tokens after its last, in pieces
     * of at most {@code maxTokens}; none when the sentence has no cue.
     */
    static List<int[]> stretch(boolean[] cues, int before, int after, int maxTokens) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < cues.length; i++) {
            if (cues[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<int[]> out = new ArrayList<>();
        if (first < 0) {
            return out;
        }
        int end = Math.min(cues.length, last + after + 1);
        for (int from = Math.max(0, first - before); from < end; from += maxTokens) {
            out.add(new int[] {from, Math.min(end, from + maxTokens)});
        }
        return out;
    }
}
