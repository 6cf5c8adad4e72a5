package org.sitrep.analyse;

/**
 * Settings of {@link Summarizer} and {@link HeadlineWriter}.
 *
 * @param maxSentences most summary sentences (default 5)
 * @param maxWords word budget of the summary; the sentence that would pass it is not taken unless
 *     the summary has fewer than {@code minSentences} (default 130)
 * @param minSentences fewest summary sentences when the story has that many usable ones (default 3)
 * @param minSentenceWords shorter sentences are not summary material (default 8)
 * @param maxSentenceWords longer sentences are not summary material (default 60)
 * @param maxHeadlineWords the headline's limit (default 40)
 * @param supportThreshold cosine from which another source's sentence supports one (default 0.4: below
 *     it, sentences on the seeds and examples share names more than content)
 * @param redundancy MMR trade-off: weight of a sentence's own score against its overlap with
 *     sentences already chosen (default 0.7)
 * @param supportWeight weight of cross-source support in a sentence's score (default 0.5)
 * @param leadWeight bonus of an article's first sentence, where news puts what matters; the second
 *     and third get 60% and 30% of it (default 0.3)
 * @param actorWeight weight of the share of the story's five main actors a sentence names (default 0.2)
 * @param eventWeight headline only: weight of reporting an event with a named actor and target, in
 *     proportion to the share of sources that report that event (default 0.4: a headline says who
 *     did what to whom)
 * @param quotePenalty score taken off a sentence in proportion to how much of it is a direct quote
 *     (default 0.3: a summary reports, it does not quote at length)
 */
public record SummaryConfig(int maxSentences, int maxWords, int minSentences, int minSentenceWords,
        int maxSentenceWords, int maxHeadlineWords, double supportThreshold, double redundancy, double supportWeight,
        double leadWeight, double actorWeight, double eventWeight, double quotePenalty) {

    public SummaryConfig {
        if (maxSentences < 1 || minSentences < 1 || minSentences > maxSentences || maxWords < 1
                || minSentenceWords < 1 || maxSentenceWords < minSentenceWords || maxHeadlineWords < 1) {
            throw new IllegalArgumentException("bad summary sizes");
        }
        if (supportThreshold <= 0 || supportThreshold > 1 || redundancy < 0 || redundancy > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }

    public static SummaryConfig defaults() {
        return new SummaryConfig(5, 130, 3, 8, 60, 40, 0.4, 0.7, 0.5, 0.3, 0.2, 0.4, 0.3);
    }

    /** Defaults with another word budget. */
    public SummaryConfig withMaxWords(int words) {
        return new SummaryConfig(maxSentences, words, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, redundancy, supportWeight, leadWeight, actorWeight, eventWeight,
                quotePenalty);
    }
}
