package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's exact (Viterbi) tagging of one sentence with a {@link MaxentTagger}, giving the same tags
 * as {@link MaxentTagger#tagSentence(List, boolean)} with less repeated work: the scores of a word's
 * own features are computed once per distinct word (and kept in a map the caller may share across the
 * sentences of a document), and a position's candidate tags once per position.
 *
 * <p>Why it exists: {@link TestSentence} means to cache the scores of the features that depend only on
 * the current word, but with exact scoring (the setting of CoreNLP's English models) its cache check
 * compares the cached array, one score per tag of the model, with the word's candidate tags, which are
 * fewer; so the check fails and the word's features (up to 30 string features for a rare word: prefixes,
 * suffixes, word shapes, distributional cluster) are extracted and looked up again for every
 * combination of the previous two words' tags the search tries. The sums here are the same additions in
 * the same order as CoreNLP's, so the tags are identical, not merely close.
 *
 * <p>Why in CoreNLP's package: the extractors, feature tables and weights it reads are package-private
 * members of {@link MaxentTagger}, and the method it overrides is {@code TestSentence}'s. Sitrep's own
 * code reaches it only through {@code org.sitrep.nlp.PartOfSpeechTagger}. The verbose and approximate
 * scoring modes, which CoreNLP's English models do not use, are left to {@code TestSentence} itself.
 *
 * <p>Not thread-safe: one instance tags one sentence at a time; the word map passed in must be confined
 * to the calling thread too.
 */
public final class WordCachingTestSentence extends TestSentence {

    private final Map<String, double[]> wordScores;
    private final boolean exact;
    private String[][] tagsAt;
    private double[][] contextScores;

    /**
     * A tagger of sentences for {@code tagger}'s model that keeps each word's feature scores in
     * {@code wordScores} (one array of scores per tag of the model, keyed by the word as the model sees
     * it; the arrays are never changed once stored).
     */
    public WordCachingTestSentence(MaxentTagger tagger, Map<String, double[]> wordScores) {
        super(tagger);
        this.wordScores = wordScores;
        this.exact = !VERBOSE && !tagger.hasApproximateScoring();
    }

    /** Tags {@code words}; the same as {@code tagger.tagSentence(words, false)}. */
    public List<TaggedWord> tag(List<? extends HasWord> words) {
        return tagSentence(words, false);
    }

    @Override
    protected void init() {
        super.init();
        tagsAt = new String[size + leftWindow() + rightWindow()][];
        contextScores = new double[size][];
    }

    /** A position's candidate tags depend on its word alone; TestSentence works them out on every call. */
    @Override
    protected String[] stringTagsAt(int pos) {
        if (pos < 0 || pos >= tagsAt.length) {
            return super.stringTagsAt(pos);
        }
        String[] tags = tagsAt[pos];
        if (tags == null) {
            tags = super.stringTagsAt(pos);
            tagsAt[pos] = tags;
        }
        return tags;
    }

    /**
     * The unnormalised score of every tag at {@code h.current}: the word's own features (cached per word),
     * plus those of its neighbouring words (cached per position), plus those of the tags before it.
     */
    @Override
    protected double[] getHistories(String[] tags, History h) {
        if (!exact) {
            return super.getHistories(tags, h);
        }
        boolean rare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
        Extractors common = maxentTagger.extractors;
        Extractors rareOnes = maxentTagger.extractorsRare;
        int at = h.current - h.start;
        double[] context = contextScores[at];
        if (context == null) {
            String word = pairs.getWord(h.current);
            double[] own = wordScores.get(word);
            if (own == null) {
                own = scores(h, common.local, rare ? rareOnes.local : null);
                wordScores.put(word, own);
            }
            context = scores(h, common.localContext, rare ? rareOnes.localContext : null);
            ArrayMath.pairwiseAddInPlace(context, own);
            contextScores[at] = context;
        }
        double[] total = scores(h, common.dynamic, rare ? rareOnes.dynamic : null);
        ArrayMath.pairwiseAddInPlace(total, context);
        return total;
    }

    /** What TestSentence's exact histories give: each extractor's weights added in list order. */
    private double[] scores(History h, List<Pair<Integer, Extractor>> extractors,
            List<Pair<Integer, Extractor>> rareExtractors) {
        double[] scores = new double[maxentTagger.ySize];
        double[] lambda = maxentTagger.getLambdaSolve().lambda;
        for (Pair<Integer, Extractor> e : extractors) {
            add(e.first(), e.second(), h, scores, lambda);
        }
        if (rareExtractors != null) {
            int offset = maxentTagger.extractors.size();
            for (Pair<Integer, Extractor> e : rareExtractors) {
                add(offset + e.first(), e.second(), h, scores, lambda);
            }
        }
        return scores;
    }

    private void add(int feature, Extractor extractor, History h, double[] scores, double[] lambda) {
        int[] weights = maxentTagger.fAssociations.get(feature).get(extractor.extract(h));
        if (weights == null) {
            return;
        }
        for (int tag = 0; tag < scores.length; tag++) {
            int f = weights[tag];
            if (f >= 0) {
                scores[tag] += lambda[f];
            }
        }
    }
}
