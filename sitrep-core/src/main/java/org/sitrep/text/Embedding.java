package org.sitrep.text;

import java.util.Arrays;

/**
 * A dense vector that stands for the meaning of a text (a sentence embedding), scaled to unit length
 * so that the dot product of two embeddings is their cosine. Immutable: the array is copied in and out.
 */
public final class Embedding {

    private final float[] values;

    private Embedding(float[] unit) {
        this.values = unit;
    }

    /** The embedding of {@code raw}, scaled to unit length (the zero vector stays zero). */
    public static Embedding of(float[] raw) {
        double sum = 0;
        for (float v : raw) {
            sum += v * (double) v;
        }
        double norm = Math.sqrt(sum);
        float[] unit = new float[raw.length];
        if (norm > 0) {
            for (int i = 0; i < raw.length; i++) {
                unit[i] = (float) (raw[i] / norm);
            }
        }
        return new Embedding(unit);
    }

    /**
     * The embedding whose {@link #values()} these are, taken as they are: for an embedding carried
     * elsewhere as its values and read back. Unlike {@link #of}, no rescaling, so it equals the one the
     * values were taken from, bit for bit.
     */
    public static Embedding ofValues(float[] values) {
        return new Embedding(values.clone());
    }

    public int dimension() {
        return values.length;
    }

    public float[] values() {
        return values.clone();
    }

    /** Cosine similarity, in [-1, 1]; 0 when either is the zero vector. */
    public double cosine(Embedding other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("dimensions differ: " + values.length + " and " + other.values.length);
        }
        double dot = 0;
        for (int i = 0; i < values.length; i++) {
            dot += values[i] * (double) other.values[i];
        }
        return dot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
