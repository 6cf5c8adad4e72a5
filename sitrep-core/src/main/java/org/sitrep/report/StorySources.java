package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.DateConflict;
import org.sitrep.analyse.DatedMention;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;

/**
 * The numbered source list of one story, as the human-readable reports show it: the story's articles
 * in story order, then any other article of the report that the story cites, numbered from 1, so a
 * citation marker {@code [2]} names the second source.
 *
 * <p>Immutable and thread-safe; built in time linear in the story's citations.
 */
record StorySources(List<Article> articles) {

    StorySources {
        articles = List.copyOf(articles);
    }

    /** The sources of {@code story}; {@code known} maps every article of the report by id. */
    static StorySources of(StoryAnalysis story, Map<ArticleId, Article> known) {
        Map<ArticleId, Article> ordered = new LinkedHashMap<>();
        for (AnnotatedArticle a : story.story().articles()) {
            ordered.putIfAbsent(a.id(), a.article());
        }
        for (Citation c : citedIn(story)) {
            Article a = known.get(c.article());
            if (a != null) {
                ordered.putIfAbsent(a.id(), a);
            }
        }
        return new StorySources(new ArrayList<>(ordered.values()));
    }

    /** The 1-based number of the article in this list, or 0 when the story does not know it. */
    int number(ArticleId id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Every citation a report shows for the story: headline, summary, claims, events, relations,
     * quotes, timeline (the order the reports show them in), then the dates of date conflicts. Entity
     * mentions are left out: the reports count them rather than link each.
     */
    static List<Citation> citedIn(StoryAnalysis s) {
        List<Citation> all = new ArrayList<>();
        if (s.headline() != null) {
            all.addAll(s.headline().citations());
        }
        for (CitedSentence c : s.summary()) {
            all.addAll(c.citations());
        }
        for (ClaimGroup g : s.claims()) {
            for (ClaimValue v : g.values()) {
                all.add(new Citation(v.article(), v.span()));
            }
        }
        for (Event e : s.events()) {
            all.addAll(e.evidence());
        }
        for (Relation r : s.relations()) {
            all.addAll(r.evidence());
        }
        for (AttributedQuote q : s.quotes()) {
            all.add(new Citation(q.article(), q.span()));
        }
        for (TimelineEntry t : s.timeline()) {
            all.addAll(t.citations());
        }
        for (DateConflict c : s.dateConflicts()) {
            for (DatedMention d : c.dates()) {
                all.add(new Citation(d.article(), d.span()));
            }
        }
        return all;
    }
}
