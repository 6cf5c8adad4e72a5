package org.sitrep.nlp;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What annotation of one article left out or cut because the input broke a bad-input limit of
 * {@link CoreNlpConfig}: sentences tagged in pieces, tokens left untagged, text past the article
 * limit. Collected while one article is annotated, then turned into one warning per kind.
 *
 * <p>Mutable and confined to the thread annotating the article.
 */
final class TaggingLimits {

    private final CoreNlpConfig config;
    private int splitSentences;
    private int longestSentence;
    private int firstSplitAt = -1;
    private int skippedTokens;
    private int longestToken;
    private int firstSkippedAt = -1;
    private int annotatedChars = -1;
    private int totalChars;

    TaggingLimits(CoreNlpConfig config) {
        this.config = config;
    }

    /** A sentence of {@code tokens} tokens starting at character {@code at} was tagged in pieces. */
    void sentenceSplit(int tokens, int at) {
        splitSentences++;
        longestSentence = Math.max(longestSentence, tokens);
        if (firstSplitAt < 0) {
            firstSplitAt = at;
        }
    }

    /** A token of {@code chars} characters at character {@code at} was left out of tagging. */
    void tokenSkipped(int chars, int at) {
        skippedTokens++;
        longestToken = Math.max(longestToken, chars);
        if (firstSkippedAt < 0) {
            firstSkippedAt = at;
        }
    }

    /** Only the first {@code annotated} of the text's {@code total} characters were annotated. */
    void textCut(int annotated, int total) {
        this.annotatedChars = annotated;
        this.totalChars = total;
    }

    /** One sentence per kind of limit reached, for the run's warnings; empty when none was. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (annotatedChars >= 0) {
            out.add("text of " + count(totalChars) + " characters is longer than " + count(config.maxArticleChars())
                    + "; only the first " + count(annotatedChars) + " were annotated");
        }
        if (splitSentences > 0) {
            out.add(count(splitSentences) + (splitSentences == 1 ? " sentence" : " sentences") + " longer than "
                    + count(config.maxNerSentenceTokens()) + " tokens (the longest " + count(longestSentence)
                    + ", the first at character " + count(firstSplitAt) + ") tagged for names and dates in pieces");
        }
        if (skippedTokens > 0) {
            out.add(count(skippedTokens) + (skippedTokens == 1 ? " run" : " runs") + " of text without spaces longer than "
                    + count(config.maxTokenChars()) + " characters (the longest " + count(longestToken)
                    + ", the first at character " + count(firstSkippedAt) + ") left out of name and date tagging");
        }
        return out;
    }

    private static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
