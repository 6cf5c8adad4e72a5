package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.WordCachingTestSentence;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's part-of-speech tagging step ({@code pos}: its default English model,
 * {@value #MODEL}), giving every token of a CoreNLP document the tag CoreNLP's own
 * {@code POSTaggerAnnotator} gives it, at a little over half the cost.
 *
 * <p>Each sentence is tagged by {@link WordCachingTestSentence}: CoreNLP's exact search and
 * arithmetic, without recomputing a word's own features for every pair of earlier tags the search
 * tries, and with each distinct word's feature scores computed once per document rather than once per
 * sentence. Measured: identical tags, 1.8x the tagging speed (BENCHMARKS.md, "Annotation").
 * Needs tokens and sentences ({@code tokenize}, {@code ssplit}); sets {@code PartOfSpeechAnnotation}
 * on every token, which CoreNLP's {@code lemma} annotator and the numeric classifiers read.
 *
 * <p>Cost: loading reads the model (a second or two, once per annotator). Thread-safe: the model is only
 * read, and each call keeps its caches to itself.
 */
public final class PartOfSpeechTagger {

    /** CoreNLP's default English tagger, the one its {@code pos} annotator loads. */
    public static final String MODEL = MaxentTagger.DEFAULT_JAR_PATH;

    private final WordCachingTestSentence.Model model;

    /** Loads the model. */
    public PartOfSpeechTagger() {
        this.model = new WordCachingTestSentence.Model(new MaxentTagger(MODEL));
    }

    /** Tags every token of every sentence of {@code doc}. */
    public void tag(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        // one document's words: news repeats its names and terms across sentences, and the map stays small
        Map<String, double[]> wordScores = new HashMap<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<TaggedWord> tagged = new WordCachingTestSentence(model, wordScores).tag(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setTag(tagged.get(i).tag());
            }
        }
    }
}
