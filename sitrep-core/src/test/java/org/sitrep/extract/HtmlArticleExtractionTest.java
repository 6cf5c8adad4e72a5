package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.DateRange;

/** Behaviour of the HTML path: main content, dropped boxes, metadata sources. */
class HtmlArticleExtractionTest {

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());
    private static final String P1 = "<p>The regional parliament approved the budget on Thursday after a debate that "
            + "lasted late into the night, with the opposition voting against it.</p>";
    private static final String P2 = "<p>The plan raises spending on hospitals and schools and cuts the tax on small "
            + "businesses, which the governing coalition said would help create jobs.</p>";

    private static Article extract(String html, String url) {
        DeclaredMetadata declared = new DeclaredMetadata(null, url, null, null, null, null);
        return EXTRACTOR.apply(new RawDocument(new Origin("page.html", null, null, url), DocumentFormat.HTML,
                html.getBytes(StandardCharsets.UTF_8), null, declared));
    }

    private static Article extract(String html) {
        return extract(html, null);
    }

    @Test
    void dropsShareBarsCommentsAndRelatedLinksInsideTheArticle() {
        Article a = extract("<article>" + P1 + "<div class=\"social-share\"><a href=#>Share on Facebook</a></div>" + P2
                + "<div id=\"relatedArticles\"><p>Budget row deepens as talks collapse again in the capital today</p></div>"
                + "<section class=\"article-comments\"><p>I think this budget is a disgrace and the minister should go.</p>"
                + "</section></article>");
        assertThat(a.text()).contains("approved the budget").contains("small businesses")
                .doesNotContain("Facebook").doesNotContain("Budget row").doesNotContain("disgrace");
        assertThat(a.boilerplate()).extracting(RemovedBlock::reason)
                .containsExactly("share bar", "related links", "comments");
    }

    @Test
    void keepsSubheadsListsAndQuotes() {
        Article a = extract("<main>" + P1 + "<h2>What changes</h2><ul><li>Hospitals get more money</li>"
                + "<li>Small firms pay less tax</li></ul><blockquote>This is a budget for working families.</blockquote>"
                + P2 + "</main>");
        assertThat(a.text()).contains("What changes\n\nHospitals get more money\n\nSmall firms pay less tax\n\n"
                + "This is a budget for working families.");
    }

    @Test
    void prefersTheDenseContentOverAnUnlabelledLinkList() {
        StringBuilder links = new StringBuilder("<div>");
        for (int i = 0; i < 40; i++) {
            links.append("<a href=\"/s").append(i).append("\">Another story about something else number ").append(i)
                    .append("</a><br>");
        }
        links.append("</div>");
        Article a = extract("<body>" + links + "<div>" + P1 + P2 + "</div></body>");
        assertThat(a.text()).startsWith("The regional parliament").doesNotContain("Another story");
        assertThat(a.boilerplate()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(
                MainContentFinder.OUTSIDE));
    }

    @Test
    void doesNotLetANoiseSoundingWrapperHideTheArticle() {
        Article a = extract("<div class=\"page-sidebar-layout\"><div class=\"content\">" + P1 + P2 + "</div>"
                + "<div class=\"sidebar\"><a href=/x>Weather</a></div></div>");
        assertThat(a.text()).contains("approved the budget").contains("small businesses");
    }

    @Test
    void anAuthorTagHoldingTheSiteNameOrAPlaceholderGivesWayToTheByline() {
        Article site = extract("<html><head><title>Budget passes</title><meta property=\"og:site_name\" content=\"WKRN\">"
                + "<meta name=\"author\" content=\"WKRN\"></head><body><article><h1>Budget passes</h1>"
                + "<p class=\"byline\">By Eva Gruber</p>" + P1 + P2 + "</article></body></html>");
        assertThat(site.author()).isEqualTo("Eva Gruber");
        Article placeholder = extract("<html><head><title>Budget passes</title><meta name=\"author\" content=\"No Author\">"
                + "</head><body><article><h1>Budget passes</h1><p class=\"byline\">By Eva Gruber</p>" + P1 + P2
                + "</article></body></html>");
        assertThat(placeholder.author()).isEqualTo("Eva Gruber");
    }

    @Test
    void aPersonalSiteNamedAfterItsAuthorKeepsTheAuthor() {
        Article a = extract("<html><head><title>My trip</title><meta property=\"og:site_name\" content=\"Tim Fields\">"
                + "<meta name=\"author\" content=\"Tim Fields\"></head><body><article><h1>My trip</h1>" + P1 + P2
                + "</article></body></html>", "https://timfields.example/my-trip");
        assertThat(a.author()).isEqualTo("Tim Fields");
    }

    @Test
    void everyRepeatedCitationAuthorAndNoLabelOrRoleAfterASeparator() {
        Article paper = extract("<html><head><title>A study</title><meta name=\"citation_author\" content=\"Ana Ruiz\">"
                + "<meta name=\"citation_author\" content=\"Li Wei\"></head><body><article><h1>A study</h1>" + P1 + P2
                + "</article></body></html>");
        assertThat(paper.author()).isEqualTo("Ana Ruiz, Li Wei");
        assertThat(HtmlMetadataReader.withoutLabel("Written by Ana Ruiz - Remote Jobs")).isEqualTo("Ana Ruiz");
        assertThat(HtmlMetadataReader.withoutLabel("Author: Li Wei")).isEqualTo("Li Wei");
        assertThat(HtmlMetadataReader.withoutLabel("Ana Ruiz-Lopez")).isEqualTo("Ana Ruiz-Lopez");
    }

    @Test
    void readsTitleDatesAuthorPublisherAndLanguageFromMarkup() {
        Article a = extract("<html lang=\"de-AT\"><head><title>Budget passes - Alpine Post</title>"
                + "<meta property=\"og:site_name\" content=\"Alpine Post\">"
                + "<meta name=\"DC.date.issued\" content=\"2022-12-01\">"
                + "<meta property=\"article:modified_time\" content=\"2022-12-02T10:00:00+01:00\">"
                + "<meta name=\"author\" content=\"https://facebook.com/someone\">"
                + "</head><body><article><h1>Budget passes</h1><p class=\"byline\">By Eva Gruber</p>" + P1 + P2
                + "</article></body></html>");
        assertThat(a.title()).isEqualTo("Budget passes");
        assertThat(a.evidenceFor("title").orElseThrow().basis()).isEqualTo("<h1>");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2022, 12, 1)));
        assertThat(a.updated()).isEqualTo(DateRange.day(LocalDate.of(2022, 12, 2)));
        assertThat(a.author()).as("a profile URL is not an author").isEqualTo("Eva Gruber");
        assertThat(a.publisher()).isEqualTo("Alpine Post");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.text()).doesNotContain("Budget passes").doesNotContain("Eva Gruber");
    }

    @Test
    void takesADateFromTheUrlWhenTheMarkupHasNone() {
        Article a = extract("<article>" + P1 + P2 + "</article>", "https://news.example.org/2020/02/18/budget-vote/");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 18)));
        assertThat(a.evidenceFor("published").orElseThrow().basis()).startsWith("date in the URL");
        Article month = extract("<article>" + P1 + P2 + "</article>", "https://blog.example.org/2019/06/budget.html");
        assertThat(month.published()).isEqualTo(DateRange.month(YearMonth.of(2019, 6)));
    }

    @Test
    void usesJsonLdArticleBodyWhenThePageHoldsLittleOfIt() {
        String body = "Paragraph one of the structured body, which is long enough to count as an article body here.\n"
                + "Paragraph two continues the story with more words about the budget and the vote in parliament.\n"
                + "Paragraph three ends it with a quote from the finance minister about the year ahead.";
        Article a = extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Budget passes\",\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script></head>"
                + "<body><div id=root><p>Please enable JavaScript to continue using this site, thank you.</p></div>"
                + "</body></html>");
        assertThat(a.text()).isEqualTo(body.replace("\n", "\n\n"));
    }

    @Test
    void trustsThePageWhenItHoldsTheJsonLdArticleBody() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + "The regional parliament approved the budget on Thursday after a debate that lasted late into the "
                + "night, with the opposition voting against it. The plan raises spending on hospitals and schools.\"}"
                + "</script></head><body><article>" + P1 + P2 + "</article></body></html>";
        Article a = extract(page);
        assertThat(a.text()).contains("small businesses");
    }

    @Test
    void readsTheBylineAboveTheArticleButNotDatesBelowIt() {
        Article a = extract("<body><div class=\"top\"><h1>Budget passes</h1><div class=\"info\">By Eva Gruber | "
                + "Nov 15, 2025</div></div><div class=\"content\">" + P1 + P2 + "</div><div class=\"more\">"
                + "<div>March 3, 2019</div><a href=/old>An older story about the budget</a></div></body>");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2025, 11, 15)));
        assertThat(a.evidenceFor("published").orElseThrow().basis()).endsWith("above the article");
        assertThat(a.author()).isEqualTo("Eva Gruber");
        Article below = extract("<body><div class=\"content\">" + P1 + P2 + "</div><div class=\"more\">"
                + "<div>March 3, 2019</div><a href=/old>An older story about the budget</a></div></body>");
        assertThat(below.published()).isNull();
    }

    @Test
    void readsABylineWhosePartsAreSeparatedByDotOperators() {
        Article a = extract("<body><h1>Budget passes</h1><div class=\"info\">By Eva Gruber \u22c5 Managing Editor "
                + "\u22c5 Updated November 18, 2025</div><div class=\"content\">" + P1 + P2 + "</div></body>");
        assertThat(a.author()).isEqualTo("Eva Gruber");
        assertThat(a.updated()).isEqualTo(DateRange.day(LocalDate.of(2025, 11, 18)));
        // no other date on the page: the updated day is the publication date of last resort
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2025, 11, 18)));
    }

    @Test
    void readsTheDateOfATimeClassedElementButNotOtherTimes() {
        Article a = extract("<body><article><h1>Budget passes</h1><div class=\"meta\"><span class=\"time\">"
                + "March 4, 2025</span><span class=\"reading-time\">5 min read</span></div>" + P1 + P2
                + "</article></body>");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2025, 3, 4)));
        Article none = extract("<body><article><h1>Budget passes</h1><span class=\"reading-time\">5 min read</span>"
                + P1 + P2 + "</article></body>");
        assertThat(none.published()).isNull();
    }
}
