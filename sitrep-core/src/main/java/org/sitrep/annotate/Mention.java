package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * A named-entity mention: the span of a name as written ("Mr Erdogan", "Ankara", "Turkish"), its
 * type, and the index of the sentence it is in. Resolution to one entity per actor happens later,
 * per story.
 */
public record Mention(Span span, String text, EntityType type, int sentence) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
