package org.sitrep.analyse;

import java.util.regex.Pattern;

/**
 * Light compression of a sentence taken from an article into a report: drops the wire-service
 * dateline in front of it ("ISTANBUL—", "LONDON (Reuters) -", "(Bloomberg) --") and folds runs of
 * white space, so the sentence reads on its own; {@link #compress} also drops a leading discourse
 * connective ("However, ", "Meanwhile, ") and a short trailing attribution (", officials said.",
 * ", according to the ministry.") from a sentence that quotes no one. Never changes the words that
 * carry content, so what is left is still a substring of the cited sentence.
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
    /** Connectives that tie a sentence to the one before it in its article, which the summary does not have. */
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?:However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Separately|Nevertheless|"
                    + "Still|Indeed|In the meantime|At the same time),\\s+");
    /**
     * A trailing attribution of a few words: ", officials said.", ", the company said on Friday.",
     * ", according to the Interior Ministry." The speaker may not hold a comma or quote mark.
     */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s+(?:according to [^,;\"“”]{2,60}|(?:[^,;\"“”\\s]+\\s+){1,5}(?:said|says|told reporters|reported|added)"
                    + "(?:\\s+on\\s+\\p{L}+|\\s+\\p{L}+day)?)\\.$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    /**
     * A sentence that opens with a pronoun, or with an ordinal or "the latter" standing for a noun of
     * the sentence before, points back at a sentence the report may not have ("He said...", "This
     * followed...", "The first, last September, ended..."): it does not stand on its own. "The first
     * launch" names its noun and stands.
     */
    private static final Pattern DANGLING_START = Pattern.compile(
            "(?:He|She|It|They|This|These|Those|His|Her|Its|Their|Them)\\b|The (?:latter|former)\\b"
                    + "|The (?:first|second|third|last|other|others|rest)(?=\\s*,|\\s+(?:was|were|is|are|had|has|ended|came"
                    + "|failed|did|took|went)\\b)");
    /** Fewest words left after compression; a shorter remainder keeps its attribution. */
    private static final int MIN_COMPRESSED_WORDS = 6;

    private SentenceTrimmer() {
    }

    static String trim(String sentence) {
        String s = SPACES.matcher(sentence).replaceAll(" ").trim();
        s = DATELINE.matcher(s).replaceFirst("");
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * {@link #trim} and then, in a sentence without quote marks, the leading connective and the
     * trailing attribution dropped, as long as a sentence of several words is left.
     */
    static String compress(String sentence) {
        return compress(sentence, false);
    }

    /**
     * {@link #compress(String)}, keeping the attribution when {@code keepAttribution}: a sentence that
     * gives a figure says whose figure it is.
     */
    static String compress(String sentence, boolean keepAttribution) {
        String s = trim(sentence);
        if (QUOTE_MARK.matcher(s).find()) {
            return s;
        }
        String t = LEADING_CONNECTIVE.matcher(s).replaceFirst("");
        if (!keepAttribution) {
            t = TRAILING_ATTRIBUTION.matcher(t).replaceFirst(".");
        }
        if (t.equals(s) || words(t) < MIN_COMPRESSED_WORDS) {
            return s;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** True when the sentence opens with a word that stands for something said before it (see {@link #DANGLING_START}). */
    static boolean dangles(String sentence) {
        return DANGLING_START.matcher(sentence).lookingAt();
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
