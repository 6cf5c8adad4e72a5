package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;

/**
 * Bad HTML input: each case gives either an article or one {@link ExtractionException} with a
 * reason, never another exception, a stack overflow or a hang. The time limit is a guard against
 * hangs (quadratic or worse behaviour), set far above the normal cost; it measures nothing.
 */
class BadHtmlInputTest {

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());
    /** Far above what any of these pages takes; only a hang or a quadratic blow-up reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final String PARAGRAPH = "The council approved the new budget on Thursday after a long debate about "
            + "hospital spending, school repairs and the cost of the tram extension to the northern districts.";

    private static Article extract(byte[] html) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> EXTRACTOR.apply(new RawDocument(Origin.file("bad.html"),
                DocumentFormat.HTML, html, null, DeclaredMetadata.NONE)));
    }

    private static Article extract(String html) {
        return extract(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheTextOfMalformedMarkup() {
        String second = "Opposition members walked out before the vote, saying the tram money should have gone to the "
                + "hospitals first and that the debate had been cut short.";
        Article a = extract("<html><body><div><p>" + PARAGRAPH + "<div><b><i>" + second + "</p></b></div>"
                + "</span></td><p>Closing words of the story stand here.</table></html></body><p>");
        assertThat(a.text()).contains(PARAGRAPH).contains(second).contains("Closing words of the story");
    }

    @Test
    void keepsWhatATruncatedPageHolds() {
        Article a = extract("<html><head><title>Budget passes</title></head><body><article><p>" + PARAGRAPH
                + "</p><p>" + PARAGRAPH.replace("Thursday", "Friday") + "</p><p>A third paragraph goes on about the tram extension and the northern districts and then stops in the mid");
        assertThat(a.text()).contains(PARAGRAPH);
        assertThat(a.truncated()).as("a page that stops mid-sentence is flagged").isTrue();
        assertThat(a.evidenceFor("truncated").orElseThrow().value()).isEqualTo("true");
    }

    @Test
    void flagsAPaywalledTeaserWithTheNoticeAsEvidence() {
        Article a = extract("<html><body><article><h1>Budget passes</h1><p>" + PARAGRAPH + "</p>"
                + "<div class=\"paywall\"><p>Subscribe to continue reading.</p><p>Already a subscriber? Log in</p></div>"
                + "</article></body></html>");
        assertThat(a.truncated()).isTrue();
        assertThat(a.evidenceFor("truncated").orElseThrow().basis()).contains("paywall");
        assertThat(a.text()).doesNotContain("Subscribe to continue reading");
    }

    @Test
    void flagsATeaserThatEndsInAnEllipsis() {
        Article a = extract("<html><body><article><p>" + PARAGRAPH + "</p><p>The mayor said the vote showed that the "
                + "city could still agree on\u2026</p></article></body></html>");
        assertThat(a.truncated()).isTrue();
        assertThat(a.evidenceFor("truncated").orElseThrow().basis()).contains("ellipsis");
    }

    @Test
    void doesNotFlagACompleteArticleWithASubscriptionPrompt() {
        Article a = extract("<html><body><article><p>" + PARAGRAPH + "</p><p>This article is free to read. Register "
                + "for free to read more articles this month.</p><p>Subscribe to the Herald for unlimited access to our "
                + "archive.</p><h2>Related</h2></article></body></html>");
        assertThat(a.truncated()).isFalse();
        assertThat(a.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void refusesAPageWithoutABodyWithAReason() {
        assertThatThrownBy(() -> extract("<html><head><title>Nothing here</title><meta name=author content=x></head></html>"))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no article text");
    }

    @Test
    void refusesAPageThatIsAllNavigationWithAReason() {
        StringBuilder nav = new StringBuilder("<html><body><nav><ul>");
        for (int i = 0; i < 200; i++) {
            nav.append("<li><a href=\"/section/").append(i).append("\">Section number ").append(i).append("</a></li>");
        }
        nav.append("</ul></nav><footer><a href=/about>About us</a> <a href=/contact>Contact</a></footer></body></html>");
        assertThatThrownBy(() -> extract(nav.toString())).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("no article text");
    }

    @Test
    void refusesBinaryDataNamedHtml() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        assertThatThrownBy(() -> extract(bytes)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void survivesADomNestedOneHundredThousandDeep() {
        int depth = 100_000;
        Article a = extract("<html><body>" + "<div>".repeat(depth) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(depth)
                + "</body></html>");
        assertThat(a.text()).contains(PARAGRAPH);
    }

    @Test
    void survivesADeepDomWithTextAtEveryLevel() {
        int depth = 100_000;
        StringBuilder page = new StringBuilder("<html><body>");
        for (int i = 0; i < depth / 10; i++) {
            page.append("<div><span>Level ").append(i).append("</span> ").append(PARAGRAPH);
        }
        page.append("<div>x".repeat(depth - depth / 10)).append("</div>".repeat(depth)).append("</body></html>");
        Article a = extract(page.toString());
        assertThat(a.text()).contains(PARAGRAPH);
    }

    @Test
    void survivesUnclosedInlineElementsNestedDeep() {
        Article a = extract("<html><body><p>" + "<b><i><span><em>".repeat(25_000) + PARAGRAPH + "</p></body></html>");
        assertThat(a.text()).contains(PARAGRAPH);
    }

    @Test
    void extractsATwentyMegabytePage() {
        // most of a huge page is markup and script; its text comes in long paragraphs
        String script = "<script>var config = {" + "\"key\": \"value\", ".repeat(2_000) + "};</script>\n";
        String longParagraph = (PARAGRAPH + " ").repeat(8);
        StringBuilder page = new StringBuilder("<html><head><title>Long report</title></head><body><article>");
        int i = 0;
        while (page.length() < 20 * 1024 * 1024) {
            page.append(i % 10 == 0 ? script : "").append("<div class=\"block-").append(i).append("\" data-index=\"")
                    .append(i).append("\"><p>").append(i).append(' ').append(longParagraph).append("</p></div>\n");
            i++;
        }
        page.append("</article></body></html>");
        Article a = extract(page.toString());
        assertThat(a.text()).startsWith("0 " + PARAGRAPH).contains((i - 1) + " " + PARAGRAPH).doesNotContain("var config");
    }

    @Test
    void decodesUtf8DespiteALatin1Declaration() {
        byte[] page = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Z\u00fcrich caf\u00e9 owners said "
                + "the na\u00efve plan would fail. " + PARAGRAPH + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        Article a = extract(page);
        assertThat(a.text()).contains("Z\u00fcrich caf\u00e9 owners said the na\u00efve plan");
        assertThat(a.evidenceFor("charset").orElseThrow().value()).isEqualTo("UTF-8");
    }

    @Test
    void decodesWindows1252DespiteAUtf8Declaration() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 owners in Z\u00fcrich said "
                + "the plan would fail. " + PARAGRAPH + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = extract(page);
        assertThat(a.text()).contains("Caf\u00e9 owners in Z\u00fcrich");
        assertThat(a.evidenceFor("charset").orElseThrow().value()).isEqualTo("windows-1252");
    }
}
