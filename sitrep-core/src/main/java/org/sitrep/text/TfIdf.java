package org.sitrep.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Term weighting by frequency in a text times inverse document frequency over a collection: terms
 * that every document uses weigh little, terms that set a document apart weigh much. Built once from
 * the collection's term bags; immutable and thread-safe after construction.
 *
 * <p>Uses sublinear term frequency ({@code 1 + ln tf}) and smoothed idf ({@code ln((1 + N) / (1 + df)) + 1})
 * so a term present everywhere keeps a small positive weight.
 */
public final class TfIdf {

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TfIdf(Map<String, Integer> df, int documents) {
        this.documentFrequency = Map.copyOf(df);
        this.documents = documents;
    }

    /** Document frequencies over {@code bags}, each the terms of one document (repeats allowed). */
    public static TfIdf fit(Collection<? extends Collection<String>> bags) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> bag : bags) {
            Set<String> seen = new HashSet<>(bag);
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new TfIdf(df, bags.size());
    }

    /** Inverse document frequency of {@code term}. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    /** The weighted vector of one bag of terms. */
    public TermVector vector(Collection<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, n) -> w.put(t, (1 + Math.log(n)) * idf(t)));
        return new TermVector(w);
    }

    /** Number of documents the frequencies were counted over. */
    public int documents() {
        return documents;
    }
}
