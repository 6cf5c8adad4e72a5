package org.sitrep.nlp;

import java.util.List;
import java.util.Set;

/**
 * Settings of the CoreNLP pipeline behind {@link CoreNlpAnnotator}, with documented defaults
 * ({@link #defaults()}).
 *
 * <p>Immutable. Only the options Sitrep relies on are exposed; CoreNLP's {@code Properties} stay an
 * implementation detail of the annotator.
 *
 * @param annotators CoreNLP annotators in the order they run. Default {@code tokenize, ssplit, pos,
 *     lemma, ner}: the mapping to Sitrep's records needs at least {@code tokenize} and {@code ssplit};
 *     mentions and time expressions need {@code ner}.
 * @param fineGrainedNer whether NER refines {@code LOCATION}/{@code MISC} into {@code COUNTRY},
 *     {@code CITY}, {@code NATIONALITY} and the like. Default off: it costs about 8 s more to load
 *     and the rule-based {@code MentionRefiner} types places and demonyms from its gazetteer instead.
 * @param sutime whether SUTime recognises and normalises time expressions. Default on.
 * @param newlineIsSentenceBreak CoreNLP's {@code ssplit.newlineIsSentenceBreak}: {@code always},
 *     {@code never} or {@code two}. Default {@code two}: a paragraph break ends a sentence, a single
 *     line break (a wrapped line in scraped text) does not.
 * @param maxNerSentenceTokens sentences longer than this get no NER and no SUTime (their tokens are
 *     tagged {@code O}, with no mentions or time expressions); CoreNLP's {@code ner.maxlen}. Default
 *     300: SUTime's time grows with the square of a sentence's length (about 40 s for one
 *     3,000-token "sentence", as scraped tag lists and tables without full stops make), while
 *     sentences of news prose stay well under 100 tokens.
 */
public record CoreNlpConfig(List<String> annotators, boolean fineGrainedNer, boolean sutime,
        String newlineIsSentenceBreak, int maxNerSentenceTokens) {

    /** The annotators the default pipeline runs. */
    public static final List<String> DEFAULT_ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner");

    private static final Set<String> NEWLINE_POLICIES = Set.of("always", "never", "two");
    private static final int DEFAULT_MAX_NER_SENTENCE_TOKENS = 300;

    public CoreNlpConfig {
        annotators = List.copyOf(annotators);
        if (!annotators.contains("tokenize") || !annotators.contains("ssplit")) {
            throw new IllegalArgumentException("the pipeline needs at least tokenize and ssplit: " + annotators);
        }
        if (maxNerSentenceTokens < 1) {
            throw new IllegalArgumentException("maxNerSentenceTokens must be positive: " + maxNerSentenceTokens);
        }
        if (!NEWLINE_POLICIES.contains(newlineIsSentenceBreak)) {
            throw new IllegalArgumentException("newlineIsSentenceBreak must be one of " + NEWLINE_POLICIES
                    + ", got " + newlineIsSentenceBreak);
        }
    }

    /**
     * tokenize, ssplit, pos, lemma, ner; coarse NER; SUTime on; paragraph breaks end sentences; no
     * NER in sentences over 300 tokens.
     */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(DEFAULT_ANNOTATORS, false, true, "two", DEFAULT_MAX_NER_SENTENCE_TOKENS);
    }

    /** A copy with fine-grained NER switched on or off. */
    public CoreNlpConfig withFineGrainedNer(boolean on) {
        return new CoreNlpConfig(annotators, on, sutime, newlineIsSentenceBreak, maxNerSentenceTokens);
    }

    /** A copy with SUTime switched on or off. */
    public CoreNlpConfig withSutime(boolean on) {
        return new CoreNlpConfig(annotators, fineGrainedNer, on, newlineIsSentenceBreak, maxNerSentenceTokens);
    }
}
