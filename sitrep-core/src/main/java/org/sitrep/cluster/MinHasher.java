package org.sitrep.cluster;

/**
 * MinHash signatures of shingle sets by one-permutation hashing with optimal densification
 * (Shrivastava, ICML 2017): each shingle hash falls into one of {@code size} bins and each bin keeps
 * its smallest value; an empty bin borrows the value of the first non-empty bin on a probe sequence
 * that depends only on the bin, so two sets are probed alike. The share of equal slots of two
 * signatures estimates the Jaccard similarity of the sets, with a standard error of about
 * {@code sqrt(J(1-J)/size)}.
 *
 * <p>Cost is linear in the number of shingles plus the number of bins, whatever the corpus size.
 * Pure and thread-safe.
 */
final class MinHasher {

    private static final long PROBE_SEED = 0x64656e73L;
    private static final int NO_SIGNATURE_LENGTH = 0;

    private final int size;

    MinHasher(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("signature size must be positive: " + size);
        }
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The signature of the first {@code count} hashes of {@code shingles}; empty when there are none. */
    int[] signature(long[] shingles, int count) {
        if (count == 0) {
            return new int[NO_SIGNATURE_LENGTH];
        }
        int[] sig = new int[size];
        boolean[] filled = new boolean[size];
        for (int i = 0; i < count; i++) {
            long h = shingles[i];
            int bin = bin(h);
            int value = (int) h;
            if (!filled[bin] || Integer.compareUnsigned(value, sig[bin]) < 0) {
                sig[bin] = value;
                filled[bin] = true;
            }
        }
        int[] dense = sig.clone();
        for (int i = 0; i < size; i++) {
            if (!filled[i]) {
                for (long attempt = 1; ; attempt++) {
                    int j = bin(FeatureHash.mix(PROBE_SEED ^ (i * 0x9e3779b97f4a7c15L + attempt)));
                    if (filled[j]) {
                        dense[i] = sig[j];
                        break;
                    }
                }
            }
        }
        return dense;
    }

    private int bin(long h) {
        return (int) (((h >>> 32) * size) >>> 32);
    }

    /** Estimated Jaccard similarity: the share of equal slots; 0 when either signature is empty. */
    static double similarity(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }
}
