package org.sitrep.store;

import java.util.List;

/**
 * One line of a story list: id, headline (null when none), the first and last published day of its
 * articles (ISO days, null when undated), how many articles, their publishers, and the names of its
 * most prominent entities.
 */
public record StorySummary(String id, String headline, String firstDate, String lastDate, int articles,
        List<String> publishers, List<String> topEntities) {

    public StorySummary {
        publishers = List.copyOf(publishers);
        topEntities = List.copyOf(topEntities);
    }
}
