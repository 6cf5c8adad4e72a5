package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds words in a text by reading its characters once, without a regular expression: the runs of
 * letters and digits ({@code [\p{L}\p{N}]+}), and words made of such runs joined by an inner
 * apostrophe, hyphen or dot ({@code [\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*}: "don't",
 * "covid-19", "U.S"). Gives exactly what those expressions find, in order; letters and digits are
 * Unicode's (the general categories L and N), read by code point. Stateless and thread-safe;
 * linear in the length of the text.
 */
final class WordScanner {

    private static final int LETTER_OR_NUMBER = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
            | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);

    private WordScanner() {
    }

    /** The runs of letters and digits in {@code text}, in order. */
    static List<String> runs(String text) {
        return scan(text, false, Integer.MAX_VALUE);
    }

    /** The first {@code limit} runs of letters and digits in {@code text}, in order. */
    static List<String> runs(String text, int limit) {
        return scan(text, false, limit);
    }

    /** The words of {@code text}: runs of letters and digits, joined by single inner apostrophes, hyphens or dots. */
    static List<String> words(String text) {
        return scan(text, true, Integer.MAX_VALUE);
    }

    private static List<String> scan(String text, boolean joined, int limit) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < limit) {
            if (!isLetterOrNumber(text.codePointAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(text, i);
            while (joined && end + 1 < n && isJoiner(text.charAt(end)) && isLetterOrNumber(text.codePointAt(end + 1))) {
                end = runEnd(text, end + 1);
            }
            out.add(text.substring(start, end));
            i = end;
        }
        return out;
    }

    /** Where the run of letters and digits that starts at {@code i} ends. */
    private static int runEnd(String text, int i) {
        int end = i;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (!isLetterOrNumber(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return (LETTER_OR_NUMBER >> Character.getType(codePoint) & 1) != 0;
    }
}
