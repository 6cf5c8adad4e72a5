package org.sitrep.extract;

import java.util.Objects;

/**
 * Why extraction chose a metadata value: the field ({@code title}, {@code published}, {@code updated},
 * {@code author}, {@code publisher}, {@code language}), the value chosen, and the evidence, e.g.
 * {@code "byline '18-Feb-2020'"} or {@code "meta article:published_time"}.
 */
public record MetadataEvidence(String field, String value, String basis) {

    public MetadataEvidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
    }
}
