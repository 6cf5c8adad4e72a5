package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.text.Folding;
import org.sitrep.text.Stopwords;

/**
 * The content terms of a run of tokens: folded lemmas of nouns, verbs, adjectives and numbers, with
 * stopwords and punctuation left out. What clustering, summaries and citation support compare.
 * When tokens carry no part of speech (plain test fixtures), every alphanumeric non-stopword counts.
 */
public final class ContentTerms {

    private ContentTerms() {
    }

    /** Content terms of {@code tokens}, in order, repeats kept. */
    public static List<String> of(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String term = termOf(t);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** The term a token contributes, or null when it contributes none. */
    public static String termOf(Token t) {
        String pos = t.pos();
        if (!pos.isEmpty() && !(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ")
                || pos.equals("CD"))) {
            return null;
        }
        String base = t.isProperNoun() ? t.word() : t.lemma();
        String term = Folding.fold(base).toLowerCase(Locale.ROOT);
        if (term.length() < 2 || !Character.isLetterOrDigit(term.charAt(0)) || Stopwords.contains(term)) {
            return null;
        }
        return term;
    }
}
