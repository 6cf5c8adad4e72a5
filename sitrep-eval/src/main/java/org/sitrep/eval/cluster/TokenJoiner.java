package org.sitrep.eval.cluster;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a tokenised sentence back into plain text, so the annotator reads news prose rather than a
 * token list: no space before closing punctuation and clitics ("Indonesia 's" becomes "Indonesia's"),
 * none after opening brackets, PTB quotes ({@code ``} and {@code ''}) become plain quotes, and the
 * splits some corpora make inside numbers, abbreviations and hyphenated words are undone ("6 . 1"
 * becomes "6.1", "U . S ." becomes "U.S.", "2 : 09" becomes "2:09", "6.1 - magnitude" becomes
 * "6.1-magnitude"). Approximate by nature; it changes spacing only, never a token. Pure and
 * thread-safe.
 */
final class TokenJoiner {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
            "'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "''", "'");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private TokenJoiner() {
    }

    static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String prev = null;
        String beforePrev = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (prev != null && spaceBetween(beforePrev, prev, t, next)) {
                out.append(' ');
            }
            out.append(t.equals("``") || t.equals("''") ? "\"" : t);
            beforePrev = prev;
            prev = t;
        }
        return out.toString();
    }

    private static boolean spaceBetween(String beforePrev, String prev, String t, String next) {
        if (NO_SPACE_AFTER.contains(prev)) {
            return false;
        }
        if ((t.equals(".") || t.equals(":")) && next != null && splitsNumber(prev, next)) {
            return false;
        }
        if ((prev.equals(".") || prev.equals(":")) && beforePrev != null && splitsNumber(beforePrev, t)) {
            return false;
        }
        if (t.equals(".") && next != null && LETTER.matcher(prev).matches() && LETTER.matcher(next).matches()) {
            return false;
        }
        if (prev.equals(".") && beforePrev != null && LETTER.matcher(beforePrev).matches()
                && LETTER.matcher(t).matches()) {
            return false;
        }
        if (t.equals("-") && next != null || prev.equals("-") && beforePrev != null) {
            return false;
        }
        return !NO_SPACE_BEFORE.contains(t);
    }

    /** True for "6 . 1" and "2 : 09": digits on both sides of the separator. */
    private static boolean splitsNumber(String left, String right) {
        return DIGITS.matcher(left).matches() && DIGITS.matcher(right).matches();
    }
}
