package org.sitrep.analyse;

import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Quantity;

/**
 * One quantity of one article that may be compared across sources, with what it counts and the
 * words that name the counted thing ("Turkish soldiers"). {@code primary} is false for the smaller
 * figures an article gives for the same thing (the parts of a total, or other figures). {@code
 * speaker} is who the article attributes the figure to, or null.
 */
record ClaimCandidate(AnnotatedArticle article, Quantity quantity, ClaimKey key, String countedWords,
        boolean primary, String speaker) {

    /**
     * This figure as a smaller one next to {@code main}: it keeps its own key but takes the main
     * figure's country when it names none ("13 Turkish soldiers ... eight of its soldiers").
     */
    ClaimCandidate asSecondaryTo(ClaimCandidate main) {
        ClaimKey k = key.country() != null ? key
                : new ClaimKey(key.kind(), main.key().country(), key.outcome(), key.unit(), key.scope());
        return new ClaimCandidate(article, quantity, k, countedWords, false, speaker);
    }

    /** Longest gap, in characters, between a number and its counted words for both to be quoted together. */
    private static final int MAX_GAP = 40;

    /** The value as written: the number with its counted words when they stand close together. */
    ClaimValue toValue() {
        org.sitrep.model.Span span = quantity.span();
        org.sitrep.model.Span counted = quantity.counted();
        if (counted != null && counted.fits(article.text().length())
                && Math.max(counted.start() - span.end(), span.start() - counted.end()) <= MAX_GAP) {
            span = span.union(counted);
        }
        return new ClaimValue(article.id(), span.of(article.text()), quantity.value(), quantity.low(),
                quantity.high(), span, speaker, key.scope());
    }
}
