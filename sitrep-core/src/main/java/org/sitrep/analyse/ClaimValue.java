package org.sitrep.analyse;

import java.util.Objects;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

/**
 * One source's figure for a counted quantity: the words as written ("more than a dozen Turkish
 * soldiers"), the normalised value and bounds, where it stands, who the article attributes it to
 * ("the coast guard"; null when the article gives it as its own), and the time span the sentence
 * says it covers (null when it says none).
 */
public record ClaimValue(ArticleId article, String text, double value, double low, double high, Span span,
        String speaker, org.sitrep.model.DateRange scope) {

    public ClaimValue {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A figure with no attribution and no stated time span. */
    public ClaimValue(ArticleId article, String text, double value, double low, double high, Span span) {
        this(article, text, value, low, high, span, null, null);
    }
}
