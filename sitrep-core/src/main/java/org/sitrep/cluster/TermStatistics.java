package org.sitrep.cluster;

/**
 * Document frequencies of term and name keys over every article the tracker has seen, for inverse
 * document frequency weights. A count-min sketch (two rows of {@code 2^bits} counters) holds them in
 * fixed memory whatever the vocabulary: a key's frequency is the smaller of its two counters, which
 * can only overstate it, and rarely does at news vocabulary sizes.
 *
 * <p>Smoothed idf: {@code ln((1 + N) / (1 + df)) + 1}, as {@link org.sitrep.text.TfIdf} uses. Not
 * thread-safe (owned by one tracker).
 */
final class TermStatistics {

    private static final int ROWS = 2;
    private static final long SECOND_ROW_SEED = 0x726f7732L;

    private final int bits;
    private final int mask;
    private final int[][] counts;
    private long documents;

    TermStatistics(int bits) {
        if (bits < 1 || bits > 30) {
            throw new IllegalArgumentException("bits must be in [1, 30]: " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.counts = new int[ROWS][1 << bits];
    }

    int bits() {
        return bits;
    }

    long documents() {
        return documents;
    }

    /** Counts one document holding the distinct {@code keys} of each array. */
    void add(long[]... keyArrays) {
        documents++;
        for (long[] keys : keyArrays) {
            for (long k : keys) {
                int a = slot(k, 0);
                int b = slot(k, 1);
                if (counts[0][a] < Integer.MAX_VALUE) {
                    counts[0][a]++;
                }
                if (counts[1][b] < Integer.MAX_VALUE) {
                    counts[1][b]++;
                }
            }
        }
    }

    /** Documents that held {@code key} (an upper bound). */
    int frequency(long key) {
        return Math.min(counts[0][slot(key, 0)], counts[1][slot(key, 1)]);
    }

    double idf(long key) {
        return Math.log((1.0 + documents) / (1.0 + frequency(key))) + 1.0;
    }

    private int slot(long key, int row) {
        long h = row == 0 ? key : FeatureHash.mix(key ^ SECOND_ROW_SEED);
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The counters of one row, for snapshots. */
    int[] row(int r) {
        return counts[r];
    }

    /** Restores counters and the document count from a snapshot. */
    void restore(int[][] rows, long docs) {
        if (rows.length != ROWS || rows[0].length != counts[0].length || rows[1].length != counts[1].length) {
            throw new IllegalArgumentException("snapshot statistics do not fit " + bits + " bits");
        }
        System.arraycopy(rows[0], 0, counts[0], 0, rows[0].length);
        System.arraycopy(rows[1], 0, counts[1], 0, rows[1].length);
        this.documents = docs;
    }

    static int rows() {
        return ROWS;
    }
}
