package org.sitrep.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and figures a sentence states on its surface, as a citation must repeat them: the
 * capitalised words after its first word ("Turkish", "Idlib", "Lavrov"), folded, and the numbers it
 * writes in digits ("1,400" as "1400", "4.10"). A sentence is only supported by a span that has all
 * of them; Sitrep's summaries pick their citations by this rule and its faithfulness check tests it.
 * Pure and thread-safe.
 */
public final class SurfaceFacts {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private SurfaceFacts() {
    }

    /** Folded capitalised words of {@code sentence} after its first word. */
    public static Set<String> names(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (!first && w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                out.add(Folding.fold(w));
            }
            first = false;
        }
        return out;
    }

    /** Folded words of {@code text}, for looking names up in a cited span. */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(Folding.fold(m.group()));
        }
        return out;
    }

    /** Numbers written in digits, thousands separators and a closing full stop dropped. */
    public static Set<String> figures(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String d = m.group().replace(",", "");
            out.add(d.endsWith(".") ? d.substring(0, d.length() - 1) : d);
        }
        return out;
    }

    /** True when {@code span} has every name and figure of {@code sentence}. */
    public static boolean covers(String span, String sentence) {
        return words(span).containsAll(names(sentence)) && figures(span).containsAll(figures(sentence));
    }
}
