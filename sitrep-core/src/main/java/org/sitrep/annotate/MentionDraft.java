package org.sitrep.annotate;

import java.util.Comparator;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * A mention while the {@link MentionRefiner} reworks it: the token range {@code [first, end)} it
 * covers, its character span and type. A mention whose span does not line up with the article's
 * tokens (hand-built articles, or no tokens at all) is kept as an unaligned draft that only its type
 * may change.
 */
record MentionDraft(int first, int end, Span span, EntityType type, boolean aligned) {

    static final Comparator<MentionDraft> ORDER = Comparator.comparing(MentionDraft::span);

    MentionDraft withType(EntityType t) {
        return new MentionDraft(first, end, span, t, aligned);
    }
}
