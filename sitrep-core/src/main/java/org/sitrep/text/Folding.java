package org.sitrep.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for comparison: removes diacritics ("Önal" and "Onal", "Erdoğan" and "Erdogan" fold to
 * the same key), lower-cases, and maps letters that Unicode decomposition leaves alone (ı, ø, ł, đ,
 * ß, æ, œ). Pure and thread-safe.
 */
public final class Folding {

    private Folding() {
    }

    /** The folded form of {@code s}: no combining marks, lower case, typographic apostrophes made plain. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(foldLetter(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True when {@code s} has a letter that folding changes other than by case (a diacritic). */
    public static boolean hasDiacritics(String s) {
        return !fold(s).equals(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\''));
    }

    private static String foldLetter(char c) {
        switch (c) {
            case 'ı': return "i";
            case 'İ': return "I";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'đ': return "d";
            case 'Đ': return "D";
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case '’':
            case '‘':
            case 'ʼ':
                return "'";
            default: return String.valueOf(c);
        }
    }
}
