package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Citation;

/**
 * A sentence Sitrep writes (headline, summary sentence) with every citation that supports it. A
 * sentence that carries a figure the sources dispute says so in {@code disputed} and in its text.
 */
public record CitedSentence(String text, List<Citation> citations, boolean disputed) {

    public CitedSentence {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a report never states what it cannot point to: " + text);
        }
    }
}
