package org.sitrep.analyse;

import java.util.Locale;

/**
 * The words right next to an offset of a text, in lower case, as the analysers read them around a
 * mention ("in" before "Idlib", "town" after "Spanish"). A word is a run of letters; spaces between
 * are skipped. Pure and thread-safe.
 */
final class NeighbourWords {

    private NeighbourWords() {
    }

    /** The word right before {@code offset}, or "" at the start of the text. */
    static String before(String text, int offset) {
        int start = startOfWordBefore(text, offset);
        int end = offset;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The word before the word right before {@code offset} ("at" in "at the Calvera plant", for "Calvera"). */
    static String twoBefore(String text, int offset) {
        return before(text, startOfWordBefore(text, offset));
    }

    /** The word right after {@code offset}, or "" at the end of the text. */
    static String after(String text, int offset) {
        int start = offset;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int startOfWordBefore(String text, int offset) {
        int at = offset;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
