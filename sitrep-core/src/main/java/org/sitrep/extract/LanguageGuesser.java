package org.sitrep.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A cheap language guess from function words: the language whose table of common short words
 * covers the largest share of the text's words names it, if that share is high enough and clearly
 * ahead of the runner-up; otherwise there is no guess (null). Covers the languages most news comes
 * in from Europe and the Americas. Thread-safe; reads at most {@link #MAX_WORDS} words.
 */
final class LanguageGuesser {

    /** Enough words to decide; reading more costs time and changes nothing. */
    static final int MAX_WORDS = 2000;
    /** The best language must cover this many times the runner-up's share to be named. */
    static final double MIN_LEAD = 1.3;

    private static final int[] NONE = {};

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he",
                    "his", "by", "at", "are", "be", "from", "this", "have", "has", "said", "they", "not", "an",
                    "which", "were", "but", "their", "had", "been", "who", "will"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "f\u00fcr", "ein",
                    "eine", "dem", "den", "von", "zu", "im", "sie", "es", "auch", "wird", "wurde", "bei", "nach",
                    "aus", "hat", "sind"),
            "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans", "pour",
                    "pas", "sur", "au", "avec", "il", "elle", "ce", "se", "sont", "par", "plus", "\u00e9t\u00e9",
                    "aux", "ont"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por", "para",
                    "con", "no", "se", "su", "al", "lo", "como", "m\u00e1s", "pero", "sus", "fue", "ha", "este",
                    "esta"),
            "it", Set.of("il", "la", "di", "che", "e", "\u00e8", "un", "una", "per", "non", "del", "della", "con",
                    "sono", "gli", "le", "da", "si", "nel", "alla", "dei", "anche", "pi\u00f9", "come", "ha", "ma",
                    "questo"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para",
                    "com", "n\u00e3o", "por", "se", "no", "na", "mais", "ao", "\u00e9", "foi", "mas", "como"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
                    "die", "in", "er", "aan", "ook", "als", "bij", "door", "wordt", "naar", "werd", "heeft", "maar"));

    /** The languages in the order they are weighed (a tie goes to the first). */
    private static final List<String> LANGUAGES = STOPWORDS.keySet().stream().sorted().toList();
    /** For each function word, the positions in {@link #LANGUAGES} of the languages whose table holds it. */
    private static final Map<String, int[]> LANGUAGES_OF = languagesOfWords();

    private final ExtractionConfig config;

    LanguageGuesser(ExtractionConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    private static Map<String, int[]> languagesOfWords() {
        Map<String, int[]> out = new HashMap<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            for (String w : STOPWORDS.get(LANGUAGES.get(l))) {
                int[] before = out.getOrDefault(w, NONE);
                int[] with = Arrays.copyOf(before, before.length + 1);
                with[before.length] = l;
                out.put(w, with);
            }
        }
        return Map.copyOf(out);
    }

    /** An ISO 639-1 code, or null when the text is too short or no language is clearly ahead. */
    String guess(String text) {
        List<String> words = ContentWords.tokens(text, MAX_WORDS);
        if (words.size() < config.minLanguageWords()) {
            return null;
        }
        // one look-up per word gives every language's count of its function words
        long[] hits = new long[LANGUAGES.size()];
        for (String w : words) {
            for (int l : LANGUAGES_OF.getOrDefault(w, NONE)) {
                hits[l]++;
            }
        }
        String best = null;
        double bestShare = 0;
        double second = 0;
        for (int l = 0; l < LANGUAGES.size(); l++) {
            double share = (double) hits[l] / words.size();
            if (share > bestShare) {
                second = bestShare;
                bestShare = share;
                best = LANGUAGES.get(l);
            } else if (share > second) {
                second = share;
            }
        }
        return bestShare >= config.minLanguageShare() && bestShare >= MIN_LEAD * second ? best : null;
    }
}
