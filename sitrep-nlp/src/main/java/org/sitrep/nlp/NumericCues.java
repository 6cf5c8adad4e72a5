package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
 * <p>{@link #mayHoldTime} tells the windows where SUTime's rules may find a time from those where
 * they cannot (plain numbers, amounts, number words): conservatively, from the words and number
 * shapes SUTime's English rules read.
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
    /**
     * Words SUTime's English rules ({@code english.sutime.txt}, {@code english.holidays.sutime.txt} in
     * CoreNLP's models) read as time, or as the unit, era or decade of one, that the cue lists above
     * leave out: plural and compound times of day, short units, decades, eras, the vague times its
     * last stage tags ("past", "once", "present", "future"; "at the time" is tested apart), holiday
     * words that need no day name (a birthday, cinco de mayo); calendar names count in lower case
     * too, since SUTime matches without case.
     */
    private static final Set<String> MORE_TIME_WORDS = Set.of("twilight", "twilights", "daybreak", "daybreaks",
            "sunrise", "sunrises", "sunup", "sunups", "sundown", "sundowns", "sunset", "sunsets", "teatime",
            "teatimes", "lunchtime", "lunchtimes", "dinnertime", "dinnertimes", "suppertime", "suppertimes",
            "daylight", "daylights", "daytime", "daytimes", "nighttime", "nighttimes", "overnights", "noons",
            "middays", "midnights", "dawns", "dusks", "tonite", "tonites", "tonights", "tomorrows", "yesterdays",
            "summers", "winters", "springs", "autumns", "falls", "yr", "yrs", "mo", "mos", "hr", "hrs", "min",
            "mins", "sec", "secs", "millisecond", "milliseconds", "millisec", "millisecs", "wk", "wks",
            "fortnights", "centurys", "millennia", "millenia", "millenium", "milleniums", "millenniums", "o'clock",
            "o’clock", "oclock", "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties", "ad", "a.d", "a.d.", "bc", "b.c", "b.c.", "ides", "nones",
            "birthday", "birthdays", "past", "once", "medieval", "previously", "present", "future", "xmas", "x-mas",
            "mayo", "weds", "mons", "tue", "suns", "sats", "fris");
    /** Separators of clock times and dates written in numbers. */
    private static final Set<String> SEPARATORS = Set.of(":", "/", "\\/", "-", "–", ".", "'", "h");
    /** Number words that make a year-sized number with another ("two thousand", "fifteen hundred"). */
    private static final Set<String> HUNDREDS = Set.of("hundred", "thousand");

    /**
     * SUTime's text rule for "3-month", "three-year-old": a number or number word, a hyphen and the
     * start of a time unit, found anywhere in the text (so "three-monitor" reads as three months).
     */
    private static final Pattern HYPHENED_UNIT = Pattern.compile("(?i)(\\d|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\s*-\\s*"
            + "(year|yr|mo|day|hour|hr|min|sec|millisec|week|wk|fortnight|quarter|centur|millen)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

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

    /**
     * True when SUTime may find a time expression among {@code words} (a cue window): one of them
     * is a time cue or another word SUTime reads as time, a number that may be a year (four digits
     * from 0000 to 2999, "two thousand", "nineteen eighty", "'90"), or holds a digit beside other
     * characters than digit group and decimal marks ("3:30", "12/05/2020", "1990s", "5pm", "3rd").
     * False for a window whose cues are only plain numbers, amounts and number words ("about 1,200
     * troops", "$3.5 million", "one of the two"): SUTime's rules find nothing there, so the window
     * needs only the number classifiers. Conservative by design: a false "true" costs time, a false
     * "false" would lose a time expression.
     */
    static boolean mayHoldTime(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null || word.isEmpty()) {
                return true;
            }
            if (isTimeWord(word) || joinsTime(words, i)) {
                return true;
            }
        }
        return HYPHENED_UNIT.matcher(String.join(" ", words)).find();
    }

    private static boolean isTimeWord(String word) {
        if (hasDigit(word)) {
            return !plainNumber(word) || yearLike(word);
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && isTimeWord(part)) {
                    return true;
                }
            }
            return false;
        }
        String bare = w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
        if (TIME_WORDS.contains(w) || SEASONS.contains(w) || PERIODIC.contains(w) || CALENDAR_NAMES.contains(bare)
                || MORE_TIME_WORDS.contains(w) || HUNDREDS.contains(w)) {
            return true;
        }
        for (String suffix : TIME_SUFFIXES) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that are time only with their neighbours: a "-teen" word or "twenty" before a number
     * ("nineteen eighty"), an apostrophe before digits ("' 90"), a separator between numbers that
     * SUTime's text patterns may read as a clock time or date ("5 : 30", "5 / 12 / 20"), and "time"
     * after "at the".
     */
    private static boolean joinsTime(List<String> words, int i) {
        String w = words.get(i).toLowerCase(Locale.ROOT);
        String next = i + 1 < words.size() ? words.get(i + 1) : null;
        String previous = i > 0 ? words.get(i - 1) : null;
        if (SEPARATORS.contains(w) && previous != null && next != null && hasDigit(previous) && hasDigit(next)) {
            return true;
        }
        if (next != null && !next.isEmpty()) {
            String n = next.toLowerCase(Locale.ROOT);
            boolean nextIsNumber = hasDigit(n) || NUMBER_WORDS.contains(n) || hyphenatedNumber(n);
            if ((w.endsWith("teen") || w.equals("twenty")) && nextIsNumber) {
                return true;
            }
            if ((w.equals("'") || w.equals("’")) && hasDigit(n)) {
                return true;
            }
        }
        return w.equals("time") && i >= 2 && "the".equalsIgnoreCase(words.get(i - 1))
                && "at".equalsIgnoreCase(words.get(i - 2));
    }

    /** Whether {@code word} holds a digit of any script. */
    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Digits with at most one decimal point and commas between groups: "12", "1,200", "3.5", "0.25". */
    private static boolean plainNumber(String word) {
        return PLAIN_NUMBER.matcher(word).matches();
    }

    /**
     * A number SUTime may read as a year: a run of exactly four digits (its year pattern takes four
     * digits from 0000 to 2999, its year-range rule on the text any four), or digits whose value lies
     * between 1000 and 3000 whatever their length ("01904").
     */
    private static boolean yearLike(String word) {
        int run = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i < word.length() && Character.isDigit(word.charAt(i))) {
                run++;
            } else if (run == 4) {
                return true;
            } else {
                run = 0;
            }
        }
        if (word.chars().allMatch(Character::isDigit)) {
            String digits = word.replaceFirst("^0+", "");
            return digits.length() == 4 && digits.compareTo("3000") < 0;
        }
        return false;
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
