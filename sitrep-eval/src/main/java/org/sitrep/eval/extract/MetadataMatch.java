package org.sitrep.eval.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * When an extracted title or author counts as the gold one. Titles: equal once case, white space,
 * typographic quotes and dashes, and trailing punctuation are ignored (a site name left on the
 * title is a miss). Authors: the same set of names, each compared by its lower-cased words, with
 * "By" and separators ("," "and" "&amp;" ";") ignored. Stateless and thread-safe.
 */
final class MetadataMatch {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\|)\\s*");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MetadataMatch() {
    }

    static boolean title(String extracted, String gold) {
        return extracted != null && gold != null && normaliseTitle(extracted).equals(normaliseTitle(gold));
    }

    static String normaliseTitle(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        t = SPACE.matcher(t).replaceAll(" ").strip();
        return t.replaceAll("[\\s.!?:;,]+$", "");
    }

    static boolean author(String extracted, String gold) {
        return extracted != null && gold != null && names(extracted).equals(names(gold)) && !names(gold).isEmpty();
    }

    private static Set<String> names(String s) {
        Set<String> out = new TreeSet<>();
        String t = s.strip().replaceFirst("(?i)^by\\s+", "");
        for (String part : NAME_SEPARATORS.split(t)) {
            String key = String.join(" ", Arrays.stream(NON_WORD.split(
                    Normalizer.normalize(part, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)))
                    .filter(w -> !w.isEmpty()).toList());
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }
}
