package org.sitrep.extract;

/**
 * How the main content of an HTML page is found: which text blocks count as content, how much
 * non-content text costs a container, and how far markup evidence (class and id names,
 * {@code <article>}, {@code <main>}, JSON-LD {@code articleBody}) moves the choice.
 *
 * @param minContentChars a block needs this many characters to count as content rather than
 *     neutral (default 25: shorter blocks are labels, buttons, dates)
 * @param maxLinkDensity a block whose share of linked characters exceeds this is a link list, not
 *     content (default 0.5)
 * @param noiseWeight what a character of non-content text (link lists, boxes marked as navigation,
 *     comments, related stories) costs a container, against 1 gained per content character
 *     (default 0.6: a container must hold clearly more content than noise)
 * @param markupBoost factor applied to a container that is an {@code <article>}, a {@code <main>},
 *     an {@code itemprop=articleBody} or whose class or id says article, story, content or body
 *     (default 1.3)
 * @param wrapperShare an element whose class or id sounds like noise ("sidebar", "comments") is
 *     still taken for a page wrapper when it holds more than this share of the page's content
 *     text (default 0.6), so a {@code <div class="has-sidebar">} around everything does not hide
 *     the article
 * @param minArticleBodyChars a JSON-LD {@code articleBody} is used as evidence only from this many
 *     characters (default 200)
 * @param minArticleBodyRecall when the chosen container holds less than this share of the words of
 *     the JSON-LD {@code articleBody}, a better matching container is sought and, failing that,
 *     the {@code articleBody} text is used (default 0.5)
 * @param fallbackMaxChars when the first pass keeps fewer characters than this, a second pass runs
 *     over the whole page that ignores the weaker class evidence (sidebar, page header) and the
 *     choice of one container (default 800: shorter than almost any article, longer than a teaser)
 * @param fallbackGain the second pass is taken only when it keeps at least this many times as much
 *     text as the first (default 2.0), so a page that really is short keeps its first reading
 */
public record HtmlScoringConfig(int minContentChars, double maxLinkDensity, double noiseWeight, double markupBoost,
        double wrapperShare, int minArticleBodyChars, double minArticleBodyRecall, int fallbackMaxChars,
        double fallbackGain) {

    public HtmlScoringConfig {
        if (minContentChars < 0 || minArticleBodyChars < 0) {
            throw new IllegalArgumentException("character counts must not be negative");
        }
        if (!(maxLinkDensity >= 0 && maxLinkDensity <= 1) || !(wrapperShare >= 0 && wrapperShare <= 1)
                || !(minArticleBodyRecall >= 0 && minArticleBodyRecall <= 1)) {
            throw new IllegalArgumentException("shares must be between 0 and 1");
        }
        if (fallbackMaxChars < 0 || !(fallbackGain >= 1)) {
            throw new IllegalArgumentException("fallbackMaxChars must not be negative and fallbackGain must be >= 1");
        }
        if (!(noiseWeight >= 0) || !(markupBoost >= 1)) {
            throw new IllegalArgumentException("noiseWeight must be >= 0 and markupBoost >= 1");
        }
    }

    /** The documented defaults. */
    public static HtmlScoringConfig defaults() {
        return new HtmlScoringConfig(25, 0.5, 0.6, 1.3, 0.6, 200, 0.5, 800, 2.0);
    }
}
