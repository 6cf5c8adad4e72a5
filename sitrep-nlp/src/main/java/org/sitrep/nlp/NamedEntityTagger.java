package org.sitrep.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's named-entity recognition, rebuilt from its own parts so that the expensive ones run only
 * where they can find something: the CRF models over every sentence, then the numeric classifiers
 * (NumberNormalizer, SUTime, money, percent and ordinal rules, and the normaliser of their values)
 * over the whole sentence or only over windows around numeric and temporal cue words
 * ({@link NumericCues}), SUTime's time rules only in the windows that may hold a time (a window of
 * plain numbers and amounts gets the number classifiers alone, {@link CoreNlpConfig#timeOnlyWhereTemporal()}),
 * then optionally the fine-grained KBP gazetteer, then the entity-mention builder. What each part gives is what CoreNLP's {@code NERCombinerAnnotator} gives: the same tags
 * on the tokens ({@code NamedEntityTag}, {@code CoarseNamedEntityTag}, {@code NormalizedNamedEntityTag},
 * the timex) and the same mentions.
 *
 * <p>Bounded on bad input: a sentence longer than {@link CoreNlpConfig#maxNerSentenceTokens()} is
 * tagged in pieces cut at punctuation where possible, and a token longer than
 * {@link CoreNlpConfig#maxTokenChars()} is left untagged ({@code O}); both are reported as
 * {@link TaggingLimits}.
 *
 * <p>Cost: loading reads the CRF models (about 5 s and 300 MB of heap for the three-class model)
 * and SUTime's rules. Annotating: SUTime's rule matching costs in proportion to the tokens it is
 * given (every rule tries to start at every token), which is why it sees as few as possible. Thread-safe: the CRF, SUTime and mention builder keep no state between calls,
 * which is how CoreNLP itself runs them on several threads.
 */
final class NamedEntityTagger {

    private static final String BACKGROUND = "O";
    private static final String MISC = "MISC";
    /** The tags the CRF models give that are not quantities; the numeric normaliser leaves tokens with only these alone. */
    private static final Set<String> NAME_TAGS = Set.of(BACKGROUND, MISC, "PERSON", "ORGANIZATION", "LOCATION");
    /** Where a long sentence may be cut: after punctuation that ends a clause or list item. */
    /** SUTime's file of definitions (types, constants), the first of its default rule files; it holds no rule. */
    private static final String TIME_DEFINITIONS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
    private static final Set<String> CUT_AFTER = Set.of(",", ";", ":", "-", "--", "–", "—", "|", "/", ")", "]", "•");

    private final CoreNlpConfig config;
    private final NERClassifierCombiner crf;
    private final NumberSequenceClassifier numbers;
    /** The number classifiers with none of SUTime's time rules, for windows that cannot hold a time; null when unused. */
    private final NumberSequenceClassifier plainNumbers;
    private final TokensRegexNERAnnotator fineGrained;
    private final EntityMentionsAnnotator mentions;

    NamedEntityTagger(CoreNlpConfig config) {
        this.config = config;
        try {
            this.crf = config.nerModels().isEmpty() ? null
                    : new NERClassifierCombiner(false, false, config.nerModels().toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NER models " + config.nerModels(), e);
        }
        this.numbers = new NumberSequenceClassifier(new Properties(), config.sutime(), new Properties());
        if (config.sutime() && config.gateTimeRules()) {
            TimeRuleGates.install(numbers);
        }
        this.plainNumbers = config.sutime() && config.timeOnlyWhereTemporal()
                && config.numericScope() != CoreNlpConfig.NumericScope.EVERY_SENTENCE
                ? new NumberSequenceClassifier(new Properties(), true, withoutTimeRules()) : null;
        // CoreNLP builds its fine-grained step and mention builder from these prefixes and, with no
        // properties under them, its defaults: the KBP gazetteers and the standard mention rules
        this.fineGrained = config.fineGrainedNer()
                ? new TokensRegexNERAnnotator("ner.fine.regexner", new Properties()) : null;
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
    }

    /** Tags every sentence of {@code doc} (tokenised, split, POS-tagged and lemmatised) and builds its mentions. */
    void tag(Annotation doc, TaggingLimits limits) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
            tagSentence(doc, sentence.get(CoreAnnotations.TokensAnnotation.class), limits);
        }
        numbers.finalizeClassification(doc);
        if (fineGrained != null) {
            fineGrained.annotate(doc);
            for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
                token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, token.ner());
            }
        }
        mentions.annotate(doc);
    }

    private void tagSentence(Annotation doc, List<CoreLabel> tokens, TaggingLimits limits) {
        for (CoreLabel t : tokens) {
            t.setNER(BACKGROUND);
            t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, BACKGROUND);
        }
        if (tokens.size() > config.maxNerSentenceTokens()) {
            limits.sentenceSplit(tokens.size(), tokens.get(0).beginPosition());
        }
        for (int[] piece : pieces(tokens, limits)) {
            tagPiece(doc, tokens.subList(piece[0], piece[1]));
        }
    }

    /** CRF, then the numeric classifiers where they apply, then the values: one piece of a sentence. */
    private void tagPiece(Annotation doc, List<CoreLabel> tokens) {
        List<CoreLabel> out;
        if (crf != null) {
            out = crf.classifySentenceWithGlobalInformation(tokens, doc, null);
        } else {
            out = new ArrayList<>(tokens.size());
            for (CoreLabel t : tokens) {
                CoreLabel copy = new CoreLabel(t);
                copy.set(CoreAnnotations.AnswerAnnotation.class, BACKGROUND);
                out.add(copy);
            }
        }
        for (int[] w : numericWindows(out)) {
            classifyNumbers(doc, out.subList(w[0], w[1]));
        }
        for (CoreLabel t : out) {
            t.set(CoreAnnotations.NamedEntityTagAnnotation.class, t.get(CoreAnnotations.AnswerAnnotation.class));
        }
        normalizeValues(out);
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel source = out.get(i);
            CoreLabel target = tokens.get(i);
            String tag = source.ner() == null ? BACKGROUND : source.ner();
            target.setNER(tag);
            target.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
            String normalized = source.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (normalized != null) {
                target.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
            }
            NumberSequenceClassifier.transferAnnotations(source, target);
        }
    }

    private List<int[]> numericWindows(List<CoreLabel> tokens) {
        if (config.numericScope() == CoreNlpConfig.NumericScope.EVERY_SENTENCE) {
            return tokens.isEmpty() ? List.of() : List.<int[]>of(new int[] {0, tokens.size()});
        }
        boolean[] cues = new boolean[tokens.size()];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = NumericCues.isCue(tokens.get(i).word());
        }
        if (config.numericScope() == CoreNlpConfig.NumericScope.CUED_STRETCH) {
            return NumericCues.stretch(cues, config.numericWindow(), config.numericWindowAfter(),
                    config.maxNerSentenceTokens());
        }
        return NumericCues.windows(cues, config.numericWindow(), config.numericWindowAfter(),
                config.maxNerSentenceTokens());
    }

    /**
     * The numeric classifiers on a window, merged into the CRF's answers as CoreNLP merges them: a
     * numeric answer replaces only background and {@code MISC}, and the values SUTime and the number
     * normaliser found are kept on the tokens.
     */
    private void classifyNumbers(Annotation doc, List<CoreLabel> window) {
        List<CoreLabel> copy = NumberSequenceClassifier.copyTokens(window, null);
        classifierFor(window).classifyWithGlobalInformation(copy, doc, null);
        for (int i = 0; i < window.size(); i++) {
            CoreLabel token = window.get(i);
            String before = token.get(CoreAnnotations.AnswerAnnotation.class);
            String guess = copy.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            boolean open = before == null || before.equals(BACKGROUND) || before.equals(MISC);
            if (open && guess != null && !guess.equals(BACKGROUND)) {
                token.set(CoreAnnotations.AnswerAnnotation.class, guess);
            }
            NumberSequenceClassifier.transferAnnotations(copy.get(i), token);
        }
    }

    private NumberSequenceClassifier classifierFor(List<CoreLabel> window) {
        if (plainNumbers == null) {
            return numbers;
        }
        List<String> words = new ArrayList<>(window.size());
        for (CoreLabel t : window) {
            words.add(t.word());
        }
        return NumericCues.mayHoldTime(words) ? numbers : plainNumbers;
    }

    /**
     * SUTime's settings with only its definitions file as rules and no holiday binder: it still merges
     * and values numbers (CoreNLP's number classifier reads them from SUTime's pass), as the full
     * SUTime does before its rules run, but matches no time expression.
     */
    private static Properties withoutTimeRules() {
        Properties p = new Properties();
        p.setProperty("sutime.rules", TIME_DEFINITIONS);
        p.setProperty("sutime.binders", "0");
        return p;
    }

    /**
     * Normalised values of numeric entities (money, percent, dates): CoreNLP's normaliser, errors
     * ignored as CoreNLP does. Skipped for a piece with no numeric tag and no digit, where it can
     * change nothing: its repairs need a numeric tag before the token or digits in it, and it only
     * values numeric tags. It costs most where it is skipped, testing every word against its money
     * multipliers with an edit distance.
     */
    private void normalizeValues(List<CoreLabel> tokens) {
        if (!mayHoldQuantity(tokens)) {
            return;
        }
        try {
            QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(tokens, false, config.sutime());
        } catch (RuntimeException | AssertionError e) {
            // CoreNLP logs and ignores the normaliser's failures; the tags stay, only values are lost
        }
    }

    /** Whether a token has a tag other than the CRF's name classes, or holds a digit. */
    private static boolean mayHoldQuantity(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String tag = t.ner();
            if (tag != null && !NAME_TAGS.contains(tag)) {
                return true;
            }
            if (t.word() != null && NumericCues.hasDigit(t.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token ranges {@code [from, to)} of a sentence that NER sees: runs of tokens no longer than
     * {@link CoreNlpConfig#maxTokenChars()}, each at most {@link CoreNlpConfig#maxNerSentenceTokens()}
     * long, cut after punctuation in the second half of a piece where there is some.
     */
    private List<int[]> pieces(List<CoreLabel> tokens, TaggingLimits limits) {
        List<int[]> out = new ArrayList<>();
        int max = config.maxNerSentenceTokens();
        int from = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean taggable = i < tokens.size() && !tooLong(tokens.get(i), limits);
            if (taggable && from < 0) {
                from = i;
            }
            if (!taggable && from >= 0) {
                split(tokens, from, i, max, out);
                from = -1;
            }
        }
        return out;
    }

    private boolean tooLong(CoreLabel token, TaggingLimits limits) {
        String word = token.word();
        if (word != null && word.length() > config.maxTokenChars()) {
            limits.tokenSkipped(word.length(), token.beginPosition());
            return true;
        }
        return false;
    }

    private static void split(List<CoreLabel> tokens, int from, int to, int max, List<int[]> out) {
        int start = from;
        while (to - start > max) {
            int cut = start + max;
            for (int k = start + max - 1; k > start + max / 2; k--) {
                if (CUT_AFTER.contains(tokens.get(k).word())) {
                    cut = k + 1;
                    break;
                }
            }
            out.add(new int[] {start, cut});
            start = cut;
        }
        if (to > start) {
            out.add(new int[] {start, to});
        }
    }
}
