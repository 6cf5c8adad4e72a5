package org.sitrep.store;

import java.util.List;

/**
 * One story's entity that stands for the same actor as the one asked about (same canonical name,
 * ignoring case, and same type): the entity, its story with headline and dates, its aliases and how
 * often the story mentions it.
 */
public record EntityAppearance(String entity, String name, String type, String story, String headline,
        String firstDate, String lastDate, List<String> aliases, int mentions) {

    public EntityAppearance {
        aliases = List.copyOf(aliases);
    }
}
