package org.sitrep.model;

/**
 * Identifier of one resolved actor within a story: the story id, {@code /e} and a number assigned
 * in order of prominence (most mentioned first), e.g. {@code s-1a2b3c4d5e/e1}. Unique in a report.
 */
public record EntityId(String value) implements Comparable<EntityId> {

    public EntityId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entity id must not be blank");
        }
    }

    /** The {@code n}th entity of a story, counting from 1. */
    public static EntityId of(StoryId story, int n) {
        return new EntityId(story.value() + "/e" + n);
    }

    @Override
    public int compareTo(EntityId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
