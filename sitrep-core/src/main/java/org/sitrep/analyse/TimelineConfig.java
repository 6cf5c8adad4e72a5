package org.sitrep.analyse;

/**
 * Settings of {@link TimelineBuilder}.
 *
 * @param maxEntries most entries (default 15); when there are more, the best supported are kept
 * @param mergeThreshold cosine from which a dated sentence supports another of the same date, so both are
 *     one entry (default 0.4, as for summary citations; the sentences must also share a name and figures)
 * @param maxEntryWords entries longer than this are cut at a word boundary (default 45)
 */
public record TimelineConfig(int maxEntries, double mergeThreshold, int maxEntryWords) {

    public TimelineConfig {
        if (maxEntries < 1 || mergeThreshold <= 0 || mergeThreshold > 1 || maxEntryWords < 5) {
            throw new IllegalArgumentException("bad timeline config");
        }
    }

    public static TimelineConfig defaults() {
        return new TimelineConfig(15, 0.4, 45);
    }
}
