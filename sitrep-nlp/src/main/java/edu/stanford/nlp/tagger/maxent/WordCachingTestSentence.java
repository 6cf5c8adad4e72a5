package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's exact (Viterbi) tagging of one sentence with a {@link MaxentTagger}, giving the same tags
 * as {@link MaxentTagger#tagSentence(List, boolean)} with less repeated work.
 *
 * <p>Why it exists: {@link TestSentence} means to cache the scores of the features that depend only on
 * the current word, but with exact scoring (the setting of CoreNLP's English models) its cache check
 * compares the cached array, one score per tag of the model, with the word's candidate tags, which are
 * fewer; so the check fails and the word's features (up to 30 string features for a rare word:
 * prefixes, suffixes, word shapes, distributional cluster) are extracted and looked up again for every
 * combination of the previous two words' tags the search tries. Here they are computed once per distinct
 * word (in a map the caller may share across the sentences of a document); a position's candidate tags,
 * their indexes and the word's rarity once per position; and the features of the previous tags, the only
 * ones that change from one tried combination to the next, are added from dense rows of weights
 * ({@link Model}) instead of through the feature numbers.
 *
 * <p>The scores are the same additions in the same order as CoreNLP's, so the tags are identical, not
 * merely close. (A dense row holds 0.0 where CoreNLP skips a feature the tag lacks; adding 0.0 changes
 * no sum, since a sum that starts at +0.0 is never -0.0.)
 *
 * <p>Why in CoreNLP's package: the extractors, feature tables and weights it reads are package-private
 * members of {@link MaxentTagger}, and the methods it overrides are {@code TestSentence}'s. Sitrep's own
 * code reaches it only through {@code org.sitrep.nlp.PartOfSpeechTagger}. The verbose and approximate
 * scoring modes, which CoreNLP's English models do not use, are left to {@code TestSentence} itself.
 *
 * <p>Not thread-safe: one instance tags one sentence at a time, and the word map passed in must be
 * confined to the calling thread too. The {@link Model} is read-only and may be shared.
 */
public final class WordCachingTestSentence extends TestSentence {

    /**
     * A loaded tagger model plus dense rows of weights for its tag-history features (a few features
     * with about a thousand values in all for CoreNLP's English model, well under 1 MB). Immutable once
     * built; share one per model.
     */
    public static final class Model {

        private final MaxentTagger tagger;
        /** Per feature number, the weight of every tag for each value; null for features not in a dynamic list. */
        private final List<Map<String, double[]>> dynamicRows;

        public Model(MaxentTagger tagger) {
            this.tagger = tagger;
            List<Map<String, double[]>> rows = new java.util.ArrayList<>();
            for (int f = 0; f < tagger.fAssociations.size(); f++) {
                rows.add(null);
            }
            double[] lambda = tagger.getLambdaSolve().lambda;
            for (Pair<Integer, Extractor> e : tagger.extractors.dynamic) {
                rows.set(e.first(), dense(tagger.fAssociations.get(e.first()), lambda, tagger.ySize));
            }
            int offset = tagger.extractors.size();
            for (Pair<Integer, Extractor> e : tagger.extractorsRare.dynamic) {
                int f = offset + e.first();
                rows.set(f, dense(tagger.fAssociations.get(f), lambda, tagger.ySize));
            }
            this.dynamicRows = rows;
        }

        public MaxentTagger tagger() {
            return tagger;
        }

        private static Map<String, double[]> dense(Map<String, int[]> features, double[] lambda, int tags) {
            Map<String, double[]> out = new HashMap<>(features.size() * 2);
            for (Map.Entry<String, int[]> e : features.entrySet()) {
                double[] row = new double[tags];
                int[] numbers = e.getValue();
                for (int t = 0; t < tags; t++) {
                    if (numbers[t] >= 0) {
                        row[t] = lambda[numbers[t]];
                    }
                }
                out.put(e.getKey(), row);
            }
            return out;
        }
    }

    private final Model model;
    private final Map<String, double[]> wordScores;
    private final boolean exact;
    private final History current;
    private String[][] tagsAt;
    private int[][] tagIndexesAt;
    private double[][] contextScores;
    private boolean[] rare;

    /**
     * A tagger of sentences for {@code model} that keeps each word's own feature scores in
     * {@code wordScores} (one array of scores per tag of the model, keyed by the word as the model sees
     * it; the arrays are never changed once stored).
     */
    public WordCachingTestSentence(Model model, Map<String, double[]> wordScores) {
        super(model.tagger);
        this.model = model;
        this.wordScores = wordScores;
        this.exact = !VERBOSE && !model.tagger.hasApproximateScoring();
        this.current = new History(pairs, model.tagger.extractors);
    }

    /** Tags {@code words}; the same as {@code tagger.tagSentence(words, false)}. */
    public List<TaggedWord> tag(List<? extends HasWord> words) {
        return tagSentence(words, false);
    }

    @Override
    protected void init() {
        super.init();
        int positions = size + leftWindow() + rightWindow();
        tagsAt = new String[positions][];
        tagIndexesAt = new int[positions][];
        contextScores = new double[size][];
        rare = new boolean[size];
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
     * TestSentence's exact scores of the candidate tags at {@code pos} given the tags before it, as its
     * {@code scoresOf}, {@code setHistory} and {@code getExactScores} compute them. The sentence sits at
     * the start of TestSentence's word and tag store during the search (TestSentence's own history
     * starts at {@code endSizePairs - size}, which is 0 then).
     */
    @Override
    public double[] scoresOf(int[] tags, int pos) {
        if (!exact) {
            return super.scoresOf(tags, pos);
        }
        int left = leftWindow();
        current.init(0, size - 1, pos - left);
        TTags names = maxentTagger.tags;
        int to = Math.min(pos + rightWindow(), size + left - 1);
        for (int j = Math.max(pos - left, left); j <= to; j++) {
            current.setTag(j - left, names.getTag(tags[j]));
        }
        double[] all = getHistories(stringTagsAt(pos), current);
        ArrayMath.logNormalize(all);
        int[] indexes = tagIndexesAt(pos);
        double[] scores = new double[indexes.length];
        for (int j = 0; j < indexes.length; j++) {
            scores[j] = all[indexes[j]];
        }
        return scores;
    }

    private int[] tagIndexesAt(int pos) {
        int[] indexes = tagIndexesAt[pos];
        if (indexes == null) {
            String[] tags = stringTagsAt(pos);
            indexes = new int[tags.length];
            for (int j = 0; j < tags.length; j++) {
                indexes[j] = maxentTagger.tags.getIndex(tags[j]);
            }
            tagIndexesAt[pos] = indexes;
        }
        return indexes;
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
        Extractors common = maxentTagger.extractors;
        Extractors rareOnes = maxentTagger.extractorsRare;
        int at = h.current - h.start;
        double[] context = contextScores[at];
        if (context == null) {
            rare[at] = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
            String word = pairs.getWord(h.current);
            double[] own = wordScores.get(word);
            if (own == null) {
                own = scores(h, common.local, rare[at] ? rareOnes.local : null);
                wordScores.put(word, own);
            }
            context = scores(h, common.localContext, rare[at] ? rareOnes.localContext : null);
            ArrayMath.pairwiseAddInPlace(context, own);
            contextScores[at] = context;
        }
        double[] total = new double[maxentTagger.ySize];
        addRows(h, common.dynamic, 0, total);
        if (rare[at]) {
            addRows(h, rareOnes.dynamic, common.size(), total);
        }
        ArrayMath.pairwiseAddInPlace(total, context);
        return total;
    }

    private void addRows(History h, List<Pair<Integer, Extractor>> extractors, int offset, double[] scores) {
        for (Pair<Integer, Extractor> e : extractors) {
            double[] row = model.dynamicRows.get(offset + e.first()).get(e.second().extract(h));
            if (row != null) {
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += row[t];
                }
            }
        }
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
