package org.sitrep.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse vector of term weights with its Euclidean norm cached, compared by cosine similarity.
 * Immutable and thread-safe.
 */
public final class TermVector {

    /** The vector with no terms; its cosine with anything is 0. */
    public static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;
    private final double norm;

    public TermVector(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
        double sum = 0;
        for (double w : this.weights.values()) {
            sum += w * w;
        }
        this.norm = Math.sqrt(sum);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Cosine of the angle between the two vectors, in [0, 1] for non-negative weights; 0 when either is empty. */
    public double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm * other.norm);
    }

    /** The sum of this vector and {@code other}. */
    public TermVector plus(TermVector other) {
        Map<String, Double> sum = new HashMap<>(weights);
        other.weights.forEach((k, v) -> sum.merge(k, v, Double::sum));
        return new TermVector(sum);
    }

    /** This vector scaled to unit length (or empty). */
    public TermVector normalized() {
        if (norm == 0) {
            return EMPTY;
        }
        Map<String, Double> unit = new HashMap<>();
        weights.forEach((k, v) -> unit.put(k, v / norm));
        return new TermVector(unit);
    }
}
