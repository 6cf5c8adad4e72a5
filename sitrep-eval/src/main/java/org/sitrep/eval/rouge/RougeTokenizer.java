package org.sitrep.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a summary into ROUGE tokens the way Google's {@code rouge-score} does: lower-case, every run
 * of characters other than {@code a-z} and {@code 0-9} becomes a space, split on white space, and,
 * when stemming, tokens longer than three characters are Porter-stemmed (NLTK's variant, see
 * {@link PorterStemmer.Mode#NLTK}). Letters outside ASCII are separators, as there ("café" gives
 * "caf"). Immutable and thread-safe.
 */
public final class RougeTokenizer {

    /** {@code rouge-score} stems only tokens longer than this. */
    private static final int UNSTEMMED_LENGTH = 3;
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final PorterStemmer stemmer;

    private RougeTokenizer(PorterStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** The tokenizer with Porter stemming (rouge-score's {@code use_stemmer=True}). */
    public static RougeTokenizer stemming() {
        return new RougeTokenizer(new PorterStemmer(PorterStemmer.Mode.NLTK));
    }

    /** The tokenizer without stemming. */
    public static RougeTokenizer plain() {
        return new RougeTokenizer(null);
    }

    public boolean stems() {
        return stemmer != null;
    }

    /** The tokens of {@code text}, in order. */
    public List<String> tokenize(String text) {
        String spaced = NON_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String t : spaced.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            out.add(stemmer != null && t.length() > UNSTEMMED_LENGTH ? stemmer.stem(t) : t);
        }
        return out;
    }
}
