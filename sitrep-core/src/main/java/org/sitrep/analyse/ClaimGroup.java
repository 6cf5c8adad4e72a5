package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;

/**
 * The figures a story's sources give for one counted quantity ("Turkish soldiers killed"), with the
 * verdict on whether they agree and a one-line explanation naming the sources and values.
 */
public record ClaimGroup(String quantity, Verdict verdict, String explanation, List<ClaimValue> values) {

    public ClaimGroup {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a claim group needs at least one value");
        }
    }
}
