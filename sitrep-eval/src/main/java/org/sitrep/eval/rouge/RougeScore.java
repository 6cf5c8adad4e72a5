package org.sitrep.eval.rouge;

/**
 * Precision, recall and F1 of one ROUGE measure for one summary. F1 is the harmonic mean of the two,
 * 0 when both are 0.
 */
public record RougeScore(double precision, double recall, double f1) {

    public static final RougeScore ZERO = new RougeScore(0, 0, 0);

    public RougeScore {
        if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1 && f1 >= 0 && f1 <= 1)) {
            throw new IllegalArgumentException("scores must be in [0, 1]: " + precision + ", " + recall + ", " + f1);
        }
    }

    /** The score of {@code matched} units out of {@code predicted} in the summary and {@code reference} in the reference. */
    public static RougeScore of(int matched, int predicted, int reference) {
        double p = matched / (double) Math.max(predicted, 1);
        double r = matched / (double) Math.max(reference, 1);
        return new RougeScore(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}
