package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.rouge.PorterStemmer;
import org.sitrep.text.Stopwords;

/**
 * The words the graph baselines compare sentences by: lower-cased alphanumeric tokens, stopwords left
 * out, Porter-stemmed (original algorithm). Thread-safe.
 */
final class SentenceTerms {

    private static final PorterStemmer STEMMER = new PorterStemmer(PorterStemmer.Mode.ORIGINAL);

    private SentenceTerms() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty() && !Stopwords.contains(t)) {
                out.add(STEMMER.stem(t));
            }
        }
        return out;
    }
}
