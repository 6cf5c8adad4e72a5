package org.sitrep.eval.extract;

/**
 * Precision, recall and F1, each between 0 and 1. Immutable.
 */
public record Prf(double precision, double recall, double f1) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        for (double v : new double[] {precision, recall, f1}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("scores must be between 0 and 1: " + v);
            }
        }
    }

    /** F1 of the given precision and recall (0 when both are 0). */
    public static Prf of(double precision, double recall) {
        return new Prf(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /** The macro mean of {@code scores} (each of P, R and F1 averaged on its own); {@link #ZERO} for none. */
    public static Prf mean(java.util.Collection<Prf> scores) {
        if (scores.isEmpty()) {
            return ZERO;
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (Prf s : scores) {
            p += s.precision;
            r += s.recall;
            f += s.f1;
        }
        int n = scores.size();
        return new Prf(p / n, r / n, f / n);
    }
}
