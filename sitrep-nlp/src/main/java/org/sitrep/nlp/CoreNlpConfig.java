package org.sitrep.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the CoreNLP pipeline behind {@link CoreNlpAnnotator}, with documented defaults
 * ({@link #defaults()}), and {@link #coreNlpDefaults()} for CoreNLP's own default NER settings.
 *
 * <p>Immutable. Only the options Sitrep relies on are exposed; CoreNLP's {@code Properties} stay an
 * implementation detail of the annotator. The defaults were chosen by measurement against CoreNLP's
 * default pipeline ({@code sitrep-bench}'s {@code AnnotationBenchmark}, table in BENCHMARKS.md).
 *
 * @param annotators CoreNLP annotators in the order they run. Default {@code tokenize, ssplit, pos,
 *     lemma, ner}: the mapping to Sitrep's records needs at least {@code tokenize} and {@code ssplit};
 *     mentions and time expressions need {@code ner}.
 * @param nerModels the CRF models NER combines, first one winning where they disagree. Default
 *     {@link #THREE_CLASS_MODEL} alone: it finds every person, organisation and location that
 *     CoreNLP's default three-model combination finds (the MUC and CoNLL models it adds contribute
 *     dates, money and {@code MISC}, which the numeric classifiers and Sitrep's gazetteer cover), at
 *     about a third of the cost.
 * @param fineGrainedNer whether NER refines {@code LOCATION}/{@code MISC} into {@code COUNTRY},
 *     {@code CITY}, {@code NATIONALITY} and the like with CoreNLP's KBP gazetteer over every token.
 *     Default off: it costs about 8 s more to load and as much time as the rest of NER together; the
 *     rule-based {@code MentionRefiner} types places and demonyms from its gazetteer instead.
 * @param sutime whether SUTime recognises and normalises time expressions. Default on.
 * @param numericScope where the numeric classifiers (numbers, money, percentages, ordinals and, with
 *     {@code sutime}, time expressions) run. Default {@link NumericScope#CUED_WINDOWS}.
 * @param numericWindow tokens of context kept before a numeric or temporal cue word when
 *     {@code numericScope} is not {@link NumericScope#EVERY_SENTENCE}. Default 6: longer than the
 *     modifiers a time expression puts before its cue words ("at the end of last month"), so the
 *     windows change no expression; see {@link NumericCues}.
 * @param numericWindowAfter tokens of context kept after a cue word. Default 3: what follows a
 *     cue inside an expression is mostly another cue ("March 3", "two years ago", "Monday
 *     morning"), which extends the window itself. Measured against 6 (the earlier default, on both
 *     sides): the same time expressions and numeric tokens on 40 bench articles, 6% less of the
 *     annotator's CPU ({@code NumericScopeBenchmark}, BENCHMARKS.md).
 * @param newlineIsSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code always},
 *     {@code never} or {@code two}. Default {@code two}: a paragraph break ends a sentence, a single
 *     line break (a wrapped line in scraped text) does not.
 * @param maxNerSentenceTokens NER and the numeric classifiers see at most this many tokens at once:
 *     a longer sentence (scraped tag lists and tables without full stops make sentences of
 *     thousands of tokens) is tagged in pieces of at most this length, cut at punctuation where
 *     possible, and the run is warned. Default 300: SUTime's time grows with the square of its
 *     input's length, while sentences of news prose stay well under 100 tokens.
 * @param maxTokenChars a token longer than this (a run of text without spaces: base64, a URL list,
 *     a mangled table) is not given to NER or the numeric classifiers, whose character n-gram
 *     features grow with a token's length (a 100,000-character token exhausts a 2 GB heap); it is
 *     tagged {@code O} and the run is warned. Default 100.
 * @param maxArticleChars only the first this many characters of an article are annotated (cut at a
 *     paragraph or sentence break when one is near), the run is warned, and the rest has no
 *     annotation; the article's text itself is kept whole. Default 300,000 (about 50,000 words,
 *     ten times the longest news article), which keeps one article's annotation well under 1 GB.
 * @param timeOnlyWhereTemporal whether SUTime's time rules run only in the numeric windows that may
 *     hold a time expression ({@link NumericCues#mayHoldTime}: a time word, a year-like number, a
 *     clock time or date written in digits), the other windows (plain numbers, amounts, number
 *     words) getting CoreNLP's number classifiers alone. Default on: SUTime's rule matching is the
 *     costliest part of the numeric classifiers and finds nothing in those windows, so the tags,
 *     values and time expressions stay the same. Off in {@link #coreNlpDefaults()}; has no effect
 *     with {@link NumericScope#EVERY_SENTENCE} or without {@code sutime}.
 * @param gateTimeRules whether each of SUTime's token rules runs only on windows where every node
 *     its pattern requires matches some token ({@code RequiredNodeGate}, derived from the compiled
 *     rules when they load), and is tried only at the tokens where a match can start. Default on: a
 *     rule that cannot match is skipped instead of being tried at every token, so the time expressions
 *     are the same, for less CPU and less than two thirds of the memory allocated. Off in
 *     {@link #coreNlpDefaults()}.
 */
public record CoreNlpConfig(List<String> annotators, List<String> nerModels, boolean fineGrainedNer, boolean sutime,
        NumericScope numericScope, int numericWindow, int numericWindowAfter, String newlineIsSentenceBreak,
        int maxNerSentenceTokens, int maxTokenChars, int maxArticleChars, boolean timeOnlyWhereTemporal,
        boolean gateTimeRules) {

    /** Where CoreNLP's numeric classifiers (and SUTime, which runs inside them) are applied. */
    public enum NumericScope {
        /** Every sentence, as CoreNLP does. */
        EVERY_SENTENCE,
        /**
         * Only windows of context around numeric and temporal cue words ({@link NumericCues}): most
         * sentences of news hold none, and SUTime's cost is mostly a fixed price per call and per
         * token it scans.
         */
        CUED_WINDOWS,
        /**
         * One stretch per sentence that holds a cue word, from the first cue's window to the last's
         * ({@link NumericCues#stretch}): one call where {@link #CUED_WINDOWS} may make several, and
         * SUTime sees the words between the cues as well. Measured no cheaper than the windows
         * (SUTime's cost follows the tokens it scans, not its calls) and keeping about the same time
         * expressions ({@code NumericScopeBenchmark}, BENCHMARKS.md), so not the default.
         */
        CUED_STRETCH
    }

    /** The annotators the default pipeline runs. */
    public static final List<String> DEFAULT_ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner");
    /** CoreNLP's person/organisation/location CRF model (the first of its default three). */
    public static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** CoreNLP's MUC 7-class CRF model (location, person, organisation, money, percent, date, time). */
    public static final String MUC_MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    /** CoreNLP's CoNLL 4-class CRF model (location, person, organisation, misc). */
    public static final String CONLL_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final Set<String> NEWLINE_POLICIES = Set.of("always", "never", "two");
    private static final int DEFAULT_NUMERIC_WINDOW = 6;
    private static final int DEFAULT_NUMERIC_WINDOW_AFTER = 3;
    private static final int DEFAULT_MAX_NER_SENTENCE_TOKENS = 300;
    private static final int DEFAULT_MAX_TOKEN_CHARS = 100;
    private static final int DEFAULT_MAX_ARTICLE_CHARS = 300_000;

    public CoreNlpConfig {
        annotators = List.copyOf(annotators);
        nerModels = List.copyOf(nerModels);
        Objects.requireNonNull(numericScope, "numericScope");
        if (!annotators.contains("tokenize") || !annotators.contains("ssplit")) {
            throw new IllegalArgumentException("the pipeline needs at least tokenize and ssplit: " + annotators);
        }
        if (annotators.contains("ner") && (!annotators.contains("pos") || !annotators.contains("lemma"))) {
            throw new IllegalArgumentException("ner needs pos and lemma before it: " + annotators);
        }
        if (annotators.contains("ner") && nerModels.isEmpty() && !sutime) {
            throw new IllegalArgumentException("ner needs at least one model or SUTime");
        }
        positive("maxNerSentenceTokens", maxNerSentenceTokens);
        positive("maxTokenChars", maxTokenChars);
        positive("maxArticleChars", maxArticleChars);
        if (numericWindow < 0 || numericWindowAfter < 0) {
            throw new IllegalArgumentException("numeric windows must not be negative: " + numericWindow + ", "
                    + numericWindowAfter);
        }
        if (!NEWLINE_POLICIES.contains(newlineIsSentenceBreak)) {
            throw new IllegalArgumentException("newlineIsSentenceBreak must be one of " + NEWLINE_POLICIES
                    + ", got " + newlineIsSentenceBreak);
        }
    }

    /**
     * The earlier five-setting form: the given annotators, fine-grained NER, SUTime, newline policy
     * and sentence limit, with every other setting at its default.
     */
    public CoreNlpConfig(List<String> annotators, boolean fineGrainedNer, boolean sutime,
            String newlineIsSentenceBreak, int maxNerSentenceTokens) {
        this(annotators, List.of(THREE_CLASS_MODEL), fineGrainedNer, sutime, NumericScope.CUED_WINDOWS,
                DEFAULT_NUMERIC_WINDOW, DEFAULT_NUMERIC_WINDOW_AFTER, newlineIsSentenceBreak, maxNerSentenceTokens,
                DEFAULT_MAX_TOKEN_CHARS, DEFAULT_MAX_ARTICLE_CHARS, true, true);
    }

    /**
     * tokenize, ssplit, pos, lemma, ner; the three-class CRF model only; coarse NER; SUTime and the
     * numeric classifiers in windows around cue words; paragraph breaks end sentences; NER in pieces
     * of at most 300 tokens; tokens over 100 characters and text past 300,000 characters untagged.
     */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(DEFAULT_ANNOTATORS, false, true, "two", DEFAULT_MAX_NER_SENTENCE_TOKENS);
    }

    /**
     * CoreNLP's own default NER through Sitrep's annotator, for comparison: all three CRF models,
     * fine-grained NER, the numeric classifiers on every sentence; Sitrep's sentence-break policy and
     * bad-input limits.
     */
    public static CoreNlpConfig coreNlpDefaults() {
        return new CoreNlpConfig(DEFAULT_ANNOTATORS, List.of(THREE_CLASS_MODEL, MUC_MODEL, CONLL_MODEL), true, true,
                NumericScope.EVERY_SENTENCE, DEFAULT_NUMERIC_WINDOW, DEFAULT_NUMERIC_WINDOW_AFTER, "two",
                DEFAULT_MAX_NER_SENTENCE_TOKENS, DEFAULT_MAX_TOKEN_CHARS, DEFAULT_MAX_ARTICLE_CHARS, false, false);
    }

    /** A copy with fine-grained NER switched on or off. */
    public CoreNlpConfig withFineGrainedNer(boolean on) {
        return new CoreNlpConfig(annotators, nerModels, on, sutime, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars,
                timeOnlyWhereTemporal, gateTimeRules);
    }

    /** A copy with SUTime switched on or off. */
    public CoreNlpConfig withSutime(boolean on) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, on, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars,
                timeOnlyWhereTemporal, gateTimeRules);
    }

    /** A copy with the given CRF models. */
    public CoreNlpConfig withNerModels(List<String> models) {
        return new CoreNlpConfig(annotators, models, fineGrainedNer, sutime, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars,
                timeOnlyWhereTemporal, gateTimeRules);
    }

    /** A copy with the numeric classifiers applied in the given scope. */
    public CoreNlpConfig withNumericScope(NumericScope scope) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, sutime, scope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars,
                timeOnlyWhereTemporal, gateTimeRules);
    }

    /** A copy keeping {@code before} tokens of context before each cue word and {@code after} after it. */
    public CoreNlpConfig withNumericWindows(int before, int after) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, sutime, numericScope, before, after,
                newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars, timeOnlyWhereTemporal,
                gateTimeRules);
    }

    /** A copy running SUTime's time rules only in the numeric windows that may hold a time expression, or in all. */
    public CoreNlpConfig withTimeOnlyWhereTemporal(boolean on) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, sutime, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars, on,
                gateTimeRules);
    }

    /** A copy with SUTime's token rules gated on the nodes their patterns require, or not. */
    public CoreNlpConfig withGateTimeRules(boolean on) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, sutime, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, maxNerSentenceTokens, maxTokenChars, maxArticleChars,
                timeOnlyWhereTemporal, on);
    }

    /** A copy with other bad-input limits. */
    public CoreNlpConfig withLimits(int sentenceTokens, int tokenChars, int articleChars) {
        return new CoreNlpConfig(annotators, nerModels, fineGrainedNer, sutime, numericScope, numericWindow,
                numericWindowAfter, newlineIsSentenceBreak, sentenceTokens, tokenChars, articleChars,
                timeOnlyWhereTemporal, gateTimeRules);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
