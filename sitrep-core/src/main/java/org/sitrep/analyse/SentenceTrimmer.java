package org.sitrep.analyse;

import java.util.regex.Pattern;

/**
 * Light compression of a sentence taken from an article into a report: drops the wire-service
 * dateline in front of it ("ISTANBUL—", "LONDON (Reuters) -", "(Bloomberg) --") and folds runs of
 * white space, so the sentence reads on its own. Never changes the words that carry content.
 */
final class SentenceTrimmer {

    /**
     * A dateline: a place in capitals ("ISTANBUL", "ALMONASTER DEL TAJO"), perhaps followed by a
     * region and a date (", Spain, March 17"), perhaps by the agency in parentheses, then a dash;
     * or the agency alone in parentheses ("(Bloomberg) --").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:,[\\p{L} .]{1,30}?(?:,? \\p{L}+\\.? \\d{1,2})?)?"
                    + "(?:\\s*\\([^)]{1,40}\\))?|\\([A-Z][\\w .&’'-]{1,40}\\))(?:\\s*(?:--|—|–)|\\s+-)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SentenceTrimmer() {
    }

    static String trim(String sentence) {
        String s = SPACES.matcher(sentence).replaceAll(" ").trim();
        s = DATELINE.matcher(s).replaceFirst("");
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The length of the dateline at the start of {@code sentence}, 0 when it has none. */
    static int datelineLength(String sentence) {
        java.util.regex.Matcher m = DATELINE.matcher(sentence);
        return m.lookingAt() ? m.end() : 0;
    }

    static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
