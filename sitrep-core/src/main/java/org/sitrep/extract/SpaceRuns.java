package org.sitrep.extract;

import java.util.function.IntPredicate;

/**
 * Makes every run of white space in a text one ASCII space, for whichever characters the caller
 * counts as white space (the HTML reader and the line rules count differently). A leading or
 * trailing run stays, as one space. Returns the text itself when there is nothing to change (no
 * run longer than one character, no space other than an ASCII one), as for most text, so nothing
 * is copied. Stateless and thread-safe; one or two passes over the characters.
 */
final class SpaceRuns {

    private SpaceRuns() {
    }

    /** {@code text} with each run of characters that {@code isSpace} accepts made one space. */
    static String collapse(String text, IntPredicate isSpace) {
        if (!needsCollapsing(text, isSpace)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace.test(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean needsCollapsing(String text, IntPredicate isSpace) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace.test(c) && (c != ' ' || i + 1 < text.length() && isSpace.test(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
