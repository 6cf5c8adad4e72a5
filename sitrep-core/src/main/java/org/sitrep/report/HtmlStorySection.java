package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.extract.Article;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;

/**
 * Writes one story's section of {@code report.html}: headline, summary, entities, claims with verdict
 * badges, events, relations, quotes by speaker, timeline and sources. Every citation marker links to
 * the highlighted span in the article texts further down the page ({@link CitationAnchors}).
 *
 * <p>All data goes through {@link HtmlBuilder}, which escapes it. Not thread-safe (it writes into one
 * builder); cheap to create, one per story.
 */
final class HtmlStorySection {

    /** Suffixes that tell apart passages of one source cited together; past z the number stands alone. */
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final HtmlBuilder html;
    private final StoryAnalysis story;
    private final StorySources sources;
    private final CitationAnchors anchors;
    private final String anchor;
    private final Map<EntityId, Entity> entities = new LinkedHashMap<>();

    HtmlStorySection(HtmlBuilder html, StoryAnalysis story, StorySources sources, CitationAnchors anchors,
            String anchor) {
        this.html = html;
        this.story = story;
        this.sources = sources;
        this.anchors = anchors;
        this.anchor = anchor;
        story.entities().forEach(e -> entities.put(e.id(), e));
    }

    /** The text a story is listed under: its headline, or its id when no headline was written. */
    static String title(StoryAnalysis s) {
        return s.headline() != null ? s.headline().text() : "Story " + s.story().id().value();
    }

    void write() {
        html.open("section", "class", "story", "id", anchor).newline();
        html.open("h2").text(title(story));
        if (story.headline() != null) {
            markers(story.headline().citations());
        }
        html.close("h2").newline();
        html.element("p", "Story " + story.story().id().value() + " \u00b7 "
                + DisplayFormat.count(story.story().articles().size(), "article"), "class", "meta").newline();
        summary();
        entities();
        claims();
        events();
        relations();
        dateConflicts();
        quotes();
        timeline();
        sourceList();
        html.close("section").newline();
    }

    private void summary() {
        if (story.summary().isEmpty()) {
            return;
        }
        html.element("h3", "Summary").newline().open("ul", "class", "summary").newline();
        for (CitedSentence c : story.summary()) {
            html.open("li").text(c.text());
            if (c.disputed()) {
                html.raw(" ").element("span", "disputed", "class", "badge disputed",
                        "title", "the sources disagree on a figure in this sentence");
            }
            markers(c.citations());
            html.close("li").newline();
        }
        html.close("ul").newline();
    }

    private void entities() {
        if (story.entities().isEmpty()) {
            return;
        }
        html.element("h3", "Entities").newline();
        tableStart("Name", "Type", "Also called", "Mentions");
        for (Entity e : story.entities()) {
            List<String> aliases = new ArrayList<>();
            for (String a : e.aliases()) {
                if (!a.equals(e.name())) {
                    aliases.add(a);
                }
            }
            html.open("tr");
            html.element("td", e.name());
            html.element("td", e.type().label());
            html.element("td", aliases.isEmpty() ? DisplayFormat.UNKNOWN : String.join(", ", aliases));
            html.element("td", Integer.toString(e.mentions().size()), "class", "num");
            html.close("tr").newline();
        }
        tableEnd();
    }

    private void claims() {
        if (story.claims().isEmpty()) {
            return;
        }
        html.element("h3", "Claims").newline();
        tableStart("Quantity", "Verdict", "Values", "Explanation");
        for (ClaimGroup g : story.claims()) {
            html.open("tr");
            html.element("td", g.quantity());
            html.open("td").element("span", DisplayFormat.verdict(g.verdict()),
                    "class", "badge v-" + g.verdict().label()).close("td");
            html.open("td").open("ul");
            for (ClaimValue v : g.values()) {
                html.open("li").text("\u201c" + v.text() + "\u201d = " + DisplayFormat.value(v));
                markers(List.of(new Citation(v.article(), v.span())));
                html.close("li");
            }
            html.close("ul").close("td");
            html.element("td", g.explanation());
            html.close("tr").newline();
        }
        tableEnd();
    }

    private void events() {
        if (story.events().isEmpty()) {
            return;
        }
        html.element("h3", "Events").newline();
        tableStart("Date", "Who", "Action", "Where", "What", "Sources");
        for (Event e : story.events()) {
            html.open("tr");
            html.element("td", DisplayFormat.date(e.date()), "title", e.dateBasis());
            String who = e.actor() == null ? "(unnamed)" : name(e.actor());
            if (e.target() != null) {
                who += " \u2192 " + name(e.target());
            }
            html.element("td", who);
            html.element("td", e.action().label(), "title", "CAMEO " + e.action().code());
            html.element("td", DisplayFormat.orUnknown(e.location()));
            html.element("td", e.description());
            html.open("td");
            markers(e.evidence());
            html.close("td").close("tr").newline();
        }
        tableEnd();
    }

