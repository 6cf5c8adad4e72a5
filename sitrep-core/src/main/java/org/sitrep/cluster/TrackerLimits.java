package org.sitrep.cluster;

/**
 * The bounds on what {@link StoryTracker} keeps and how much it compares per article: together they
 * make the cost of an article independent of the corpus size and the memory proportional to the
 * active stories, never to the articles seen.
 *
 * @param maxActiveStories the active set never holds more (default 20,000, about 150 MB at 384
 *     dimensions); past it the story updated longest ago closes, so a stream without dates stays bounded
 * @param profileTerms content terms a story keeps, those weighing most by weight times idf (default 64;
 *     pruned when twice as many have accumulated)
 * @param profileNames names a story keeps, likewise (default 32)
 * @param centroidMemory articles after which a story's centroid and profiles become an exponential
 *     average over about that many recent articles (default 200), so a long-running story follows
 *     its latest coverage
 * @param maxOriginals the most recent originals of a story whose signatures are kept to find copies
 *     (default 128); a copy of an older one is counted as a source of its own
 * @param exactScanBelow with at most this many active stories every one is compared (default 256);
 *     beyond, only the candidates of the centroid index and the blocking index
 * @param nearestStories stories the centroid index returns per article (default 16)
 * @param searchBreadth candidates the centroid index's search keeps per step (its ef; default 32: twice
 *     the stories asked for; searching and linking were most of the cost per article at 64, and
 *     blocking finds what the index misses)
 * @param indexLinks neighbours per node of the centroid index (default 12)
 * @param blockingKeys an article's most specific names, and as many terms, used for blocking (default 6)
 * @param blockingStories stories blocking returns per article at most (default 32)
 * @param postingSize stories a blocking key remembers (default 16, the most recent)
 * @param reindexSimilarity a story's centroid is re-indexed when its cosine with the indexed one falls
 *     below this (default 0.95: re-linking a story in the index costs more than the rest of an article,
 *     and a centroid that moved by less still leads the search to the story's neighbourhood)
 * @param statisticsBits document-frequency counters per row, as a power of two (default 20: 8 MB)
 */
public record TrackerLimits(int maxActiveStories, int profileTerms, int profileNames, int centroidMemory,
        int maxOriginals, int exactScanBelow, int nearestStories, int searchBreadth, int indexLinks, int blockingKeys,
        int blockingStories, int postingSize, double reindexSimilarity, int statisticsBits) {

    public TrackerLimits {
        if (maxActiveStories < 1 || profileTerms < 1 || profileNames < 1 || centroidMemory < 1 || maxOriginals < 1
                || exactScanBelow < 0 || nearestStories < 1 || searchBreadth < 1 || indexLinks < 2 || blockingKeys < 0
                || blockingStories < 0 || postingSize < 1 || statisticsBits < 1 || statisticsBits > 30) {
            throw new IllegalArgumentException("bad tracker limits");
        }
        if (!(reindexSimilarity > 0 && reindexSimilarity <= 1)) {
            throw new IllegalArgumentException("reindexSimilarity must be in (0, 1]");
        }
    }

    public static TrackerLimits defaults() {
        return new TrackerLimits(20_000, 64, 32, 200, 128, 256, 16, 32, 12, 6, 32, 16, 0.95, 20);
    }
}
