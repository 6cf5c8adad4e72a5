package org.sitrep.analyse;

import java.util.Objects;
import org.sitrep.model.ArticleId;
import org.sitrep.model.EntityId;
import org.sitrep.model.Span;

/**
 * A quote of a story with its speaker resolved to one of the story's entities (null when the speaker
 * is unnamed or not an entity), the name as shown to readers, and where the words stand.
 */
public record AttributedQuote(String text, EntityId speaker, String speakerName, String cue, boolean direct,
        ArticleId article, Span span) {

    public AttributedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }
}
