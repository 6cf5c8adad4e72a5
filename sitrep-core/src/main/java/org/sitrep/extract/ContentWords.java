package org.sitrep.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text that carry its topic: lower-cased runs of letters and digits of at least
 * {@link #MIN_LENGTH} characters, without common function words. Used to ask whether a paragraph
 * is about the same thing as the rest of an article, and whether two texts hold the same words.
 * Stateless and thread-safe.
 */
final class ContentWords {

    /** Shorter words are mostly function words in the languages news comes in. */
    static final int MIN_LENGTH = 4;

    private static final Set<String> FUNCTION_WORDS = Set.of("that", "this", "with", "from", "have", "were", "they",
            "their", "there", "which", "when", "what", "will", "would", "could", "should", "been", "said", "says",
            "also", "than", "then", "them", "into", "over", "after", "about", "more", "most", "some", "such", "only",
            "other", "while", "where", "these", "those", "being", "because", "before", "between", "under", "since",
            "through", "during", "against", "very", "just", "your", "yours", "here", "does", "didn", "doesn", "each");

    private ContentWords() {
    }

    /** All word tokens of {@code text}, lower-cased, in order (for bag-of-words comparisons). */
    static List<String> tokens(String text) {
        return WordScanner.runs(text.toLowerCase(Locale.ROOT));
    }

    /** The first {@code limit} word tokens of {@code text}, lower-cased, in order. */
    static List<String> tokens(String text, int limit) {
        return WordScanner.runs(text.toLowerCase(Locale.ROOT), limit);
    }

    /** The distinct content words of {@code text}. */
    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        for (String t : tokens(text)) {
            if (t.length() >= MIN_LENGTH && !FUNCTION_WORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
