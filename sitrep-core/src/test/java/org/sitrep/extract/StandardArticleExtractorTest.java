package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;

class StandardArticleExtractorTest {

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());

    private static RawDocument text(String s) {
        return new RawDocument(Origin.file("a.txt"), DocumentFormat.TEXT, s.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static RawDocument html(String s) {
        return new RawDocument(Origin.file("a.html"), DocumentFormat.HTML, s.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static final String BODY = "The council voted on Tuesday to build new cycle lanes across the city centre.\n\n"
            + "Work on the first section is due to start in the spring, officials said.";

    @Test
    void refusesEmptyBinaryAndBoilerplateOnlyDocumentsWithAReason() {
        assertThatThrownBy(() -> EXTRACTOR.apply(text("  \n ")))
                .isInstanceOf(ExtractionException.class).hasMessage("empty document: no text to extract");
        RawDocument binary = new RawDocument(Origin.file("b.txt"), DocumentFormat.TEXT, new byte[] {1, 2, 0, 4}, null, null);
        assertThatThrownBy(() -> EXTRACTOR.apply(binary))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("binary content");
        assertThatThrownBy(() -> EXTRACTOR.apply(text("ADVERTISEMENT\n\nShare this\n\nLeave a Reply")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("no article text found after removing boilerplate");
        assertThatThrownBy(() -> EXTRACTOR.apply(html("<html><body><nav><a href=/>Home</a></nav></body></html>")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("no article text found after removing boilerplate");
    }

    @Test
    void dropsAnOffTopicParagraphOnlyWhenItCarriesADateOfItsOwn() throws java.io.IOException {
        String page;
        try (var in = getClass().getResourceAsStream("/golden/extract/promo-paragraphs.in.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String dated = "opened a floating restaurant on the harbour on June 2, 2019, serving";
        assertThat(page).contains(dated);
        assertThat(EXTRACTOR.apply(text(page)).text()).doesNotContain("celebrity chef").contains("maintenance");
        String undated = page.replace(dated, "opened a floating restaurant on the harbour, serving");
        assertThat(EXTRACTOR.apply(text(undated)).text()).contains("celebrity chef", "maintenance");
    }

    @Test
    void identifiesTheArticleBySourceAndCleanText() {
        Origin origin = new Origin("dump.jsonl", 3, null, "https://news.example.org/a");
        RawDocument doc = new RawDocument(origin, DocumentFormat.TEXT, BODY.getBytes(StandardCharsets.UTF_8), "UTF-8", null);
        Article a = EXTRACTOR.apply(doc);
        assertThat(a.id()).isEqualTo(ArticleId.of("https://news.example.org/a", a.text()));
        assertThat(a.origin()).isEqualTo(origin);
    }

    @Test
    void keepsTheInputsCharactersAndSeparatesParagraphsByOneBlankLine() {
        String input = "Headline Here\r\n\r\n\r\n  \u201cQuoted,\u201d she said \u2014 colour\u00a0and all.  \r\n\r\n"
                + "Second paragraph,\r\nwrapped over two lines.\r\n";
        Article a = EXTRACTOR.apply(text(input));
        assertThat(a.title()).isEqualTo("Headline Here");
        assertThat(a.text()).isEqualTo("\u201cQuoted,\u201d she said \u2014 colour\u00a0and all.\n\n"
                + "Second paragraph,\nwrapped over two lines.");
    }

    @Test
    void letsADeclaredDateWinUnlessItDoesNotParse() {
        String withLine = "Published: June 30, 2019\n\n" + BODY;
        DeclaredMetadata declared = new DeclaredMetadata(null, null, "2019-07-01", null, null, null);
        RawDocument doc = new RawDocument(Origin.file("a.txt"), DocumentFormat.TEXT,
                withLine.getBytes(StandardCharsets.UTF_8), null, declared);
        assertThat(EXTRACTOR.apply(doc).published()).isEqualTo(DateRange.day(LocalDate.of(2019, 7, 1)));
        DeclaredMetadata junk = new DeclaredMetadata(null, null, "sometime last summer", null, null, null);
        RawDocument doc2 = new RawDocument(Origin.file("a.txt"), DocumentFormat.TEXT,
                withLine.getBytes(StandardCharsets.UTF_8), null, junk);
        Article a = EXTRACTOR.apply(doc2);
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2019, 6, 30)));
        assertThat(a.evidenceFor("published").orElseThrow().basis()).isEqualTo("date line 'Published: June 30, 2019'");
    }

    @Test
    void aDatelineWithoutAYearIsTheLastSuchDayUpToTheCaptureDate() {
        String wire = "SALTMARSH, Norfolk, March 17 (Coastal Wire) -- The harbour board voted on Tuesday to dredge "
                + "the channel before the summer season.\n\nWork is due to start next month, officials said.";
        assertThat(withCapture(wire, null).published()).isNull();
        Article a = withCapture(wire, "2026-03-20T08:15:02Z");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2026, 3, 17)));
        assertThat(a.evidenceFor("published").orElseThrow().basis())
                .contains("dateline").contains("last such day up to the declared capture time '2026-03-20T08:15:02Z'");
        // captured before March 17 of its year: the dateline is of the year before
        assertThat(withCapture(wire, "2026-02-02T00:00:00Z").published())
                .isEqualTo(DateRange.day(LocalDate.of(2025, 3, 17)));
        // a time zone ahead of UTC may date a page one day after its capture
        assertThat(withCapture(wire, "2026-03-16T23:00:00Z").published())
                .isEqualTo(DateRange.day(LocalDate.of(2026, 3, 17)));
    }

    @Test
    void aPublicationDateAfterTheCaptureDateIsDropped() {
        String dated = "Published: June 30, 2029\n\n" + BODY;
        assertThat(withCapture(dated, "2019-07-02T10:00:00Z").published()).isNull();
        assertThat(withCapture(dated, "2029-07-01T10:00:00Z").published())
                .isEqualTo(DateRange.day(LocalDate.of(2029, 6, 30)));
        // a capture time that does not parse weighs nothing
        assertThat(withCapture(dated, "yesterday").published()).isEqualTo(DateRange.day(LocalDate.of(2029, 6, 30)));
    }

    private static Article withCapture(String text, String captured) {
        DeclaredMetadata declared = new DeclaredMetadata(null, null, null, null, null, null, captured);
        return EXTRACTOR.apply(new RawDocument(Origin.file("wire.txt"), DocumentFormat.TEXT,
                text.getBytes(StandardCharsets.UTF_8), null, declared));
    }

    @Test
    void neverInventsADate() {
        Article a = EXTRACTOR.apply(text(BODY));
        assertThat(a.published()).isNull();
        assertThat(a.updated()).isNull();
        assertThat(a.evidenceFor("published")).isEmpty();
    }

    @Test
    void ignoresDatesInCaptionsAndTeasers() {
        String input = "Headline of the story\n\n" + BODY + "\n\n"
                + "Officials inspect the site on March 3, 2019.\n\nJane Roe/Reuters\n\n"
                + "Most Read\nCouncil budget row deepens\nPublished: 12 January 2019\n";
        Article a = EXTRACTOR.apply(text(input));
        assertThat(a.published()).isNull();
        assertThat(a.boilerplate()).extracting(RemovedBlock::reason)
                .containsExactly("photo caption", "photo credit", "list header", "teaser after list header", "date line");
    }

    @Test
    void marksTruncationWithItsEvidence() {
        Article a = EXTRACTOR.apply(text(BODY + "\n\nThis article is for subscribers only."));
        assertThat(a.truncated()).isTrue();
        assertThat(a.evidenceFor("truncated")).hasValueSatisfying(e -> {
            assertThat(e.value()).isEqualTo("true");
            assertThat(e.basis()).isEqualTo("paywall notice 'This article is for subscribers only.'");
        });
        assertThat(EXTRACTOR.apply(text(BODY)).truncated()).isFalse();
    }

    @Test
    void capsTheRecordOfRemovedBlocks() {
        ExtractionConfig defaults = ExtractionConfig.defaults();
        ExtractionConfig small = new ExtractionConfig(defaults.maxTitleChars(), defaults.maxHeadlineWords(),
                defaults.titleCaseShare(), defaults.maxTeaserLines(), defaults.maxCaptionWords(),
                defaults.minRepeatedLineChars(), defaults.promoMaxOverlap(), defaults.promoMinContentWords(),
                defaults.maxDateLineWords(), defaults.minLanguageWords(), defaults.minLanguageShare(),
                defaults.minTextChars(), 3, 10, defaults.html());
        String input = "Share this\n\nADVERTISEMENT\n\nSpread the love\n\nLeave a Reply\n\n" + BODY
                + "\n\nYour email address will not be published and will never be shared with anyone.";
        Article a = new StandardArticleExtractor(small).apply(text(input));
        assertThat(a.boilerplate()).hasSize(3);
        assertThat(a.boilerplate().get(2).text()).isEqualTo("(3 more removed blocks not listed)");
        assertThat(a.boilerplate().get(0).text()).isEqualTo("Share this");
        String longLine = "Your email address will not be published and will never be shared with anyone.";
        Article b = new StandardArticleExtractor(small).apply(text(BODY + "\n\n" + longLine));
        assertThat(b.boilerplate()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo(
                longLine.substring(0, 10) + "\u2026"));
    }

    @Test
    void givesTheSameArticleFromManyThreads() throws Exception {
        String page = "<html><head><meta property=\"og:title\" content=\"Bridge opens\"></head><body><article>"
                + "<p>" + BODY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Article expected = EXTRACTOR.apply(html(page));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> futures = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> EXTRACTOR.apply(html(page)))).toList();
            for (Future<Article> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsTheDayADeclaredPublishedValueNamesInAnyFormExtractionReads() {
        assertThat(StandardArticleExtractor.declaredDay("2026-03-17T09:30:00Z")).contains(LocalDate.of(2026, 3, 17));
        assertThat(StandardArticleExtractor.declaredDay("Tue, 18 Feb 2020 10:00:00 GMT")).contains(LocalDate.of(2020, 2, 18));
        assertThat(StandardArticleExtractor.declaredDay("20200218")).contains(LocalDate.of(2020, 2, 18));
        assertThat(StandardArticleExtractor.declaredDay("2020-02")).isEmpty();
        assertThat(StandardArticleExtractor.declaredDay("soon")).isEmpty();
        assertThat(StandardArticleExtractor.declaredDay(null)).isEmpty();
    }
}
