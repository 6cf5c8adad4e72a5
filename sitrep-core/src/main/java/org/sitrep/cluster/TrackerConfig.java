package org.sitrep.cluster;

/**
 * How {@link StoryTracker} decides whether an article joins a story: the weights of the three
 * similarities it mixes, the threshold, the active window and the near-duplicate threshold. The
 * limits on memory and work are in {@link TrackerLimits}.
 *
 * <p>An article's similarity to a story is the weighted mean of the cosine of its lead embedding with
 * the story's centroid (rescaled so that {@code embeddingFloor} maps to 0), the cosine of their
 * idf-weighted content terms, and the cosine of their idf-weighted names and the figures and dates
 * they state ({@link EventDetails}; counted only when both have some), minus a time penalty. It joins
 * the story with the largest similarity above its threshold, and starts a story when there is none.
 * The threshold is the join threshold, raised by {@code conflictMargin} for a story that holds too
 * little of the article's details: join on strong evidence, start a new story on a detail conflict.
 *
 * @param joinThreshold similarity from which an article joins a story when both have embeddings
 *     (default 0.25: the low end of the plateau of B-cubed F1 on ECB+, whose sibling stories are
 *     unusually alike; reports of one event from different angles score from about 0.27 up. See
 *     BENCHMARKS.md for how ECB+ scores move with it)
 * @param lexicalJoinThreshold the threshold when either side has no embedding, so that only terms and
 *     names are compared (default 0.20)
 * @param embeddingWeight weight of the embedding cosine (default 1)
 * @param termWeight weight of the content-term cosine (default 1)
 * @param nameWeight weight of the name cosine (default 0.5: names are few, so their cosine is noisy)
 * @param embeddingFloor the embedding cosine typical of unrelated texts, which counts as 0 (default 0,
 *     right for all-MiniLM-L6-v2, whose unrelated news leads average 0.04)
 * @param windowDays a story closes, and leaves the active set, when it has had no article for this many
 *     days of the stream's clock (default 14); nothing joins a closed story
 * @param timePenalty what is taken off the similarity when an article's date is a whole window away
 *     from the story's dates, in proportion below that (default 0.1)
 * @param duplicateThreshold estimated shingle Jaccard similarity from which an article is a copy of an
 *     earlier one (default 0.5, as in the batch finder: syndicated copies with a new headline and a line
 *     or two changed stay above it)
 * @param conflictShare an article and a story each stating at least {@code conflictDetails} details
 *     (names, figures, dates: {@link EventDetails}) conflict when the story holds less than this share
 *     of the article's details, each counted by how often the article states it (default 0.2): the article is then taken for a report of
 *     another event of the same kind (a second earthquake, another arrest) and joins only on
 *     {@code conflictMargin} more similarity. Set on ECB+'s tuning topics, where F1 is flat from 0.15
 *     to 0.25 (see BENCHMARKS.md)
 * @param conflictMargin what the join threshold rises by on a conflict (default 0.1; 0 turns the rule off)
 * @param conflictDetails details each side must state before their disagreement counts (default 3: an
 *     article naming one place says too little to contradict a story)
 */
public record TrackerConfig(double joinThreshold, double lexicalJoinThreshold, double embeddingWeight,
        double termWeight, double nameWeight, double embeddingFloor, int windowDays, double timePenalty,
        double duplicateThreshold, double conflictShare, double conflictMargin, int conflictDetails) {

    public TrackerConfig {
        if (!(joinThreshold > 0 && joinThreshold <= 1) || !(lexicalJoinThreshold > 0 && lexicalJoinThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
        if (embeddingWeight < 0 || termWeight < 0 || nameWeight < 0 || termWeight + nameWeight <= 0) {
            throw new IllegalArgumentException("weights must be non-negative, terms and names not both zero");
        }
        if (!(embeddingFloor >= 0 && embeddingFloor < 1)) {
            throw new IllegalArgumentException("embeddingFloor must be in [0, 1)");
        }
        if (windowDays < 1 || timePenalty < 0 || !(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new IllegalArgumentException("bad window, time penalty or duplicate threshold");
        }
        if (!(conflictShare >= 0 && conflictShare <= 1) || !(conflictMargin >= 0) || conflictDetails < 1) {
            throw new IllegalArgumentException("conflictShare must be in [0, 1], conflictMargin >= 0, conflictDetails >= 1");
        }
    }

    public static TrackerConfig defaults() {
        return new TrackerConfig(0.25, 0.20, 1, 1, 0.5, 0, 14, 0.1, 0.5, 0.2, 0.1, 3);
    }

    /** A copy with other join thresholds (for sensitivity runs). */
    public TrackerConfig withThresholds(double join, double lexicalJoin) {
        return new TrackerConfig(join, lexicalJoin, embeddingWeight, termWeight, nameWeight, embeddingFloor,
                windowDays, timePenalty, duplicateThreshold, conflictShare, conflictMargin, conflictDetails);
    }
}
