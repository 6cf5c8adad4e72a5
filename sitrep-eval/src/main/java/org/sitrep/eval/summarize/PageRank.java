package org.sitrep.eval.summarize;

/**
 * PageRank by power iteration on a weighted graph of sentences: each node passes its score to its
 * neighbours in proportion to the edge weights, and a share {@code 1 - damping} of every score is
 * spread evenly (the random jump). A node with no edges keeps only its share of the jump. Iterates
 * until no score moves by more than the tolerance, or a fixed number of rounds.
 *
 * <p>Stateless; each round is quadratic in the nodes.
 */
final class PageRank {

    /** The usual damping factor (Brin and Page; TextRank; LexRank's 0.15 jump). */
    static final double DAMPING = 0.85;
    private static final double TOLERANCE = 1e-8;
    private static final int MAX_ROUNDS = 1000;

    private PageRank() {
    }

    /** Scores of the nodes of the symmetric, non-negative weight matrix {@code w}; they sum to 1. */
    static double[] scores(double[][] w, double damping) {
        int n = w.length;
        if (n == 0) {
            return new double[0];
        }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outWeight[i] += w[i][j];
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] next = new double[n];
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    dangling += p[j];
                }
            }
            for (int i = 0; i < n; i++) {
                double in = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0) {
                        in += w[j][i] / outWeight[j] * p[j];
                    }
                }
                // a node with no edges gives its score back evenly, so the scores keep summing to 1
                next[i] = (1 - damping) / n + damping * (in + dangling / n);
            }
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved = Math.max(moved, Math.abs(next[i] - p[i]));
            }
            p = next;
            if (moved < TOLERANCE) {
                break;
            }
        }
        return p;
    }
}
