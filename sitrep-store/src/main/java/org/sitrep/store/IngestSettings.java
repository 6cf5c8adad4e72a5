package org.sitrep.store;

/**
 * Settings of {@link WorkspaceIngester}.
 *
 * @param batchSize new articles annotated, placed and committed together (default 32): a crash loses
 *     at most one batch of work, and a larger batch saves little since annotation dominates
 * @param contextArticles most articles of active stories clustered together with a batch (default
 *     600): bounds the batch clusterer's cost, which grows with the cube of its input
 * @param windowDays a stored story is active for a batch when its dates come within this many days
 *     of the batch's dates (default 21, the clusterer's own limit on days between one story's articles)
 */
public record IngestSettings(int batchSize, int contextArticles, int windowDays) {

    public IngestSettings {
        if (batchSize < 1 || contextArticles < 0 || windowDays < 0) {
            throw new IllegalArgumentException("batchSize must be at least 1, contextArticles and windowDays not negative");
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(32, 600, 21);
    }
}
