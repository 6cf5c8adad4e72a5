package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One sentence: its position in the article, its span, and the tokens it holds as the half-open
 * index range {@code [firstToken, endToken)} into the article's token list.
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        if (index < 0 || firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("bad sentence " + index + " tokens [" + firstToken + "," + endToken + ")");
        }
    }
}
