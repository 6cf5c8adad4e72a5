package org.sitrep.analyse;

import java.util.Objects;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

/**
 * One source's figure for a counted quantity: the words as written ("more than a dozen Turkish
 * soldiers"), the normalised value and bounds, and where it stands.
 */
public record ClaimValue(ArticleId article, String text, double value, double low, double high, Span span) {

    public ClaimValue {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
