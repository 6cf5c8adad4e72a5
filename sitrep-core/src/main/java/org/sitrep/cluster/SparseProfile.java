package org.sitrep.cluster;

import java.util.Arrays;

/**
 * The weighted terms (or names) of a story: parallel arrays of keys, sorted ascending, and weights,
 * the sum of its articles' weights. Compared with an article by the cosine of their idf-weighted
 * vectors under the current {@link TermStatistics}. Bounded: {@link #prune} keeps the entries that
 * weigh most, so a story of 50,000 articles holds no more keys than one of fifty.
 *
 * <p>Mutable, owned by one story of one tracker; not thread-safe.
 */
final class SparseProfile {

    private static final long[] NO_KEYS = new long[0];
    private static final float[] NO_WEIGHTS = new float[0];

    private long[] keys;
    private float[] weights;

    SparseProfile() {
        this(NO_KEYS, NO_WEIGHTS);
    }

    SparseProfile(long[] keys, float[] weights) {
        if (keys.length != weights.length) {
            throw new IllegalArgumentException("every key needs one weight");
        }
        this.keys = keys.clone();
        this.weights = weights.clone();
    }

    int size() {
        return keys.length;
    }

    long[] keys() {
        return keys.clone();
    }

    float[] weights() {
        return weights.clone();
    }

    /** Adds the sorted keys {@code k} with weights {@code w}: a merge of two sorted lists. */
    void add(long[] k, float[] w) {
        long[] mk = new long[keys.length + k.length];
        float[] mw = new float[mk.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < k.length) {
            if (j == k.length || (i < keys.length && keys[i] < k[j])) {
                mk[n] = keys[i];
                mw[n++] = weights[i++];
            } else if (i == keys.length || k[j] < keys[i]) {
                mk[n] = k[j];
                mw[n++] = w[j++];
            } else {
                mk[n] = keys[i];
                mw[n++] = weights[i++] + w[j++];
            }
        }
        keys = n == mk.length ? mk : Arrays.copyOf(mk, n);
        weights = n == mw.length ? mw : Arrays.copyOf(mw, n);
    }

    /** Multiplies every weight by {@code factor} (how older articles fade from a long story). */
    void scale(float factor) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= factor;
        }
    }

    /** Keeps the {@code cap} entries of highest weight times idf once there are more than twice as many. */
    void prune(int cap, TermStatistics stats) {
        if (keys.length <= 2 * cap) {
            return;
        }
        Integer[] order = new Integer[keys.length];
        double[] score = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = i;
            score[i] = weights[i] * stats.idf(keys[i]);
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Long.compare(keys[a], keys[b]);
        });
        int[] kept = new int[cap];
        for (int i = 0; i < cap; i++) {
            kept[i] = order[i];
        }
        Arrays.sort(kept);
        long[] nk = new long[cap];
        float[] nw = new float[cap];
        for (int i = 0; i < cap; i++) {
            nk[i] = keys[kept[i]];
            nw[i] = weights[kept[i]];
        }
        keys = nk;
        weights = nw;
    }

    /**
     * Cosine of this profile and an article's idf-weighted vector: {@code k} sorted keys,
     * {@code weighted} their weights already multiplied by idf, {@code norm} that vector's length.
     */
    double cosine(long[] k, double[] weighted, double norm, TermStatistics stats) {
        if (norm == 0 || keys.length == 0) {
            return 0;
        }
        double dot = 0;
        double own = 0;
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            double idf = stats.idf(keys[i]);
            double w = weights[i] * idf;
            own += w * w;
            while (j < k.length && k[j] < keys[i]) {
                j++;
            }
            if (j < k.length && k[j] == keys[i]) {
                dot += weighted[j] * w;
            }
        }
        return own == 0 ? 0 : dot / (norm * Math.sqrt(own));
    }

    /**
     * The share of an article's vector ({@code k} sorted keys, {@code weighted} their weights,
     * {@code norm} its length) that falls on keys this profile holds: the sum of their squared weights
     * over the squared norm, 1 when the profile holds every key.
     */
    double share(long[] k, double[] weighted, double norm) {
        if (norm == 0) {
            return 0;
        }
        double held = 0;
        int i = 0;
        for (int j = 0; j < k.length; j++) {
            while (i < keys.length && keys[i] < k[j]) {
                i++;
            }
            if (i < keys.length && keys[i] == k[j]) {
                held += weighted[j] * weighted[j];
            }
        }
        return held / (norm * norm);
    }

    /** The {@code n} keys of highest weight times idf, best first. */
    long[] topKeys(int n, TermStatistics stats) {
        return top(keys, weights, n, stats);
    }

    /** The {@code n} of {@code k} with the highest weight times idf, best first (ties: smaller key). */
    static long[] top(long[] k, float[] w, int n, TermStatistics stats) {
        Integer[] order = new Integer[k.length];
        double[] score = new double[k.length];
        for (int i = 0; i < k.length; i++) {
            order[i] = i;
            score[i] = w[i] * stats.idf(k[i]);
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(score[b], score[a]);
            return c != 0 ? c : Long.compare(k[a], k[b]);
        });
        long[] out = new long[Math.min(n, k.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = k[order[i]];
        }
        return out;
    }
}
