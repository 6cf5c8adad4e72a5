package org.sitrep.eval.rouge;

import java.util.Objects;

/**
 * How ROUGE is computed: whether tokens are stemmed and how the scores against several references
 * are combined. ROUGE implementations disagree by points on the same outputs, so every printed score
 * carries {@link #describe()}.
 *
 * @param stem Porter stemming of tokens longer than three characters (default true, as rouge-score's
 *     {@code use_stemmer=True})
 * @param references how one summary's scores against several references become one (default
 *     {@link Aggregation#MEAN})
 */
public record RougeConfig(boolean stem, Aggregation references) {

    /** How scores against several references are combined. */
    public enum Aggregation {
        /** The mean over references of each measure's precision, recall and F1. */
        MEAN,
        /** For each measure, the score against the reference with the highest F1 (rouge-score's {@code score_multi}). */
        MAX
    }

    public RougeConfig {
        Objects.requireNonNull(references, "references");
    }

    public static RougeConfig defaults() {
        return new RougeConfig(true, Aggregation.MEAN);
    }

    public RougeConfig withReferences(Aggregation a) {
        return new RougeConfig(stem, a);
    }

    /** One line naming the exact configuration. */
    public String describe() {
        return "ROUGE-1/2/L F1 as Google rouge-score computes them (rouge1, rouge2, rougeL): lower-cased, "
                + "non-alphanumeric characters to spaces, white-space tokens, "
                + (stem ? "Porter stemming (NLTK variant) of tokens longer than 3 characters" : "no stemming")
                + ", stopwords kept, ROUGE-L = LCS of the whole summary (no sentence split); several references: "
                + (references == Aggregation.MEAN ? "mean over references" : "max over references (by F1)");
    }
}
