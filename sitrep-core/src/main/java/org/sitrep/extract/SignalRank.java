package org.sitrep.extract;

/**
 * How strong a piece of metadata evidence is, strongest first. For each field extraction keeps the
 * strongest signal, and among equally strong ones the first found: what a container declares beats
 * what the page's markup states, which beats what its text suggests.
 */
enum SignalRank {
    /** Declared by the container: JSON Lines keys, WARC and HTTP headers. */
    DECLARED,
    /** JSON-LD structured data. */
    STRUCTURED,
    /** {@code <meta>} tags (Open Graph, Dublin Core, article:*, parsely, sailthru ...). */
    META,
    /** Other markup: {@code <time datetime>}, {@code rel=author}, byline classes, {@code <h1>}, {@code <title>}. */
    MARKUP,
    /** A date in the page URL (/2020/02/18/). */
    URL,
    /** An explicit line of text: a byline, a "Published:" line, a date line under the headline, a copyright holder. */
    TEXT,
    /** A date banner above the headline: may be the day the page was rendered rather than published. */
    TEXT_BANNER,
    /** An "Updated:" line, used as the publication date only when nothing better is known. */
    TEXT_UPDATED,
    /** Weak text evidence: a copyright year, a wire-service dateline. */
    TEXT_WEAK
}
