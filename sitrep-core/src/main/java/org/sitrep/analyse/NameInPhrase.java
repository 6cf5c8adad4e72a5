package org.sitrep.analyse;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a longer noun phrase is about, for mentions that are not people: a mention span sometimes
 * holds more than the name (a coreference annotator's or parser's span, a tagger that ran on), and
 * the words around the name describe it rather than name it. In order:
 *
 * <ol>
 *   <li>a parenthesis or an apposition after the name goes ("in Bountiful, British Columbia",
 *       "Fundamentalist Church ... (FLDS)"), and so does a locative phrase after a phrase that opens
 *       with the name ("Aceh province on the island of Sumatra");</li>
 *   <li>common nouns after the name go ("Aceh province", "Ivy Bridge processors", "MacBook Air
 *       lineup");</li>
 *   <li>a common noun with "of" before the name goes ("the Indonesian province of Aceh", "13 miles east
 *       of Cloverdale and 2 miles southeast of The Geysers", "next generation of MacBook Pro"): the
 *       name after the last such "of" is kept;</li>
 *   <li>a phrase that opens in lower case keeps its capitalised end ("located near Clearlake in Lake
 *       County", "in western Canada");</li>
 *   <li>a possessive qualifier before the name goes ("Indonesia's northwestern Aceh").</li>
 * </ol>
 *
 * A phrase with no capitalised word is returned as it is. Names that hold lower-case words inside
 * ("Bank of England", "Church of Jesus Christ of Latter Day Saints") keep them: only words at the
 * ends are taken off. Pure and thread-safe.
 */
final class NameInPhrase {

    /** "province of Aceh": a lower-case word, then "of", then a capitalised word somewhere after. */
    private static final Pattern COMMON_NOUN_OF = Pattern.compile("\\b\\p{Ll}[\\p{L}-]*\\s+of\\s+(?=.*\\p{Lu})");

    /** A lower-case locative preposition between words: " on ", " in ", " near ". */
    private static final Pattern LOCATIVE = Pattern.compile("\\s+(?:on|in|at|near|off|outside)\\s+");

    /**
     * A capitalised word with a possessive ending, then perhaps lower-case words, then a capitalised
     * word: "Indonesia's Aceh", "Indonesia's northwestern Aceh".
     */
    private static final Pattern QUALIFIER = Pattern.compile(
            "^(?:\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}.-]*\\s?['’]s\\s+(?:\\p{Ll}+\\s+)*(?=\\p{Lu})");

    private NameInPhrase() {
    }

    /** The name {@code surface} is about (see the class comment). */
    static String of(String surface) {
        String s = surface.trim();
        s = before(s, " (");
        s = before(s, " ,");
        s = before(s, ",");
        s = beforeLocative(s);
        s = withoutTrailingCommonNouns(s);
        Matcher of = COMMON_NOUN_OF.matcher(s);
        int after = -1;
        while (of.find()) {
            after = of.end();
        }
        if (after > 0) {
            s = s.substring(after);
        }
        String[] words = s.split("\\s+");
        if (!capitalised(words[0])) {
            String tail = NameKey.capitalisedTail(s);
            if (tail != null) {
                s = tail;
            }
        }
        Matcher qualified = QUALIFIER.matcher(s);
        if (qualified.find() && qualified.end() < s.length()) {
            s = s.substring(qualified.end());
        }
        return s;
    }

    /**
     * A phrase that opens with a name, cut before a lower-case locative preposition that follows it:
     * "Aceh province on the island of Sumatra" is about Aceh.
     */
    private static String beforeLocative(String s) {
        Matcher m = LOCATIVE.matcher(s);
        if (capitalised(s.split("\\s+")[0]) && m.find()) {
            return s.substring(0, m.start());
        }
        return s;
    }

    /** The part of {@code s} before {@code mark} when that part holds a capitalised word; else all of {@code s}. */
    private static String before(String s, String mark) {
        int at = s.indexOf(mark);
        if (at > 0 && capitalised(s.substring(0, at))) {
            return s.substring(0, at).trim();
        }
        return s;
    }

    /**
     * {@code s} without the lower-case words at its end, when a capitalised word other than an opening
     * determiner is left ("The quake" stays whole).
     */
    private static String withoutTrailingCommonNouns(String s) {
        String[] words = s.split("\\s+");
        int end = words.length;
        while (end > 1 && !capitalised(words[end - 1]) && words[end - 1].chars().allMatch(Character::isLetter)) {
            end--;
        }
        String kept = String.join(" ", Arrays.copyOfRange(words, NameKey.DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0, end));
        if (end == words.length || !capitalised(kept)) {
            return s;
        }
        return String.join(" ", Arrays.copyOfRange(words, 0, end));
    }

    private static boolean capitalised(String text) {
        return text.codePoints().anyMatch(Character::isUpperCase);
    }
}
