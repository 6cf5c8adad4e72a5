package org.sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of one line, as the boilerplate rules see it: its words, whether it ends a sentence,
 * whether it is written in Title Case. Immutable.
 *
 * @param text the line with runs of white space (including no-break spaces) made single spaces and
 *     leading list bullets removed: what the rule patterns match against
 * @param words the line's words (runs of letters, digits and inner apostrophes or hyphens)
 */
record LineShape(String text, List<String> words) {

    /** The characters {@link #BULLET} starts with: a line that starts with none of them has no bullet. */
    private static final String BULLETS = "*\u2022\u00b7\u25aa\u25cf>-\u2013\u2014";
    private static final Pattern BULLET = Pattern.compile("^(?:[*\\u2022\\u00b7\\u25aa\\u25cf>\\-\\u2013\\u2014]+\\s*)+");
    private static final Pattern FINAL_INITIALISM = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){2,}$");
    // characters a finished sentence (or a quoted one) ends with
    private static final String SENTENCE_END = ".!?\"\u201d\u2019')]\u2026:;\u00bb";

    /** Short words that stay lower-case in a Title Case headline. */
    static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "for", "so", "yet",
            "of", "in", "on", "at", "to", "by", "from", "with", "as", "vs", "via", "into", "over", "up", "off", "out",
            "per", "than", "is", "are", "be", "its", "it", "if", "after", "amid", "about");

    /** The shape of {@code line}. */
    static LineShape of(String line) {
        String text = SpaceRuns.collapse(line, LineShape::isSpace).strip();
        if (!text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0) {
            text = BULLET.matcher(text).replaceFirst("").strip();
        }
        return new LineShape(text, List.copyOf(WordScanner.words(text)));
    }

    /** White space as the rule patterns' {@code \s} has it, and no-break and figure spaces. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0'
                || c == '\u2007' || c == '\u202f';
    }

    int wordCount() {
        return words.size();
    }

    /** True when the line ends the way a sentence does (a full stop, a question, a closing quote). */
    boolean endsSentence() {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * True when the line ends with a full stop (or an ellipsis): a headline almost never does. The
     * stop of a final initialism ("in the U.S.") does not count.
     */
    boolean endsWithPeriod() {
        if (text.endsWith("\u2026")) {
            return true;
        }
        return text.endsWith(".") && !FINAL_INITIALISM.matcher(text).find();
    }

    /**
     * True when at least {@code share} of the words other than {@link #MINOR_WORDS} start with a
     * capital or a digit, and there are at least two such words: "Turkey Sends Mission to Russia".
     */
    boolean isTitleCase(double share) {
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            if (MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            char c = w.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            }
        }
        return content >= 2 && capitalised >= share * content;
    }

    /** True when the line could be a headline: a few words, no final full stop. */
    boolean isHeadlineLike(int maxWords) {
        return wordCount() >= 1 && wordCount() <= maxWords && !endsWithPeriod();
    }
}
