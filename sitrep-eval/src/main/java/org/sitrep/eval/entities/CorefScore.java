package org.sitrep.eval.entities;

/**
 * Precision and recall of one coreference metric, with their harmonic mean. Immutable.
 *
 * @param precision in [0, 1]
 * @param recall in [0, 1]
 */
public record CorefScore(double precision, double recall) {

    public CorefScore {
        if (!(precision >= 0 && precision <= 1) || !(recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("precision and recall must lie in [0, 1]: " + precision + ", " + recall);
        }
    }

    /** F1: the harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The score for a ratio whose denominator may be 0 (then 0). */
    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
