package org.sitrep.eval.rouge;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980),
 * written from the published algorithm, in two modes:
 * <ul>
 * <li>{@link Mode#ORIGINAL}: the algorithm as published (steps 1a to 5b, "abli" to "able").
 * <li>{@link Mode#NLTK}: the variant that NLTK's {@code PorterStemmer()} runs by default, and so the
 * one Google's {@code rouge-score} stems with. It differs from the original in documented ways: a
 * dozen irregular forms are looked up ("dying" to "die", "skies" to "sky", "news" stays "news");
 * words of one or two letters are left alone; four-letter "-ies" and "-ied" words keep "ie"
 * ("ties", "died" to "tie", "die"); a final "y" becomes "i" only after a consonant that is not the
 * word's first letter ("happy" to "happi", "enjoy" and "sky" unchanged); step 2 applies "alli" to
 * "al" first and then runs again, uses "bli" to "ble" instead of "abli" to "able", and adds
 * "fulli" to "ful" and "logi" to "log"; a two-letter vowel-consonant stem counts as
 * consonant-vowel-consonant.
 * </ul>
 *
 * <p>Input is expected in lower case (it is lower-cased otherwise). Stateless and thread-safe;
 * linear in the word's length times the number of rules.
 */
public final class PorterStemmer {

    /** Which variant of the algorithm to run. */
    public enum Mode {
        /** As published in 1980. */
        ORIGINAL,
        /** NLTK's default mode ({@code NLTK_EXTENSIONS}), which {@code rouge-score} uses. */
        NLTK
    }

    /** NLTK mode: words stemmed by lookup, not by rule. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("innings", "inning"), Map.entry("inning", "inning"),
            Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));

    /** A rule's condition on the stem left once the suffix is taken off. */
    @FunctionalInterface
    private interface Condition {
        boolean test(String stem);
    }

    /** One rewrite rule: a word ending in {@code suffix} whose stem meets the condition ends in {@code replacement}. */
    private record Rule(String suffix, String replacement, Condition condition) {
    }

    private final Mode mode;
    private final Rule[] step1a;
    private final Rule[] step2;
    private final Rule[] step3;
    private final Rule[] step4;

    public PorterStemmer(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        Condition m0 = s -> measure(s) > 0;
        Condition m1 = s -> measure(s) > 1;
        this.step1a = new Rule[] {
            new Rule("sses", "ss", null), new Rule("ies", "i", null), new Rule("ss", "ss", null), new Rule("s", "", null)};
        java.util.List<Rule> two = new java.util.ArrayList<>(java.util.List.of(
                new Rule("ational", "ate", m0), new Rule("tional", "tion", m0), new Rule("enci", "ence", m0),
                new Rule("anci", "ance", m0), new Rule("izer", "ize", m0),
                mode == Mode.ORIGINAL ? new Rule("abli", "able", m0) : new Rule("bli", "ble", m0),
                new Rule("alli", "al", m0), new Rule("entli", "ent", m0), new Rule("eli", "e", m0),
                new Rule("ousli", "ous", m0), new Rule("ization", "ize", m0), new Rule("ation", "ate", m0),
                new Rule("ator", "ate", m0), new Rule("alism", "al", m0), new Rule("iveness", "ive", m0),
                new Rule("fulness", "ful", m0), new Rule("ousness", "ous", m0), new Rule("aliti", "al", m0),
                new Rule("iviti", "ive", m0), new Rule("biliti", "ble", m0)));
        if (mode == Mode.NLTK) {
            two.add(new Rule("fulli", "ful", m0));
            // the 'l' of 'logi' counts with the stem, so short stems such as 'geo' and 'theo' qualify
            two.add(new Rule("logi", "log", s -> measure(s + "l") > 0));
        }
        this.step2 = two.toArray(Rule[]::new);
        this.step3 = new Rule[] {
            new Rule("icate", "ic", m0), new Rule("ative", "", m0), new Rule("alize", "al", m0),
            new Rule("iciti", "ic", m0), new Rule("ical", "ic", m0), new Rule("ful", "", m0), new Rule("ness", "", m0)};
        this.step4 = new Rule[] {
            new Rule("al", "", m1), new Rule("ance", "", m1), new Rule("ence", "", m1), new Rule("er", "", m1),
            new Rule("ic", "", m1), new Rule("able", "", m1), new Rule("ible", "", m1), new Rule("ant", "", m1),
            new Rule("ement", "", m1), new Rule("ment", "", m1), new Rule("ent", "", m1),
            new Rule("ion", "", s -> measure(s) > 1 && (s.endsWith("s") || s.endsWith("t"))),
            new Rule("ou", "", m1), new Rule("ism", "", m1), new Rule("ate", "", m1), new Rule("iti", "", m1),
            new Rule("ous", "", m1), new Rule("ive", "", m1), new Rule("ize", "", m1)};
    }

    /** The stem of {@code word}. */
    public String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (mode == Mode.NLTK) {
            String irregular = IRREGULAR.get(w);
            if (irregular != null) {
                return irregular;
            }
            if (w.length() <= 2) {
                return w;
            }
        }
        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = step2(w);
        w = apply(w, step3);
        w = apply(w, step4);
        w = step5a(w);
        return step5b(w);
    }

    private String step1a(String w) {
        if (mode == Mode.NLTK && w.length() == 4 && w.endsWith("ies")) {
            return w.substring(0, 1) + "ie";
        }
        return apply(w, step1a);
    }

    private String step1b(String w) {
        if (mode == Mode.NLTK && w.endsWith("ied")) {
            return w.length() == 4 ? w.substring(0, 1) + "ie" : w.substring(0, w.length() - 3) + "i";
        }
        if (w.endsWith("eed")) {
            String stem = cut(w, 3);
            return measure(stem) > 0 ? stem + "ee" : w;
        }
        String stem;
        if (w.endsWith("ed") && containsVowel(cut(w, 2))) {
            stem = cut(w, 2);
        } else if (w.endsWith("ing") && containsVowel(cut(w, 3))) {
            stem = cut(w, 3);
        } else {
            return w;
        }
        // the stem lost its suffix: restore an 'e' or undouble a consonant
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1);
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private String step1c(String w) {
        if (!w.endsWith("y")) {
            return w;
        }
        String stem = cut(w, 1);
        boolean replace = mode == Mode.NLTK
                ? stem.length() > 1 && isConsonant(stem, stem.length() - 1)
                : containsVowel(stem);
        return replace ? stem + "i" : w;
    }

    private String step2(String w) {
        if (mode == Mode.NLTK && w.endsWith("alli") && measure(cut(w, 4)) > 0) {
            return step2(cut(w, 4) + "al");
        }
        return apply(w, step2);
    }

    private String step5a(String w) {
        if (!w.endsWith("e")) {
            return w;
        }
        String stem = cut(w, 1);
        int m = measure(stem);
        return m > 1 || (m == 1 && !endsCvc(stem)) ? stem : w;
    }

    private String step5b(String w) {
        return w.endsWith("ll") && measure(cut(w, 1)) > 1 ? cut(w, 1) : w;
    }

    /**
     * The first rule whose suffix the word ends with decides: its replacement when its condition
     * holds, the word unchanged when it does not (no later rule is tried).
     */
    private static String apply(String w, Rule[] rules) {
        for (Rule r : rules) {
            if (w.endsWith(r.suffix())) {
                String stem = cut(w, r.suffix().length());
                return r.condition() == null || r.condition().test(stem) ? stem + r.replacement() : w;
            }
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    /** A letter other than a, e, i, o, u, and other than a 'y' that follows a consonant. */
    private static boolean isConsonant(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !isConsonant(w, i - 1);
        }
        return true;
    }

    /** Porter's m: the number of vowel-consonant sequences in {@code [C](VC)^m[V]}. */
    static int measure(String stem) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean consonant = isConsonant(stem, i);
            if (consonant && previousVowel) {
                m++;
            }
            previousVowel = !consonant;
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!isConsonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    /** Ends consonant-vowel-consonant, the last not w, x or y ("hop", "fil"); NLTK also takes a two-letter "vc". */
    private boolean endsCvc(String w) {
        int n = w.length();
        if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)) {
            char last = w.charAt(n - 1);
            return last != 'w' && last != 'x' && last != 'y';
        }
        return mode == Mode.NLTK && n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
    }
}
