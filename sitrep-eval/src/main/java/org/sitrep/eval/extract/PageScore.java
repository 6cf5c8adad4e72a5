package org.sitrep.eval.extract;

import java.util.Objects;

/**
 * How one extractor did on one page: the text score (bag of words for WCXB, snippet counts for
 * trafilatura's data), and what it found for the metadata the page has gold for, for reading the
 * errors one by one. Immutable.
 *
 * @param text the page's bag-of-words score, or null for a snippet-scored dataset
 * @param snippets the page's snippet counts, or {@link SnippetCounts#NONE} for WCXB
 * @param date how the publication date compared with the gold
 */
public record PageScore(BenchPage page, Extraction extraction, Prf text, SnippetCounts snippets, DateOutcome date,
        boolean titleMatches, boolean authorMatches) {

    /** How a found publication date compares with the gold one. */
    public enum DateOutcome {
        /** The page has no gold date. */
        NO_GOLD,
        /** The same day. */
        EXACT,
        /** Another day. */
        WRONG,
        /** Only a month or year was found. */
        COARSE,
        /** No date was found. */
        NONE
    }

    public PageScore {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(snippets, "snippets");
        Objects.requireNonNull(date, "date");
    }
}
