package org.sitrep.cluster;

/**
 * Settings of {@link ArticleSketcher}: how much of an article goes into the sketch that online
 * clustering compares. Every limit bounds the work per article, so a huge article costs no more than
 * a long one.
 *
 * @param leadWords words of title and lead sentences that are embedded (default 60: a headline and
 *     the first one or two sentences, where news states what happened; measured on ECB+, embedding the
 *     first sentence or two separates stories slightly better than the whole text)
 * @param maxTokens tokens read for content terms (default 5,000, several times a long article)
 * @param maxTerms distinct content terms kept, most frequent first (default 200)
 * @param maxNames distinct names kept, most mentioned first (default 64)
 * @param shingleSize words per shingle for near-duplicate detection (default 5, as in the batch finder)
 * @param signatureSize MinHash slots (default 128: the Jaccard estimate has a standard error of 0.044 at
 *     0.5, the copy threshold)
 * @param maxShingleWords words read for shingles (default 5,000)
 * @param detailWeight the weight of each figure and date an article states ({@link EventDetails}) beside
 *     its names, a name weighing 1 (default 1; 0.5 and 0.3 scored lower on ECB+'s tuning topics); 0
 *     leaves them out
 */
public record SketchConfig(int leadWords, int maxTokens, int maxTerms, int maxNames, int shingleSize,
        int signatureSize, int maxShingleWords, double detailWeight) {

    public SketchConfig {
        if (leadWords < 1 || maxTokens < 1 || maxTerms < 1 || maxNames < 1 || shingleSize < 1 || signatureSize < 1
                || maxShingleWords < 1 || !(detailWeight >= 0)) {
            throw new IllegalArgumentException("every sketch limit must be positive");
        }
    }

    public static SketchConfig defaults() {
        return new SketchConfig(60, 5_000, 200, 64, 5, 128, 5_000, 1);
    }

    /** A copy with another {@link #detailWeight()}. */
    public SketchConfig withDetailWeight(double weight) {
        return new SketchConfig(leadWords, maxTokens, maxTerms, maxNames, shingleSize, signatureSize, maxShingleWords,
                weight);
    }
}
