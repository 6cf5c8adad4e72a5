package org.sitrep.store;

import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.StoryId;

/** A stored article with its annotation layers and the story it belongs to. */
public record StoredArticle(AnnotatedArticle article, StoryId story) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
    }
}
