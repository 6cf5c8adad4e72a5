package org.sitrep.report;

/**
 * Counts for a run's closing line: documents read, articles extracted, stories found, inputs that
 * failed and inputs that produced warnings.
 */
public record RunStats(int documents, int articles, int stories, int failed, int warnings) {

    public RunStats {
        if (documents < 0 || articles < 0 || stories < 0 || failed < 0 || warnings < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
