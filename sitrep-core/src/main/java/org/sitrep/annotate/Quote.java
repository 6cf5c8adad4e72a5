package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * Words attributed to a speaker. A direct quote's span covers the text inside the quotation marks;
 * an indirect one ("X said that ...") covers the reported clause.
 *
 * @param speaker span of the name the speaker resolves to (a pronoun or title is resolved to the
 *     named person's mention, possibly in an earlier sentence); null when unresolved
 * @param speakerText the speaker as named at the cue, or the resolved name ("the ministry",
 *     "Sergey Lavrov"); null when no speaker was found
 * @param cue the attribution verb or phrase ("said", "told reporters"); null when none
 */
public record Quote(Span span, Span speaker, String speakerText, String cue, boolean direct, int sentence) {

    public Quote {
        Objects.requireNonNull(span, "span");
    }
}
