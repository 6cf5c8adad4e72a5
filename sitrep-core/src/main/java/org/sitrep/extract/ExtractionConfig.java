package org.sitrep.extract;

import java.util.Objects;

/**
 * How extraction weighs lines and blocks. Every threshold the extractor uses is here, with the
 * default chosen and why; {@link #defaults()} is what the CLI and the server use.
 *
 * @param maxTitleChars a first line longer than this is body text, not a title (default 250:
 *     the longest headlines run to about 200 characters)
 * @param maxHeadlineWords lines with more words are never taken for a headline, an alternate
 *     headline or a teaser (default 25)
 * @param titleCaseShare share of capitalised content words that makes a line Title Case (default
 *     0.8, so one lower-case word in a long headline does not disqualify it)
 * @param maxTeaserLines how many headline-like lines after a list header ("Most Read") are taken
 *     for its teasers (default 12)
 * @param maxCaptionWords a paragraph right before a photo credit is its caption only up to this
 *     many words (default 60: captions are one or two sentences)
 * @param minRepeatedLineChars a line of at least this many characters that occurs twice is a
 *     repeated caption or pull quote (default 40: short lines such as "Reuters" repeat legitimately)
 * @param promoMaxOverlap a dated paragraph that shares fewer of its content words than this with
 *     the rest of the article is a promo for another story (default 0.15)
 * @param promoMinContentWords the overlap test above only judges paragraphs with at least this many
 *     content words, and only against a rest of at least ten times as many (default 8)
 * @param maxDateLineWords a line holding a date is a date line or byline only up to this many
 *     words (default 14)
 * @param minLanguageWords the language is guessed only from at least this many words (default 20)
 * @param minLanguageShare share of a language's stopwords among the words needed to name it
 *     (default 0.2: English prose runs at 0.35 to 0.5 with the table used)
 * @param minTextChars a body shorter than this after boilerplate removal is no article (default 1:
 *     extraction keeps short texts rather than guess they are not news)
 * @param maxRemovedBlocks at most this many removed blocks are kept in {@link Article#boilerplate()}
 *     (default 300); the rest are counted in one last entry
 * @param maxRemovedBlockChars a removed block longer than this is kept shortened (default 2000)
 * @param html how HTML pages are scored for their main content
 */
public record ExtractionConfig(int maxTitleChars, int maxHeadlineWords, double titleCaseShare, int maxTeaserLines,
        int maxCaptionWords, int minRepeatedLineChars, double promoMaxOverlap, int promoMinContentWords,
        int maxDateLineWords, int minLanguageWords, double minLanguageShare, int minTextChars,
        int maxRemovedBlocks, int maxRemovedBlockChars, HtmlScoringConfig html) {

    public ExtractionConfig {
        positive("maxTitleChars", maxTitleChars);
        positive("maxHeadlineWords", maxHeadlineWords);
        share("titleCaseShare", titleCaseShare);
        positive("maxTeaserLines", maxTeaserLines);
        positive("maxCaptionWords", maxCaptionWords);
        positive("minRepeatedLineChars", minRepeatedLineChars);
        share("promoMaxOverlap", promoMaxOverlap);
        positive("promoMinContentWords", promoMinContentWords);
        positive("maxDateLineWords", maxDateLineWords);
        positive("minLanguageWords", minLanguageWords);
        share("minLanguageShare", minLanguageShare);
        positive("minTextChars", minTextChars);
        positive("maxRemovedBlocks", maxRemovedBlocks);
        positive("maxRemovedBlockChars", maxRemovedBlockChars);
        Objects.requireNonNull(html, "html");
    }

    /** The documented defaults. */
    public static ExtractionConfig defaults() {
        return new ExtractionConfig(250, 25, 0.8, 12, 60, 40, 0.15, 8, 14, 20, 0.2, 1, 300, 2000,
                HtmlScoringConfig.defaults());
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
        }
    }
}
