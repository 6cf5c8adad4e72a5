package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.Citation;

class HtmlReportWriterTest {

    private static Document page(Report report) {
        return Jsoup.parse(new HtmlReportWriter().render(report));
    }

    @Test
    void hostileTextNeverBecomesScriptHandlerOrJavascriptLink() {
        Document doc = page(SampleReports.hostile());

        assertThat(doc.select("script")).as("the page has no script of its own either").isEmpty();
        assertThat(doc.select("img, iframe, object, embed, b")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute of <" + e.tagName() + ">")
                        .doesNotStartWith("on");
            }
        }
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
            assertThat(href).doesNotStartWith("javascript:").doesNotStartWith("data:");
            assertThat(href).matches("#.+|https?://.+");
        }
    }

    @Test
    void hostileTextIsShownAsTheWordsItIs() {
        Document doc = page(SampleReports.hostile());

        assertThat(doc.text()).contains("<script>alert(1)</script> Turkey Sends Mission")
                .contains("\" onmouseover=\"alert(1)\" x=\" | <img src=x onerror=alert(1)>")
                .contains("The talks <script>alert(1)</script> continue on Wednesday.")
                .contains("JaVaScRiPt:alert(1)")
                .contains("javascript:alert(document.cookie)")
                .contains("<img src=x onerror=alert(1)> share | this");
        assertThat(doc.select("h4").eachText()).contains("Recep Tayyip Erdoğan");
    }

    @Test
    void everyInPageLinkResolvesToAnElementOfThePage() {
        for (Report report : new Report[] {SampleReports.sample(), SampleReports.hostile()}) {
            Document doc = page(report);
            assertThat(doc.select("a[href^=#]")).hasSizeGreaterThan(20).allSatisfy(a ->
                    assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull());
        }
    }

    @Test
    void citationMarkersLandOnTheHighlightedWordsTheyCite() {
        Report report = SampleReports.sample();
        Document doc = page(report);
        StoryAnalysis story = report.stories().get(0);

        for (AttributedQuote q : story.quotes()) {
            assertThat(markedText(doc, report, new Citation(q.article(), q.span()))).isEqualTo(q.text());
        }
        for (ClaimValue v : story.claims().get(0).values()) {
            assertThat(markedText(doc, report, new Citation(v.article(), v.span()))).isEqualTo(v.text());
        }
        Citation relation = story.relations().get(0).evidence().get(0);
        assertThat(markedText(doc, report, relation)).isEqualTo("Russia backs the Syrian government of Bashar al-Assad.");
        assertThat(doc.select("section.story").first().select("a.cite"))
                .allSatisfy(a -> assertThat(doc.getElementById(a.attr("href").substring(1)).tagName())
                        .isEqualTo("mark"));
    }

    @Test
    void articleTextsAreShownWholeWithNothingLostToTheMarks() {
        Report report = SampleReports.hostile();
        Document doc = page(report);

        for (int i = 0; i < report.articles().size(); i++) {
            Element text = doc.getElementById("art-" + (i + 1)).selectFirst("div.text");
            assertThat(text.wholeText()).isEqualTo(report.articles().get(i).text());
        }
    }

    @Test
    void removedBoilerplateIsCollapsedUnderItsArticle() {
        Document doc = page(SampleReports.sample());

        Element details = doc.getElementById("art-1").selectFirst("details");
        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Removed boilerplate (2 blocks)");
        assertThat(details.select("li").eachText()).containsExactly("advertisement ADVERTISEMENT",
                "share prompt Share this article | Email");
        assertThat(doc.getElementById("art-2").selectFirst("details")).isNull();
    }

    @Test
    void pageStandsAloneWithNoExternalAsset() {
        Document doc = page(SampleReports.sample());

        assertThat(doc.select("link, [src]")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("style").first().data()).doesNotContain("@import").doesNotContain("url(");
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
    }

    @Test
    void showsVerdictBadgesSourcesAndEverySection() {
        Document doc = page(SampleReports.sample());
        Element story = doc.getElementById("story-1");

        assertThat(story.select("h3").eachText()).containsExactly("Summary", "Entities", "Claims", "Events",
                "Relations", "Dates the sources give", "Quotes", "Timeline", "Sources");
        // one for the soldiers killed, one for the date of the talks
        assertThat(story.select(".badge.v-compatible").eachText()).containsExactly("\u2248 compatible",
                "\u2248 compatible");
        assertThat(story.select(".badge.disputed")).hasSize(1);
        assertThat(story.select("ol.sources > li").eachText().get(0))
                .startsWith("Bloomberg, \u201cTurkey Sends Mission to Russia in Bid to Ease Syrian Rift\u201d, 2020-02-18");
        assertThat(story.select("ol.sources a[href^=https://www.bloomberg.com/]")).hasSize(1);
        assertThat(doc.getElementById("story-2").select("h3").eachText()).containsExactly("Sources");
    }

    @Test
    void writesUtf8Bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportWriter().write(SampleReports.sample(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Sedat Önal").startsWith("<!DOCTYPE html>");
        assertThat(out.toByteArray()).isEqualTo(new HtmlReportWriter().render(SampleReports.sample())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The text of the mark a citation marker links to. */
    private static String markedText(Document doc, Report report, Citation c) {
        int index = -1;
        for (int i = 0; i < report.articles().size(); i++) {
            AnnotatedArticle a = report.articles().get(i);
            if (a.id().equals(c.article())) {
                index = i;
            }
        }
        String id = "art-" + (index + 1) + "-" + c.span().start() + "-" + c.span().end();
        assertThat(doc.select("a.cite[href=#" + id + "]")).as("a marker links to " + id).isNotEmpty();
        Element mark = doc.getElementById(id);
        assertThat(mark.tagName()).isEqualTo("mark");
        return mark.text();
    }
}
