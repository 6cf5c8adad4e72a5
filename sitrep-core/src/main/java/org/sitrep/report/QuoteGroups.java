package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.StoryAnalysis;

/**
 * A story's quotes grouped by who said them, as the human-readable reports list them: speakers in the
 * order they are first quoted, each named by its resolved entity's canonical name, else by the name
 * the text gives, else as unattributed.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteGroups {

    /** The heading for quotes whose speaker is not known. */
    static final String UNATTRIBUTED = "Unattributed";

    private QuoteGroups() {
    }

    /** Speaker name to that speaker's quotes, in story order. */
    static Map<String, List<AttributedQuote>> bySpeaker(StoryAnalysis story) {
        Map<String, List<AttributedQuote>> groups = new LinkedHashMap<>();
        for (AttributedQuote q : story.quotes()) {
            groups.computeIfAbsent(speaker(q, story), k -> new ArrayList<>()).add(q);
        }
        return groups;
    }

    static String speaker(AttributedQuote q, StoryAnalysis story) {
        if (q.speaker() != null) {
            for (Entity e : story.entities()) {
                if (e.id().equals(q.speaker())) {
                    return e.name();
                }
            }
        }
        if (q.speakerName() != null && !q.speakerName().isBlank()) {
            return q.speakerName();
        }
        return UNATTRIBUTED;
    }
}
