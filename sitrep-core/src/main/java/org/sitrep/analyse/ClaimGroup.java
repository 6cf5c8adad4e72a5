package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;

/**
 * The figures a story's sources give for one counted quantity ("Turkish soldiers killed"), with the
 * verdict on whether they agree, a one-line explanation naming the sources and values, and what is
 * counted in comparable form ({@code counted}; null when unknown).
 */
public record ClaimGroup(String quantity, Verdict verdict, String explanation, List<ClaimValue> values,
        CountedQuantity counted) {

    public ClaimGroup {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a claim group needs at least one value");
        }
    }

    /** A group whose counted quantity is not known in comparable form. */
    public ClaimGroup(String quantity, Verdict verdict, String explanation, List<ClaimValue> values) {
        this(quantity, verdict, explanation, values, null);
    }
}
