package org.sitrep.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number that starts at a token: numerals ("14", "900,000", "3.6", "40m"), numerals with a
 * scale word ("3.6 million", "1.5 bn", "two dozen"), number words ("eight", "thirty-three", "a
 * dozen", "half a dozen", "one hundred and twenty") and vague plurals ("dozens", "hundreds of
 * thousands"), whose bounds come from {@link #VAGUE}. Used by the {@link QuantityExtractor};
 * stateless.
 */
final class NumberWords {

    /**
     * A number read from tokens {@code [first, end)}; vague ones have {@code low < high}.
     * {@code scale} is the factor its scale words or letters contributed (1e6 for "3.6 million").
     */
    record Parsed(int first, int end, double value, double low, double high, boolean vague, double scale) {

        static Parsed exact(int first, int end, double value, double scale) {
            return new Parsed(first, end, value, value, value, false, scale);
        }
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Words that multiply what precedes them ("3.6 million", "two dozen"). */
    private static final Map<String, Double> SCALES = Map.of("dozen", 12d, "hundred", 1e2, "thousand", 1e3,
            "million", 1e6, "mn", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12);
    /** Scale letters written onto a numeral in news style ("€40m", "1.5bn", "10k"). */
    private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9,
            "tn", 1e12);
    private static final Pattern NUMERAL = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([a-z]{1,2})?$");

    /**
     * Vague plurals, longest first, with the bounds they imply: "dozens" is at least two dozen and,
     * as writers switch to "hundreds" past a hundred, below 100; likewise for the others. The value
     * given is the lower bound, the least the phrase claims.
     */
    static final List<Vague> VAGUE = List.of(
            new Vague(List.of("hundreds", "of", "thousands"), 2e5, 999_999),
            new Vague(List.of("tens", "of", "thousands"), 2e4, 99_999),
            new Vague(List.of("hundreds", "of", "millions"), 2e8, 999_999_999),
            new Vague(List.of("tens", "of", "millions"), 2e7, 99_999_999),
            new Vague(List.of("dozens"), 24, 99),
            new Vague(List.of("scores"), 40, 99),
            new Vague(List.of("hundreds"), 200, 999),
            new Vague(List.of("thousands"), 2e3, 9_999),
            new Vague(List.of("millions"), 2e6, 9_999_999),
            new Vague(List.of("billions"), 2e9, 9_999_999_999d));

    /** A vague plural's words and bounds. */
    record Vague(List<String> words, double low, double high) {
    }

    private final int identifierDigits;

    /** @param identifierDigits plain digit strings this long or longer are identifiers, not numbers */
    NumberWords(int identifierDigits) {
        this.identifierDigits = identifierDigits;
    }

    /** The number starting at token {@code i}, or null when none does. */
    Parsed parse(TokenView w, int i) {
        Parsed vague = vague(w, i);
        if (vague != null) {
            return vague;
        }
        String word = lower(w, i);
        if (word.equals("half") && i + 2 < w.size() && lower(w, i + 1).equals("a") && lower(w, i + 2).equals("dozen")) {
            return Parsed.exact(i, i + 3, 6, 1);
        }
        if ((word.equals("a") || word.equals("an")) && i + 1 < w.size() && SCALES.containsKey(lower(w, i + 1))
                && !isSuffixOnly(lower(w, i + 1))) {
            return scaled(w, i, i + 1, 1);
        }
        Matcher m = NUMERAL.matcher(word);
        if (m.matches()) {
            return numeral(w, i, m);
        }
        return spelled(w, i);
    }

    private Parsed numeral(TokenView w, int i, Matcher m) {
        String digits = m.group(1);
        String suffix = m.group(3);
        boolean grouped = digits.indexOf(',') >= 0;
        if (digits.length() > 1 && digits.startsWith("0") && m.group(2) == null) {
            return null;
        }
        if (!grouped && m.group(2) == null && digits.length() >= identifierDigits) {
            return null;
        }
        double value = Double.parseDouble(digits.replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        if (suffix != null) {
            Double scale = SUFFIXES.get(suffix);
            if (scale == null) {
                return null;
            }
            return Parsed.exact(i, i + 1, value * scale, scale);
        }
        return scaled(w, i, i + 1, value);
    }

    /** Multiplies {@code value} by the scale words from token {@code next} on ("million", "dozen"). */
    private static Parsed scaled(TokenView w, int first, int next, double value) {
        int end = next;
        double scale = 1;
        while (end < w.size() && SCALES.containsKey(lower(w, end)) && w.sameLine(end - 1, end)) {
            scale *= SCALES.get(lower(w, end));
            end++;
        }
        return Parsed.exact(first, end, value * scale, scale);
    }

    /** "eight", "thirty-three", "one hundred and twenty", "two dozen", "five million". */
    private static Parsed spelled(TokenView w, int i) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int end = i;
        int lastNumberEnd = i;
        while (end < w.size()) {
            String word = lower(w, end);
            if (UNITS.containsKey(word) || TENS.containsKey(word)) {
                current += UNITS.containsKey(word) ? UNITS.get(word) : TENS.get(word);
                any = true;
            } else if (any && word.equals("hundred")) {
                current *= SCALES.get(word);
            } else if (any && SCALES.containsKey(word) && !isSuffixOnly(word)) {
                current *= SCALES.get(word);
                total += current;
                current = 0;
            } else if (any && (word.equals("and") || (MentionRefiner.isHyphen(word) && w.isGluedHyphen(end)))) {
                end++;
                continue;
            } else {
                break;
            }
            end++;
            lastNumberEnd = end;
        }
        if (!any) {
            return null;
        }
        return Parsed.exact(i, lastNumberEnd, total + current, 1);
    }

    private static Parsed vague(TokenView w, int i) {
        for (Vague v : VAGUE) {
            int n = v.words().size();
            if (i + n > w.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < n && match; k++) {
                match = lower(w, i + k).equals(v.words().get(k));
            }
            if (match) {
                return new Parsed(i, i + n, v.low(), v.low(), v.high(), true, 1);
            }
        }
        return null;
    }

    /** Scale letters that stand alone only after a currency ("€40 m"); alone they are too ambiguous. */
    private static boolean isSuffixOnly(String word) {
        return word.equals("mn") || word.equals("bn") || word.equals("tn");
    }

    private static String lower(TokenView w, int i) {
        return w.token(i).word().toLowerCase(Locale.ROOT);
    }
}
