package org.sitrep.analyse;

/**
 * Settings of {@link Summarizer}, {@link HeadlineWriter} and the sentence pool they share.
 *
 * @param maxSentences most summary sentences (default 5; {@link #forWords} raises it with the length)
 * @param maxWords the summary's length in words: sentences are added while they fit, so the summary
 *     ends within the last sentence's length below it (default 130)
 * @param minSentences fewest summary sentences when the story has that many usable ones (default 3)
 * @param minSentenceWords shorter sentences are not summary material (default 8)
 * @param maxSentenceWords longer sentences are not summary material (default 60)
 * @param maxHeadlineWords the headline's limit (default 40)
 * @param supportThreshold TF-IDF cosine from which another source's sentence can support one (default
 *     0.4: below it, sentences on the seeds and examples share names more than content)
 * @param meaningThreshold sentence-embedding cosine from which another source's sentence can support
 *     one, when an embedder is given (default 0.6: MiniLM puts restatements of one fact above it and
 *     different facts about the same event mostly below)
 * @param redundancy MMR trade-off: weight of a sentence's own value against its similarity to the
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
 * @param coverageWeight weight of what a sentence adds to the summary's coverage of the story's
 *     content that several sources report (word pairs, actors, events, disputed and agreed figures),
 *     as a share of the most any one sentence covers (default 1.0: as much as centrality)
 * @param maxCandidates most sentences pooled per story, taken in lead order when a story has more
 *     (default 1500: keeps a 5,000-article story to seconds, as the work is quadratic in the pool)
 * @param meaningSources fewest independent sources a story needs for its sentences to be compared
 *     by meaning (sentence embeddings) when an embedder is given; a story with fewer is compared by
 *     its words only (default 2: what embeddings add is telling which other source's sentence states
 *     the same fact, and a one-source story has none; most stories of a scraped corpus are one
 *     article, and embedding their sentences was most of the analysis time)
 */
public record SummaryConfig(int maxSentences, int maxWords, int minSentences, int minSentenceWords,
        int maxSentenceWords, int maxHeadlineWords, double supportThreshold, double meaningThreshold,
        double redundancy, double supportWeight, double leadWeight, double actorWeight, double eventWeight,
        double quotePenalty, double coverageWeight, int maxCandidates, int meaningSources) {

    /** The default length of a summary in words. */
    public static final int DEFAULT_WORDS = 130;

    /** Short news sentences run about this many words; a longer summary gets a sentence slot for each. */
    static final int WORDS_PER_SENTENCE_ROOM = 15;

    public SummaryConfig {
        if (maxSentences < 1 || minSentences < 1 || minSentences > maxSentences || maxWords < 1
                || minSentenceWords < 1 || maxSentenceWords < minSentenceWords || maxHeadlineWords < 1
                || maxCandidates < 1 || meaningSources < 1) {
            throw new IllegalArgumentException("bad summary sizes");
        }
        if (supportThreshold <= 0 || supportThreshold > 1 || meaningThreshold <= 0 || meaningThreshold > 1
                || redundancy < 0 || redundancy > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
        if (supportWeight < 0 || leadWeight < 0 || actorWeight < 0 || eventWeight < 0 || quotePenalty < 0
                || coverageWeight < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }

    public static SummaryConfig defaults() {
        return new SummaryConfig(5, DEFAULT_WORDS, 3, 8, 60, 40, 0.4, 0.6, 0.7, 0.5, 0.3, 0.2, 0.4, 0.3, 1.0, 1500, 2);
    }

    /**
     * Defaults for a summary of about {@code words} words: the word budget, and room for as many
     * sentences as that length needs (at least the default 5, one per
     * {@value #WORDS_PER_SENTENCE_ROOM} words beyond that).
     */
    public static SummaryConfig forWords(int words) {
        return defaults().withMaxWords(words);
    }

    /** These settings with another length in words, and room for the sentences it needs. */
    public SummaryConfig withMaxWords(int words) {
        int sentences = Math.max(defaults().maxSentences(), (int) Math.ceil(words / (double) WORDS_PER_SENTENCE_ROOM));
        return new SummaryConfig(Math.max(sentences, minSentences), words, minSentences, minSentenceWords,
                maxSentenceWords, maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, supportWeight,
                leadWeight, actorWeight, eventWeight, quotePenalty, coverageWeight, maxCandidates, meaningSources);
    }

    /** These settings with another cap on pooled sentences. */
    public SummaryConfig withMaxCandidates(int n) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, supportWeight, leadWeight,
                actorWeight, eventWeight, quotePenalty, coverageWeight, n, meaningSources);
    }

    /** These settings with another coverage weight. */
    public SummaryConfig withCoverageWeight(double w) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, supportWeight, leadWeight,
                actorWeight, eventWeight, quotePenalty, w, maxCandidates, meaningSources);
    }

    /** These settings with another MMR trade-off. */
    public SummaryConfig withRedundancy(double r) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, r, supportWeight, leadWeight, actorWeight,
                eventWeight, quotePenalty, coverageWeight, maxCandidates, meaningSources);
    }

    /** These settings with another lead bonus. */
    public SummaryConfig withLeadWeight(double w) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, supportWeight, w, actorWeight,
                eventWeight, quotePenalty, coverageWeight, maxCandidates, meaningSources);
    }

    /** These settings with another support weight. */
    public SummaryConfig withSupportWeight(double w) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, w, leadWeight, actorWeight,
                eventWeight, quotePenalty, coverageWeight, maxCandidates, meaningSources);
    }

    /** These settings with another fewest number of sources for comparing sentences by meaning. */
    public SummaryConfig withMeaningSources(int n) {
        return new SummaryConfig(maxSentences, maxWords, minSentences, minSentenceWords, maxSentenceWords,
                maxHeadlineWords, supportThreshold, meaningThreshold, redundancy, supportWeight, leadWeight,
                actorWeight, eventWeight, quotePenalty, coverageWeight, maxCandidates, n);
    }
}
