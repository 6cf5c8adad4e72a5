package org.sitrep.eval.entities;

/**
 * The one-to-one assignment of rows to columns of a weight matrix with the greatest total weight
 * (the Hungarian method, in its O(n³) form with row and column potentials), as CEAF needs to align
 * key and response entities. Rectangular matrices are padded with zero weights.
 *
 * <p>Stateless.
 */
final class MaxWeightMatching {

    private MaxWeightMatching() {
    }

    /**
     * The column assigned to each row ({@code -1} for a row left unassigned when there are more rows
     * than columns), maximising the sum of {@code weight[row][column]} over assigned pairs.
     * Weights must be finite; {@code weight} may be empty.
     */
    static int[] assign(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return new int[0];
        }
        double max = 0;
        for (double[] row : weight) {
            for (double w : row) {
                max = Math.max(max, w);
            }
        }
        // minimise cost = max - weight over an n x n matrix (padding costs max, i.e. weight 0)
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double w = i <= rows && j <= cols ? weight[i - 1][j - 1] : 0;
                cost[i][j] = max - w;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] matchedRow = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            matchedRow[0] = i;
            int col = 0;
            double[] minv = new double[n + 1];
            boolean[] used = new boolean[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[col] = true;
                int row = matchedRow[col];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double reduced = cost[row][j] - u[row] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = col;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[matchedRow[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                col = next;
            } while (matchedRow[col] != 0);
            do {
                int previous = way[col];
                matchedRow[col] = matchedRow[previous];
                col = previous;
            } while (col != 0);
        }
        int[] assignment = new int[rows];
        java.util.Arrays.fill(assignment, -1);
        for (int j = 1; j <= n; j++) {
            int i = matchedRow[j];
            if (i >= 1 && i <= rows && j <= cols) {
                assignment[i - 1] = j - 1;
            }
        }
        return assignment;
    }
}
