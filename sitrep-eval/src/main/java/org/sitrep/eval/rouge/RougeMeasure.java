package org.sitrep.eval.rouge;

/** The ROUGE measures Sitrep reports, with the names {@code rouge-score} gives them. */
public enum RougeMeasure {
    /** Unigram overlap ({@code rouge1}). */
    ROUGE_1("ROUGE-1"),
    /** Bigram overlap ({@code rouge2}). */
    ROUGE_2("ROUGE-2"),
    /** Longest common subsequence of the whole summary and reference ({@code rougeL}, not {@code rougeLsum}). */
    ROUGE_L("ROUGE-L");

    private final String label;

    RougeMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
