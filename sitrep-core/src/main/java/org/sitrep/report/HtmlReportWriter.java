package org.sitrep.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.extract.RemovedBlock;
import org.sitrep.model.ArticleId;

/**
 * The writer of {@code report.html}: one self-contained page (inline style sheet, no script, no
 * external assets) that reads on a laptop and on a phone. A list of stories, then per story its
 * section ({@link HtmlStorySection}), then every article's text with the cited spans highlighted in
 * {@code <mark>} elements that the citation markers link to, its metadata, and the boilerplate
 * extraction removed in a collapsed {@code <details>}.
 *
 * <p>Every article-derived string is untrusted and is escaped in text and attribute contexts alike;
 * URLs become links only when they are {@code http} or {@code https}; the page carries a content
 * security policy that forbids scripts, so even a writer bug cannot run one. Output is UTF-8 and
 * deterministic. Stateless and thread-safe; linear in the size of the report (article texts
 * included).
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = styleSheet();

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole page as text. */
    public String render(Report report) {
        Map<ArticleId, Article> known = report.articlesById();
        CitationAnchors anchors = new CitationAnchors(report.articles(), report.stories());
        HtmlBuilder html = new HtmlBuilder();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
                .raw("<meta name=\"generator\" content=\"Sitrep\">\n")
                .raw("<title>Situation report</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        header(html, report);
        html.open("main").newline();
        List<StoryAnalysis> stories = report.stories();
        for (int i = 0; i < stories.size(); i++) {
            new HtmlStorySection(html, stories.get(i), StorySources.of(stories.get(i), known), anchors,
                    storyAnchor(i)).write();
        }
        articles(html, report.articles(), anchors);
        html.close("main").newline();
        html.raw("<footer>Written by Sitrep. Every statement above links to the words it was taken from;"
                + " follow a marker to see them highlighted.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(HtmlBuilder html, Report report) {
        html.open("header").newline().element("h1", "Situation report").newline();
        html.element("p", DisplayFormat.runCounts(report.stats()), "class", "stats").newline();
        List<StoryAnalysis> stories = report.stories();
        if (!stories.isEmpty()) {
            html.open("nav").element("h2", "Stories").open("ol").newline();
            for (int i = 0; i < stories.size(); i++) {
                StoryAnalysis story = stories.get(i);
                html.open("li").element("a", HtmlStorySection.title(story), "href", "#" + storyAnchor(i))
                        .raw(" ").element("span", "(" + DisplayFormat.count(story.story().articles().size(), "article") + ")",
                                "class", "muted")
                        .close("li").newline();
            }
            html.close("ol").close("nav").newline();
        }
        if (!report.recurring().isEmpty()) {
            html.open("section", "class", "recurring").element("h2", "Figures across stories").newline().open("ul");
            for (org.sitrep.analyse.RecurringClaim r : report.recurring()) {
                html.open("li").element("span", DisplayFormat.verdict(r.verdict()), "class",
                        "badge v-" + r.verdict().label()).text(" " + r.quantity() + ": " + r.explanation()).close("li");
            }
            html.close("ul").close("section").newline();
        }
        html.close("header").newline();
    }

    private static void articles(HtmlBuilder html, List<AnnotatedArticle> articles, CitationAnchors anchors) {
        html.open("section", "id", "articles").newline().element("h2", "Articles").newline();
        if (articles.isEmpty()) {
            html.element("p", "No article was read.", "class", "muted").newline();
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i).article();
            html.open("article", "id", CitationAnchors.articleId(i)).newline();
            html.element("h3", (i + 1) + ". " + DisplayFormat.orUnknown(a.title())).newline();
            html.open("p", "class", "meta").text(DisplayFormat.orUnknown(a.publisher()))
                    .text(" \u00b7 published " + DisplayFormat.date(a.published()));
            if (a.updated() != null) {
                html.text(" \u00b7 updated " + a.updated().iso());
            }
            if (a.author() != null && !a.author().isBlank()) {
                html.text(" \u00b7 by " + a.author());
            }
            if (a.language() != null) {
                html.text(" \u00b7 " + a.language());
            }
            html.open("br").text(a.id().value() + " \u00b7 ").link(a.origin().url(), a.origin().source());
            html.close("p").newline();
            if (a.truncated()) {
                html.element("p", "This text looks cut short (paywall or teaser).", "class", "disputed").newline();
            }
            html.open("div", "class", "text", "lang", a.language());
            MarkedText.write(html, a.text(), anchors.marks(i));
            html.close("div").newline();
            boilerplate(html, a.boilerplate());
            html.close("article").newline();
        }
        html.close("section").newline();
    }

    private static void boilerplate(HtmlBuilder html, List<RemovedBlock> removed) {
        if (removed.isEmpty()) {
            return;
        }
        html.open("details").element("summary", "Removed boilerplate ("
                + DisplayFormat.count(removed.size(), "block") + ")").open("ul").newline();
        for (RemovedBlock b : removed) {
            html.open("li").element("span", b.reason(), "class", "reason").raw(" ").text(b.text()).close("li").newline();
        }
        html.close("ul").close("details").newline();
    }

    private static String storyAnchor(int index) {
        return "story-" + (index + 1);
    }

    private static String styleSheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
