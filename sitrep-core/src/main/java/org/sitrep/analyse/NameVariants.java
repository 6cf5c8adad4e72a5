package org.sitrep.analyse;

import java.util.Arrays;

/**
 * Tests on two name keys (see {@link NameKey}) that tell spellings of one name apart from different
 * names: an abbreviated run of words ("us geological survey" and "united states geological survey")
 * and a transliteration or typing slip in one word ("sergei lavrov" and "sergey lavrov", "wally opal"
 * and "wally oppal"), and one body's name in two languages ("guardia civil" and "civil guard"). Pure
 * and thread-safe.
 */
final class NameVariants {

    /** Shortest word in which one differing letter is read as a spelling variant, not another name. */
    static final int MIN_VARIANT_LENGTH = 4;

    private NameVariants() {
    }

    /**
     * A name key with its words, split once: a story compares every pair of its multi-word keys, so
     * splitting per pair made most of what entity resolution allocated.
     */
    record Words(String key, String[] words) {

        static Words of(String key) {
            return new Words(key, key.split(" "));
        }
    }

    /**
     * True when {@code shortKey} is {@code longKey} with one run of two or more words written as their
     * initials: "us geological survey" abbreviates "united states geological survey".
     */
    static boolean abbreviates(String shortKey, String longKey) {
        return abbreviates(Words.of(shortKey), Words.of(longKey));
    }

    static boolean abbreviates(Words shortKey, Words longKey) {
        String[] s = shortKey.words();
        String[] l = longKey.words();
        if (s.length >= l.length) {
            return false;
        }
        int run = l.length - s.length + 1;
        for (int at = 0; at < s.length; at++) {
            if (!Arrays.equals(s, 0, at, l, 0, at) || !Arrays.equals(s, at + 1, s.length, l, at + run, l.length)) {
                continue;
            }
            if (initialsOf(l, at, run).equals(s[at])) {
                return true;
            }
        }
        return false;
    }

    private static String initialsOf(String[] words, int from, int count) {
        char[] initials = new char[count];
        for (int i = 0; i < count; i++) {
            initials[i] = words[from + i].charAt(0);
        }
        return new String(initials);
    }

    /**
     * True when two keys of the same number of words (at least two) differ in exactly one word, and
     * there by one letter inserted, dropped or changed, both spellings being letters only and at least
     * {@link #MIN_VARIANT_LENGTH} long: "sergei lavrov" and "sergey lavrov".
     */
    static boolean spellingVariants(String a, String b) {
        return spellingVariants(Words.of(a), Words.of(b));
    }

    static boolean spellingVariants(Words a, Words b) {
        String[] x = a.words();
        String[] y = b.words();
        if (x.length != y.length || x.length < 2 || a.key().equals(b.key())) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                continue;
            }
            differing++;
            if (differing > 1 || Math.min(x[i].length(), y[i].length()) < MIN_VARIANT_LENGTH || !letters(x[i])
                    || !letters(y[i]) || !oneEditApart(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when two keys of two or three words name one body in two languages, the words in reverse
     * order as Romance languages put the adjective after the noun, each word the other's cognate:
     * "guardia civil" and "civil guard", "policia nacional" and "national police". Cognates are equal,
     * or one extends the other by at most two letters ("guard", "guardia"), or, both at least six
     * letters long, they are at most two letters apart ("nacional", "national").
     */
    static boolean translatedOrder(String a, String b) {
        return translatedOrder(Words.of(a), Words.of(b));
    }

    static boolean translatedOrder(Words a, Words b) {
        String[] x = a.words();
        String[] y = b.words();
        if (x.length != y.length || x.length < 2 || x.length > 3 || a.key().equals(b.key())) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!cognates(x[i], y[x.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean cognates(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (!letters(a) || !letters(b) || Math.min(a.length(), b.length()) < MIN_VARIANT_LENGTH + 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.startsWith(shorter) && longer.length() - shorter.length() <= 2) {
            return true;
        }
        return shorter.length() >= 6 && editDistance(a, b) <= 2;
    }

    /** Letters inserted, dropped or changed to turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** True when the word is letters only: "11th" and "12th" are different numbers, not spellings. */
    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when one letter inserted, dropped or changed turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (shorter.length() == longer.length()) {
            return shorter.substring(i + 1).equals(longer.substring(i + 1));
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
