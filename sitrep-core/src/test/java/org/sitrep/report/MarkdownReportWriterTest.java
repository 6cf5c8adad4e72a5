package org.sitrep.report;

import org.sitrep.fixtures.ArticleFixture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.ingest.Origin;

class MarkdownReportWriterTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void pipeInATitleStaysInsideItsTableCell() {
        Node doc = PARSER.parse(new MarkdownReportWriter().render(SampleReports.sample()));

        List<TableBlock> tables = tables(doc);
        TableBlock articles = tables.get(tables.size() - 1);
        List<List<String>> rows = rows(articles);
        assertThat(rows.get(0)).containsExactly("#", "Title", "Publisher", "Published", "Source",
                "Boilerplate removed", "Id");
        for (List<String> row : rows) {
            assertThat(row).hasSize(7);
        }
        assertThat(rows.get(2).get(1)).isEqualTo("Talks in Moscow | Turkey and Russia (truncated)");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeaderEvenWithHostileText() {
        Node doc = PARSER.parse(new MarkdownReportWriter().render(SampleReports.hostile()));

        List<TableBlock> tables = tables(doc);
        assertThat(tables).hasSize(6);
        for (TableBlock table : tables) {
            List<List<String>> rows = rows(table);
            for (List<String> row : rows) {
                assertThat(row).hasSameSizeAs(rows.get(0));
            }
        }
    }

    @Test
    void pipeInASourceUrlKeepsTheRowWholeAndTheLinkWorking() {
        AnnotatedArticle article = ArticleFixture.text("One sentence.")
                .origin(new Origin("feed.jsonl", 1, null, "https://example.org/a|b?q=1"))
                .title("T")
                .build();
        Report report = new Report(List.of(article), List.of(), new RunStats(1, 1, 0, 0, 0));

        Node doc = PARSER.parse(new MarkdownReportWriter().render(report));

        List<List<String>> rows = rows(tables(doc).get(0));
        assertThat(rows.get(1)).hasSize(7);
        assertThat(rows.get(1).get(4)).isEqualTo("https://example.org/a%7Cb?q=1");
    }

    @Test
    void articleDerivedMarkupStaysText() {
        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(PARSER.parse(new MarkdownReportWriter().render(SampleReports.hostile())));
        Document page = Jsoup.parseBodyFragment(html);

        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.select("[onmouseover], [onerror], [onclick]")).isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a ->
                assertThat(a.attr("href")).matches("#story-\\d+(-source-\\d+)?|https?://.*"));
        assertThat(page.text()).contains("<script>alert(1)</script> Turkey Sends Mission")
                .contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void everyCitationMarkerLinksToASourceAnchorOfItsStory() {
        String md = new MarkdownReportWriter().render(SampleReports.sample());

        Matcher links = Pattern.compile("\\[\\[(\\d+)]]\\(#(story-\\d+-source-\\d+)\\)").matcher(md);
        int count = 0;
        while (links.find()) {
            count++;
            assertThat(md).contains("<a id=\"" + links.group(2) + "\"></a>");
            assertThat(links.group(2)).endsWith("-source-" + links.group(1));
        }
        assertThat(count).isGreaterThan(10);
    }

    @Test
    void showsEverySectionOfAStory() {
        String md = new MarkdownReportWriter().render(SampleReports.sample());

        assertThat(md).contains("## 1. Turkey and Russia hold talks on Idlib as Turkish soldiers are killed")
                .contains("### Summary", "### Entities", "### Claims", "### Events", "### Relations",
                        "### Quotes", "### Timeline", "### Sources", "## Articles")
                .contains("\u2248 compatible")
                .contains("13 (13 to \u221e)")
                .contains("**Disputed:**")
                .contains("#### Recep Tayyip Erdoğan", "#### Unattributed")
                .contains("Recep Tayyip Erdogan, Erdoğan")
                .contains("**Russia** backs **Syrian government** (1 statement)")
                .contains("3 articles from 4 documents, 2 stories, 1 input failed, 1 warning.");
    }

    @Test
    void consecutiveQuotesStaySeparateBlockquotes() {
        Node doc = PARSER.parse(new MarkdownReportWriter().render(SampleReports.sample()));
        List<Node> quotes = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.BlockQuote q) {
                quotes.add(q);
            }
        });

        assertThat(quotes).hasSize(2);
    }

    private static List<TableBlock> tables(Node doc) {
        List<TableBlock> tables = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock t) {
                    tables.add(t);
                }
                visitChildren(block);
            }
        });
        return tables;
    }

    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        table.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell) {
                            cells.add(text(c));
                        }
                    }
                    rows.add(cells);
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }
        });
        return sb.toString();
    }
}
