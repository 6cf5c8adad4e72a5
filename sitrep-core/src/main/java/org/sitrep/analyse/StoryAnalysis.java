package org.sitrep.analyse;

import java.util.List;
import java.util.Objects;
import org.sitrep.cluster.Story;

/**
 * Everything Sitrep says about one story: resolved entities, claim groups with verdicts, events,
 * relations, attributed quotes, a cited headline and summary, a timeline, and the things its sources
 * date differently. Starts empty
 * ({@link #of(Story)}) and is filled by {@link StoryAnalyser}s, each returning a copy with its part
 * set. Immutable.
 *
 * @param headline null until a headline writer has run
 */
public record StoryAnalysis(Story story, List<Entity> entities, List<ClaimGroup> claims, List<Event> events,
        List<Relation> relations, List<AttributedQuote> quotes, CitedSentence headline, List<CitedSentence> summary,
        List<TimelineEntry> timeline, List<DateConflict> dateConflicts) {

    public StoryAnalysis {
        Objects.requireNonNull(story, "story");
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        quotes = List.copyOf(quotes);
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        dateConflicts = List.copyOf(dateConflicts);
    }

    /** An analysis without date conflicts (the shape before they were added). */
    public StoryAnalysis(Story story, List<Entity> entities, List<ClaimGroup> claims, List<Event> events,
            List<Relation> relations, List<AttributedQuote> quotes, CitedSentence headline, List<CitedSentence> summary,
            List<TimelineEntry> timeline) {
        this(story, entities, claims, events, relations, quotes, headline, summary, timeline, List.of());
    }

    /** An analysis of {@code story} with nothing found yet. */
    public static StoryAnalysis of(Story story) {
        return new StoryAnalysis(story, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of());
    }

    public StoryAnalysis withEntities(List<Entity> v) {
        return new StoryAnalysis(story, v, claims, events, relations, quotes, headline, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withClaims(List<ClaimGroup> v) {
        return new StoryAnalysis(story, entities, v, events, relations, quotes, headline, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withEvents(List<Event> v) {
        return new StoryAnalysis(story, entities, claims, v, relations, quotes, headline, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withRelations(List<Relation> v) {
        return new StoryAnalysis(story, entities, claims, events, v, quotes, headline, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withQuotes(List<AttributedQuote> v) {
        return new StoryAnalysis(story, entities, claims, events, relations, v, headline, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withHeadline(CitedSentence v) {
        return new StoryAnalysis(story, entities, claims, events, relations, quotes, v, summary, timeline, dateConflicts);
    }

    public StoryAnalysis withSummary(List<CitedSentence> v) {
        return new StoryAnalysis(story, entities, claims, events, relations, quotes, headline, v, timeline, dateConflicts);
    }

    public StoryAnalysis withDateConflicts(List<DateConflict> v) {
        return new StoryAnalysis(story, entities, claims, events, relations, quotes, headline, summary, timeline, v);
    }

    public StoryAnalysis withTimeline(List<TimelineEntry> v) {
        return new StoryAnalysis(story, entities, claims, events, relations, quotes, headline, summary, v, dateConflicts);
    }
}
