package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentFormat;

/** Title cleaning, decoding, language guessing, truncation and line shapes. */
class SmallPartsTest {

    @Test
    void takesTheSiteNameOffTitles() {
        assertThat(TitleCleaner.clean("Talks fail | The National", List.of())).isEqualTo("Talks fail");
        assertThat(TitleCleaner.clean("Talks fail - The National", List.of("The National"))).isEqualTo("Talks fail");
        assertThat(TitleCleaner.clean("The National - Talks fail", List.of("thenational"))).isEqualTo("Talks fail");
        assertThat(TitleCleaner.clean("Erdogan - Putin talks end without a deal", List.of("Daily News")))
                .as("a dash inside a headline stays").isEqualTo("Erdogan - Putin talks end without a deal");
        assertThat(TitleCleaner.clean("Talks fail | World | Daily News", List.of("Daily News"))).isEqualTo("Talks fail");
    }

    @Test
    void decodesByBomDeclarationMetaAndFallback() {
        byte[] latin = "Caf\u00e9 \u201cx\u201d".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(latin, null, DocumentFormat.TEXT))
                .isEqualTo(new TextDecoder.Decoded("Caf\u00e9 \u201cx\u201d", "windows-1252", "not valid UTF-8; fallback"));
        assertThat(TextDecoder.decode(latin, "ISO-8859-1", DocumentFormat.TEXT).text()).isEqualTo("Caf\u00e9 \u201cx\u201d");
        byte[] page = ("<meta charset=\"windows-1252\"><p>Caf\u00e9</p>").getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(page, null, DocumentFormat.HTML).basis()).isEqualTo("<meta charset>");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoder.decode(bom, "windows-1252", DocumentFormat.TEXT).text()).isEqualTo("hi");
        byte[] utf8 = "Caf\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8, "iso-8859-1", DocumentFormat.HTML).text())
                .as("valid multi-byte UTF-8 beats a stale single-byte label").isEqualTo("Caf\u00e9");
    }

    @Test
    void guessesEnglishAndStaysSilentWhenUnsure() {
        LanguageGuesser g = new LanguageGuesser(ExtractionConfig.defaults());
        assertThat(g.guess("The talks were held in Moscow on Tuesday and the two sides said that they would meet "
                + "again in the coming weeks to discuss the situation in the province, which has been hit by fighting."))
                .isEqualTo("en");
        assertThat(g.guess("Idlib Ankara Moscow")).isNull();
        assertThat(g.guess("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25")).isNull();
    }

    @Test
    void seesTruncationInPaywallsEllipsesAndCutSentences() {
        assertThat(TruncationDetector.reason("Complete sentence.", "Subscribe to continue reading")).isPresent();
        assertThat(TruncationDetector.reason("The story goes on and\u2026", null)).contains("text ends with an ellipsis");
        assertThat(TruncationDetector.reason("One complete paragraph.\n\nAnd then the last paragraph stops in the "
                + "middle of a long sentence without any", null)).hasValueSatisfying(r -> assertThat(r).startsWith(
                        "text ends mid-sentence"));
        assertThat(TruncationDetector.reason("A body.\n\nEnds with a short subhead", null)).isEmpty();
        assertThat(TruncationDetector.reason("He said: \u201cIt is over.\u201d", null)).isEmpty();
    }

    @Test
    void tellsTitleCaseFromSentenceCase() {
        assertThat(LineShape.of("Turkey Sends Mission to Russia in Latest Bid to Ease Syrian Rift").isTitleCase(0.8)).isTrue();
        assertThat(LineShape.of("But Russia says Syrian government victory is inevitable").isTitleCase(0.8)).isFalse();
        assertThat(LineShape.of("* Please select one").text()).isEqualTo("Please select one");
    }
}
