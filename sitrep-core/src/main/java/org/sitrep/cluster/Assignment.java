package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;

/**
 * Where {@link StoryTracker#offer} put one article: the story it joined or started, the article it
 * copies (if it is a near-duplicate), how similar it was to the story, the day it was placed on, and
 * what was unusual about it. Assignments are final: a later article never moves an earlier one.
 *
 * @param story the tracker's id of the story: {@code StoryId.of(List.of(founder))}, the id of the
 *     story as its first article alone, fixed for the story's life
 * @param founded true when the article started the story
 * @param copyOf the earlier article of the story this one copies, or null
 * @param similarity similarity to the story joined, or to the nearest story when it started one (0
 *     when there was none)
 * @param placedOn the day the article was placed on: its own date or, for an article without one,
 *     the stream's latest date (moved into the article's date range when it has one); null when it has
 *     no date and no dated article had arrived yet
 * @param notes what was unusual: {@link Note}
 * @param closed stories that left the active set while this article was placed (they take no more
 *     articles)
 */
public record Assignment(ArticleId article, StoryId story, boolean founded, ArticleId copyOf, double similarity,
        LocalDate placedOn, Set<Note> notes, List<StoryId> closed) {

    /** Something about an article that the caller may want to report. */
    public enum Note {
        /** The article has no published date; placed on the stream's date. */
        UNDATED,
        /**
         * The article's published date is a range (a week, a month, a year); placed on the stream's date
         * moved into that range, and kept out of stories the range is too far from.
         */
        COARSE_DATE,
        /** Nothing to compare (no text, terms, names or embedding): the article is a story of its own. */
        EMPTY,
            /** Published before the active window: the stories it belongs to may already have closed. */
        LATE
    }

    public Assignment {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
        notes = notes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notes));
        closed = List.copyOf(closed);
    }
}
