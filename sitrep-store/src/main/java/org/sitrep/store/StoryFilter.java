package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stories to list and which page of them.
 *
 * @param text words that an article of the story must contain (all of them, in title or text); null
 *     or blank for any
 * @param entity an entity id, or a name or alias of an entity of the story (case-insensitive); null
 *     for any
 * @param from the story must have an article published on or after this day; null for no bound
 * @param to the story must have an article published on or before this day; null for no bound
 * @param limit stories per page, 1 to {@link #MAX_LIMIT}
 * @param offset stories to skip, at least 0
 */
public record StoryFilter(String text, String entity, LocalDate from, LocalDate to, int limit, int offset) {

    /** Most stories one page may hold. */
    public static final int MAX_LIMIT = 100;

    public StoryFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        }
    }
}
