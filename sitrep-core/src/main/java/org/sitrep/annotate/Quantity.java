package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A number in the text with what it counts: "more than a dozen Turkish soldiers" is value 12,
 * bounds (12, +inf), qualifier {@link Qualifier#MORE_THAN}, counted "Turkish soldiers" with head
 * {@code soldier}.
 *
 * <p>{@code low <= value <= high} always holds; an open bound is {@code Double.POSITIVE_INFINITY}
 * or 0. Years, dates and times are not quantities (they are {@link TimeExpression}s).
 *
 * @param span the number with its qualifier words ("more than a dozen")
 * @param unit {@code percent}, a currency code, {@code km2}, {@code km}; null for plain counts
 * @param counted span of the counted phrase ("Turkish soldiers"), null when none was found
 * @param countedHead lemma of the counted phrase's head noun ("soldier"), null when none
 */
public record Quantity(Span span, String text, double value, double low, double high, Qualifier qualifier,
        String unit, Span counted, String countedHead, int sentence) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        if (Double.isNaN(value) || low > value || value > high) {
            throw new IllegalArgumentException("quantity '" + text + "' needs low <= value <= high, got "
                    + low + " <= " + value + " <= " + high);
        }
    }

    /** True when the two quantities' bounds leave room for one true value. */
    public boolean compatibleWith(Quantity other) {
        return low <= other.high && other.low <= high;
    }
}
