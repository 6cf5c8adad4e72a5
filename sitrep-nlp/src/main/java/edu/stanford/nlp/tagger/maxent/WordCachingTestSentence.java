package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
 * ({@link Model}) instead of through the feature numbers, and found by the tags' indexes rather than by
 * building and hashing their string values for every combination ({@link DynamicFeature}).
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
     * with about a thousand values in all for CoreNLP's English model, well under 1 MB), and a memo of
     * which row each combination of previous tags selects (filled as tagging meets them, at most
     * 51 x 51 entries for the English model; safe to fill from several threads, since every thread
     * would store the same row). Otherwise immutable once built; share one per model.
     */
    public static final class Model {

        private final MaxentTagger tagger;
        /** The dynamic features of every word, then those added for rare words, in CoreNLP's order. */
        private final List<DynamicFeature> commonDynamic;
        private final List<DynamicFeature> rareDynamic;

        public Model(MaxentTagger tagger) {
            this.tagger = tagger;
            List<Map<String, double[]>> rows = new ArrayList<>();
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
            int tagCount = tagger.tags.getSize();
            this.commonDynamic = features(tagger.extractors.dynamic, 0, rows, tagCount);
            this.rareDynamic = features(tagger.extractorsRare.dynamic, offset, rows, tagCount);
        }

        private static List<DynamicFeature> features(List<Pair<Integer, Extractor>> extractors, int offset,
                List<Map<String, double[]>> rows, int tagCount) {
            List<DynamicFeature> out = new ArrayList<>();
            for (Pair<Integer, Extractor> e : extractors) {
                out.add(new DynamicFeature(e.second(), rows.get(offset + e.first()), tagCount));
            }
            return List.copyOf(out);
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

    /**
     * One feature whose value depends on the tags the search tries, with what is known of how: a feature
     * made only of the previous tags (CoreNLP's {@code Extractor(-1,tag)} and its tag conjunctions) has
     * the same row of weights wherever the same tags precede, so its rows are memoised by those tags'
     * indexes, model-wide; a feature that reads no tag ({@code leftContext() == 0}: the capitalisation
     * tests CoreNLP adds for rare words) has one row per position; any other is looked up by its string
     * value, as CoreNLP does.
     */
    static final class DynamicFeature {

        /** Memo entry for a value the model holds no weights for. */
        private static final double[] NO_ROW = new double[0];
        /** Largest memo of rows by tag indexes (entries), to keep wide tag windows out. */
        private static final int MAX_MEMO = 1 << 16;

        final Extractor extractor;
        final Map<String, double[]> rows;
        /** How many tags before the current position the value is made of, for a feature of tags only; else 0. */
        final int tagsBack;
        /** Whether the value reads no tag, so it is fixed for a position. */
        final boolean fixedPerPosition;
        private final int base;
        private final AtomicReferenceArray<double[]> byTags;

        DynamicFeature(Extractor extractor, Map<String, double[]> rows, int tagCount) {
            this.extractor = extractor;
            this.rows = rows;
            this.base = tagCount + 1;
            int back = tagsOnly(extractor) ? extractor.leftContext() : 0;
            double size = Math.pow(base, back);
            this.tagsBack = back > 0 && size <= MAX_MEMO ? back : 0;
            this.byTags = tagsBack > 0 ? new AtomicReferenceArray<>((int) size) : null;
            this.fixedPerPosition = tagsBack == 0 && extractor.leftContext() == 0 && extractor.rightContext() == 0;
        }

        /**
         * Whether the extractor's value is made of the tags before the current word and nothing else: a
         * plain {@code Extractor} of a tag (its dynamic ones read a tag, the others a word) or a
         * continuous conjunction of the previous tags.
         */
        private static boolean tagsOnly(Extractor e) {
            boolean previousTag = e.getClass() == Extractor.class && e.isDynamic() && e.position < 0;
            boolean previousTags = e instanceof ExtractorFrames.ExtractorContinuousTagConjunction && e.position < 0;
            return (previousTag || previousTags) && e.rightContext() == 0;
        }

        /** The row for history {@code h}, the tags tried being {@code tags} (indexes, the current word at {@code pos}). */
        double[] row(History h, int[] tags, int pos) {
            if (byTags == null) {
                return rows.get(extractor.extract(h));
            }
            int key = 0;
            for (int back = tagsBack; back >= 1; back--) {
                // + 1: a slot for an index of -1 too; positions before the sentence read as CoreNLP's boundary tag
                key = key * base + tags[pos - back] + 1;
            }
            double[] row = byTags.get(key);
            if (row == null) {
                row = rows.get(extractor.extract(h));
                byTags.set(key, row == null ? NO_ROW : row);
                return row;
            }
            return row == NO_ROW ? null : row;
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
    /** Per position, the rows of the dynamic features that read no tag (common then rare), once known. */
    private double[][][] fixedRows;
    /**
     * The scores of every tag that {@link #scoresOf} sums and normalises before picking the candidate
     * tags' out of them: one array reused for every call (the search makes one per position and
     * combination of previous tags), cleared to +0.0 first, so the sums are those of a fresh array.
     */
    private double[] allTagScores;

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
        fixedRows = new double[size][][];
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
        if (allTagScores == null) {
            allTagScores = new double[maxentTagger.ySize];
        }
        double[] all = allTagScores;
        Arrays.fill(all, 0.0);
        histories(current, tags, pos, all);
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

    /** TestSentence's unnormalised scores of every tag at {@code h.current}; see {@link #histories}. */
    @Override
    protected double[] getHistories(String[] tags, History h) {
        if (!exact) {
            return super.getHistories(tags, h);
        }
        double[] scores = new double[maxentTagger.ySize];
        histories(h, null, -1, scores);
        return scores;
    }

    /**
     * Adds to {@code total} (all +0.0, one slot per tag of the model) the unnormalised score of every tag
     * at {@code h.current}: the word's own features (cached per word),
     * plus those of its neighbouring words (cached per position), plus those of the tags before it. With
     * the search's tag indexes ({@code tags}, the current word at {@code pos}) the rows of the tag
     * features are found without building their string values where that is safe ({@link DynamicFeature});
     * with {@code tags} null, each is looked up by its value. Either way the same rows are added in the
     * same order.
     */
    private void histories(History h, int[] tags, int pos, double[] total) {
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
            fixedRows[at] = new double[model.commonDynamic.size() + model.rareDynamic.size()][];
        }
        addRows(h, tags, pos, model.commonDynamic, 0, total);
        if (rare[at]) {
            addRows(h, tags, pos, model.rareDynamic, model.commonDynamic.size(), total);
        }
        ArrayMath.pairwiseAddInPlace(total, context);
    }

    private void addRows(History h, int[] tags, int pos, List<DynamicFeature> features, int firstSlot,
            double[] scores) {
        double[][] fixed = fixedRows[h.current - h.start];
        for (int k = 0; k < features.size(); k++) {
            DynamicFeature f = features.get(k);
            double[] row;
            if (tags == null) {
                row = f.rows.get(f.extractor.extract(h));
            } else if (f.fixedPerPosition) {
                row = fixed[firstSlot + k];
                if (row == null) {
                    row = f.rows.get(f.extractor.extract(h));
                    fixed[firstSlot + k] = row == null ? DynamicFeature.NO_ROW : row;
                }
                row = row == DynamicFeature.NO_ROW ? null : row;
            } else {
                row = f.row(h, tags, pos);
            }
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