    private void relations() {
        if (story.relations().isEmpty()) {
            return;
        }
        html.element("h3", "Relations").newline();
        new ActorGraphSvg(story, entities).write(html);
        html.open("ul").newline();
        for (Relation r : story.relations()) {
            html.open("li").element("strong", name(r.source())).text(" " + r.relation().label() + " ")
                    .element("strong", name(r.target()))
                    .raw(" ").element("span", "(" + DisplayFormat.count(r.count(), "statement") + ")",
                            "class", "muted");
            markers(r.evidence());
            html.close("li").newline();
        }
        html.close("ul").newline();
    }

    private void dateConflicts() {
        if (story.dateConflicts().isEmpty()) {
            return;
        }
        html.element("h3", "Dates the sources give").newline();
        tableStart("What", "Verdict", "Dates", "Explanation");
        for (org.sitrep.analyse.DateConflict c : story.dateConflicts()) {
            html.open("tr");
            html.element("td", c.subject());
            html.open("td").element("span", DisplayFormat.verdict(c.verdict()),
                    "class", "badge v-" + c.verdict().label()).close("td");
            html.open("td").open("ul");
            for (org.sitrep.analyse.DatedMention d : c.dates()) {
                html.open("li").text("\u201c" + d.text() + "\u201d = " + d.date().iso());
                markers(List.of(new Citation(d.article(), d.span())));
                html.close("li");
            }
            html.close("ul").close("td");
            html.element("td", c.explanation());
            html.close("tr").newline();
        }
        tableEnd();
    }

    private void quotes() {
        if (story.quotes().isEmpty()) {
            return;
        }
        html.element("h3", "Quotes").newline();
        for (Map.Entry<String, List<AttributedQuote>> group : QuoteGroups.bySpeaker(story).entrySet()) {
            html.element("h4", group.getKey()).newline();
            for (AttributedQuote q : group.getValue()) {
                html.open("blockquote");
                html.text(q.direct() ? "\u201c" + q.text() + "\u201d" : q.text());
                if (q.cue() != null && !q.cue().isBlank()) {
                    html.raw(" ").element("span", "\u2014 " + q.cue(), "class", "muted");
                }
                markers(List.of(new Citation(q.article(), q.span())));
                html.close("blockquote").newline();
            }
        }
    }

    private void timeline() {
        if (story.timeline().isEmpty()) {
            return;
        }
        html.element("h3", "Timeline").newline();
        tableStart("Date", "What", "Sources");
        for (TimelineEntry t : story.timeline()) {
            html.open("tr");
            html.open("td").element("time", t.date().iso()).close("td");
            html.element("td", t.text());
            html.open("td");
            markers(t.citations());
            html.close("td").close("tr").newline();
        }
        tableEnd();
    }

    private void sourceList() {
        html.element("h3", "Sources").newline().open("ol", "class", "sources").newline();
        List<Article> list = sources.articles();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            html.open("li", "id", sourceAnchor(i + 1)).text(DisplayFormat.sourceLabel(a));
            if (a.author() != null && !a.author().isBlank()) {
                html.text(", by " + a.author());
            }
            html.text(" \u2014 ").link(a.origin().url(), a.origin().source());
            String text = anchors.article(a.id());
            if (text != null) {
                html.text(" \u00b7 ").element("a", "text", "href", "#" + text);
            }
            html.close("li").newline();
        }
        html.close("ol").newline();
    }

    /**
     * One marker per distinct citation, {@code [n]} with n the source's number, linking to the cited
     * words; when one group cites several passages of the same source they are told apart as
     * {@code [1a] [1b]}. A citation of an article the report lacks shows {@code [?]} without a link.
     */
    private void markers(List<Citation> citations) {
        List<Citation> distinct = new ArrayList<>(new LinkedHashSet<>(citations));
        Map<Integer, Integer> perSource = new LinkedHashMap<>();
        for (Citation c : distinct) {
            perSource.merge(sources.number(c.article()), 1, Integer::sum);
        }
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        for (Citation c : distinct) {
            int n = sources.number(c.article());
            String target = anchors.citation(c);
            html.raw(" ");
            if (n == 0 || target == null) {
                html.element("span", "[?]", "class", "cite", "title", "cites " + c.article().value()
                        + ", which is not in this report");
                continue;
            }
            int k = seen.merge(n, 1, Integer::sum);
            String label = perSource.get(n) > 1 && k <= LETTERS.length() ? n + LETTERS.substring(k - 1, k) : "" + n;
            html.element("a", "[" + label + "]", "class", "cite", "href", "#" + target,
                    "title", DisplayFormat.sourceLabel(sources.articles().get(n - 1)));
        }
    }

    private void tableStart(String... headers) {
        html.open("div", "class", "scroll").open("table").open("thead").open("tr");
        for (String h : headers) {
            html.element("th", h);
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
    }

    private void tableEnd() {
        html.close("tbody").close("table").close("div").newline();
    }

    private String name(EntityId id) {
        Entity e = entities.get(id);
        return e == null ? id.value() : e.name();
    }

    private String sourceAnchor(int number) {
        return anchor + "-source-" + number;
    }
}
