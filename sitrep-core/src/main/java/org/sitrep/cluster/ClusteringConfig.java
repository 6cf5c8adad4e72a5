package org.sitrep.cluster;

/**
 * Settings of {@link SimilarityClusterer}.
 *
 * @param linkThreshold two groups of articles become one story when their average similarity is at
 *     least this (default 0.15: similarity is a weighted cosine in [0, 1]; on the example corpus,
 *     reports of one event average 0.13 to 0.42 with each other and reports of different events at
 *     most 0.05)
 * @param contentWeight weight of the content-word cosine in the similarity (default 0.6)
 * @param nameWeight weight of the named-mention cosine (default 0.4)
 * @param maxDaysApart articles whose published dates are further apart than this are never one story
 *     (default 21); articles without a date are not constrained
 * @param shingleSize words per shingle when looking for near-duplicates (default 5)
 * @param duplicateThreshold shingle Jaccard similarity from which an article is a copy of an earlier
 *     one (default 0.5: syndicated copies with a new headline and a line or two changed stay above it)
 */
public record ClusteringConfig(double linkThreshold, double contentWeight, double nameWeight, int maxDaysApart,
        int shingleSize, double duplicateThreshold) {

    public ClusteringConfig {
        if (linkThreshold <= 0 || linkThreshold > 1) {
            throw new IllegalArgumentException("linkThreshold must be in (0, 1]");
        }
        if (contentWeight < 0 || nameWeight < 0 || contentWeight + nameWeight <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and not both zero");
        }
        if (maxDaysApart < 0 || shingleSize < 1 || duplicateThreshold <= 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("bad clustering config");
        }
    }

    public static ClusteringConfig defaults() {
        return new ClusteringConfig(0.15, 0.6, 0.4, 21, 5, 0.5);
    }
}
