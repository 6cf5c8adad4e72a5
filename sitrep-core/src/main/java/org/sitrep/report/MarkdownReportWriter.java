package org.sitrep.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;

/**
 * The writer of {@code report.md}: the report as Markdown for reading in a terminal, an editor or a
 * code host. Per story: headline, summary with citation markers ({@code [2]}) that link to the
 * story's numbered source list, entities with their aliases, a claims table with verdict marks,
 * events, relations, quotes grouped by speaker and the timeline; then every article read, with what
 * extraction removed from it.
 *
 * <p>All article-derived text goes through {@link MarkdownEscaper}, so a {@code |} in a title stays
 * inside its table cell and a {@code <script>} stays text. Output is UTF-8 with {@code \n} line ends
 * and deterministic. Stateless and thread-safe; linear in the size of the report.
 */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole report as Markdown text. */
    public String render(Report report) {
        Map<ArticleId, Article> known = report.articlesById();
        StringBuilder md = new StringBuilder();
        md.append("# Situation report\n\n");
        md.append(DisplayFormat.runCounts(report.stats())).append(".\n\n");
        List<StoryAnalysis> stories = report.stories();
        for (int i = 0; i < stories.size(); i++) {
            md.append(i + 1).append(". [").append(MarkdownEscaper.inline(headlineText(stories.get(i))))
                    .append("](#").append(storyAnchor(i)).append(")\n");
        }
        if (!report.recurring().isEmpty()) {
            md.append("\n## Figures across stories\n\n");
            for (org.sitrep.analyse.RecurringClaim r : report.recurring()) {
                md.append("- ").append(DisplayFormat.verdict(r.verdict())).append(": ")
                        .append(MarkdownEscaper.inline(r.quantity())).append(" \u2014 ")
                        .append(MarkdownEscaper.inline(r.explanation())).append('\n');
            }
        }
        for (int i = 0; i < stories.size(); i++) {
            md.append("\n---\n\n");
            story(md, i, stories.get(i), StorySources.of(stories.get(i), known));
        }
        articles(md, report.articles());
        return md.toString();
    }

    private static void story(StringBuilder md, int index, StoryAnalysis s, StorySources sources) {
        String anchor = storyAnchor(index);
        Map<EntityId, Entity> entities = new LinkedHashMap<>();
        s.entities().forEach(e -> entities.put(e.id(), e));

        md.append("<a id=\"").append(anchor).append("\"></a>\n\n");
        md.append("## ").append(index + 1).append(". ").append(MarkdownEscaper.inline(headlineText(s)));
        if (s.headline() != null) {
            md.append(' ').append(markers(s.headline().citations(), sources, anchor));
        }
        md.append("\n\nStory ").append(MarkdownEscaper.inline(s.story().id().value())).append(" \u00b7 ")
                .append(DisplayFormat.count(s.story().articles().size(), "article")).append('\n');

        if (!s.summary().isEmpty()) {
            md.append("\n### Summary\n\n");
            for (CitedSentence c : s.summary()) {
                md.append("- ");
                if (c.disputed()) {
                    md.append("**Disputed:** ");
                }
                md.append(MarkdownEscaper.inline(c.text())).append(' ')
                        .append(markers(c.citations(), sources, anchor)).append('\n');
            }
        }
        if (!s.entities().isEmpty()) {
            md.append("\n### Entities\n\n| Name | Type | Also called | Mentions |\n|---|---|---|---:|\n");
            for (Entity e : s.entities()) {
                row(md, MarkdownEscaper.inline(e.name()), e.type().label(), aliases(e),
                        Integer.toString(e.mentions().size()));
            }
        }
        if (!s.claims().isEmpty()) {
            md.append("\n### Claims\n\n| Quantity | Verdict | Values | Explanation |\n|---|---|---|---|\n");
            for (ClaimGroup g : s.claims()) {
                List<String> values = new ArrayList<>();
                for (ClaimValue v : g.values()) {
                    values.add("\u201c" + MarkdownEscaper.inline(v.text()) + "\u201d = "
                            + MarkdownEscaper.inline(DisplayFormat.value(v)) + " "
                            + markers(List.of(new Citation(v.article(), v.span())), sources, anchor));
                }
                row(md, MarkdownEscaper.inline(g.quantity()), DisplayFormat.verdict(g.verdict()),
                        String.join("; ", values), MarkdownEscaper.inline(g.explanation()));
            }
        }
        if (!s.events().isEmpty()) {
            md.append("\n### Events\n\n| Date | Who | Action | Where | What | Sources |\n|---|---|---|---|---|---|\n");
            for (Event e : s.events()) {
                row(md, DisplayFormat.date(e.date()), actors(e, entities),
                        e.action().code() + " " + e.action().label(),
                        MarkdownEscaper.inline(DisplayFormat.orUnknown(e.location())),
                        MarkdownEscaper.inline(e.description()), markers(e.evidence(), sources, anchor));
            }
        }
        if (!s.relations().isEmpty()) {
            md.append("\n### Relations\n\n");
            for (Relation r : s.relations()) {
                md.append("- **").append(name(r.source(), entities)).append("** ").append(r.relation().label())
                        .append(" **").append(name(r.target(), entities)).append("** (")
                        .append(DisplayFormat.count(r.count(), "statement")).append(") ")
                        .append(markers(r.evidence(), sources, anchor)).append('\n');
            }
        }
        if (!s.quotes().isEmpty()) {
            md.append("\n### Quotes\n");
            for (Map.Entry<String, List<AttributedQuote>> bySpeaker : QuoteGroups.bySpeaker(s).entrySet()) {
                md.append("\n#### ").append(MarkdownEscaper.inline(bySpeaker.getKey())).append('\n');
                for (AttributedQuote q : bySpeaker.getValue()) {
                    String words = MarkdownEscaper.inline(q.text());
                    // a blank line before each quote keeps consecutive quotes from merging into one
                    md.append("\n> ").append(q.direct() ? "\u201c" + words + "\u201d" : words);
                    if (q.cue() != null && !q.cue().isBlank()) {
                        md.append(" \u2014 ").append(MarkdownEscaper.inline(q.cue()));
                    }
                    md.append(' ').append(markers(List.of(new Citation(q.article(), q.span())), sources, anchor))
                            .append('\n');
                }
            }
        }
        if (!s.dateConflicts().isEmpty()) {
            md.append("\n### Dates the sources give\n\n| What | Verdict | Dates | Explanation |\n|---|---|---|---|\n");
            for (org.sitrep.analyse.DateConflict c : s.dateConflicts()) {
                List<String> dates = new ArrayList<>();
                for (org.sitrep.analyse.DatedMention d : c.dates()) {
                    dates.add("\u201c" + MarkdownEscaper.inline(d.text()) + "\u201d = " + d.date().iso() + " "
                            + markers(List.of(new Citation(d.article(), d.span())), sources, anchor));
                }
                row(md, MarkdownEscaper.inline(c.subject()), DisplayFormat.verdict(c.verdict()),
                        String.join("; ", dates), MarkdownEscaper.inline(c.explanation()));
            }
        }
        if (!s.timeline().isEmpty()) {
            md.append("\n### Timeline\n\n| Date | What | Sources |\n|---|---|---|\n");
            for (TimelineEntry t : s.timeline()) {
                row(md, t.date().iso(), MarkdownEscaper.inline(t.text()), markers(t.citations(), sources, anchor));
            }
        }
        md.append("\n### Sources\n\n");
        List<Article> list = sources.articles();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            md.append(i + 1).append(". <a id=\"").append(sourceAnchor(anchor, i + 1)).append("\"></a>")
                    .append(MarkdownEscaper.inline(DisplayFormat.sourceLabel(a)));
            if (a.author() != null && !a.author().isBlank()) {
                md.append(", by ").append(MarkdownEscaper.inline(a.author()));
            }
            md.append(" \u2014 ").append(source(a)).append('\n');
        }
    }

    private static void articles(StringBuilder md, List<AnnotatedArticle> articles) {
        md.append("\n---\n\n## Articles\n\n");
        if (articles.isEmpty()) {
            md.append("No article was read.\n");
            return;
        }
        md.append("| # | Title | Publisher | Published | Source | Boilerplate removed | Id |\n")
                .append("|---:|---|---|---|---|---:|---|\n");
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i).article();
            String title = MarkdownEscaper.inline(DisplayFormat.orUnknown(a.title()));
            if (a.truncated()) {
                title += " *(truncated)*";
            }
            row(md, Integer.toString(i + 1), title, MarkdownEscaper.inline(DisplayFormat.orUnknown(a.publisher())),
                    DisplayFormat.date(a.published()), source(a), Integer.toString(a.boilerplate().size()),
                    MarkdownEscaper.inline(a.id().value()));
        }
    }

    /** One table row of cells that are already Markdown. */
    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(c).append(" |");
        }
        md.append('\n');
    }

    /**
     * Citation markers such as {@code [[1]](#story-1-source-1) [[3]](#story-1-source-3)}, one per
     * cited source however many sentences of it are cited.
     */
    private static String markers(List<Citation> citations, StorySources sources, String storyAnchor) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Citation c : citations) {
            numbers.add(sources.number(c.article()));
        }
        List<String> out = new ArrayList<>();
        for (int n : numbers) {
            out.add(n == 0 ? "[?]" : "[[" + n + "]](#" + sourceAnchor(storyAnchor, n) + ")");
        }
        return String.join(" ", out);
    }

    /**
     * Where the article came from: its URL as an autolink when it is a web address, else its path. A
     * {@code |} in the URL is percent-encoded, the same address, because a table splits cells on it
     * even inside an autolink.
     */
    private static String source(Article a) {
        String href = HtmlEscaper.safeHref(a.origin().url());
        if (href != null) {
            return "<" + href.replace("|", "%7C") + ">";
        }
        return MarkdownEscaper.inline(a.origin().source());
    }

    private static String aliases(Entity e) {
        List<String> out = new ArrayList<>();
        for (String alias : e.aliases()) {
            if (!alias.equals(e.name())) {
                out.add(MarkdownEscaper.inline(alias));
            }
        }
        return out.isEmpty() ? DisplayFormat.UNKNOWN : String.join(", ", out);
    }

    private static String actors(Event e, Map<EntityId, Entity> entities) {
        String actor = e.actor() == null ? "(unnamed)" : name(e.actor(), entities);
        return e.target() == null ? actor : actor + " \u2192 " + name(e.target(), entities);
    }

    private static String name(EntityId id, Map<EntityId, Entity> entities) {
        Entity e = entities.get(id);
        return MarkdownEscaper.inline(e == null ? id.value() : e.name());
    }

    private static String headlineText(StoryAnalysis s) {
        return s.headline() != null ? s.headline().text() : "Story " + s.story().id().value();
    }

    private static String storyAnchor(int index) {
        return "story-" + (index + 1);
    }

    private static String sourceAnchor(String storyAnchor, int number) {
        return storyAnchor + "-source-" + number;
    }
}
