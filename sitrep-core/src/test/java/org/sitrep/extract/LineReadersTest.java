package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers that take metadata out of single lines: date lines, bylines, copyright lines, datelines. */
class LineReadersTest {

    private static List<DateLineReader.DateLine> dateLine(String line) {
        return DateLineReader.read(LineShape.of(line), ExtractionConfig.defaults().maxDateLineWords());
    }

    @Test
    void readsDateLinesWithTheirLabel() {
        assertThat(dateLine("Updated: February 15, 2020 11:28 PM")).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 2, 15));
            assertThat(d.label()).isEqualTo(DateLineReader.Label.UPDATED);
        });
        assertThat(dateLine("Published 4 June 2019 | Last updated 5 June 2019"))
                .extracting(DateLineReader.DateLine::label)
                .containsExactly(DateLineReader.Label.PUBLISHED, DateLineReader.Label.UPDATED);
        assertThat(dateLine("Abu Dhabi, UAESaturday 30 May 2020")).singleElement().satisfies(d -> {
            assertThat(d.place()).isTrue();
            assertThat(d.rest()).isEqualTo("Abu Dhabi UAE");
        });
    }

    @Test
    void readsADatedBylineWithSeveralAuthors() {
        List<DateLineReader.DateLine> lines = dateLine("By Ana Ruiz and Tom Lee | May 5, 2020");
        assertThat(lines).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2020, 5, 5)));
        assertThat(BylineReader.fromDateLineRest(lines.get(0))).containsExactly("Ana Ruiz", "Tom Lee");
    }

    @Test
    void readsAMastheadLineWithAByline() {
        List<DateLineReader.DateLine> lines = dateLine("Copperbelt Times | By Grace Mulenga | Published: 14 October 2025");
        assertThat(lines).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2025, 10, 14));
            assertThat(d.label()).isEqualTo(DateLineReader.Label.PUBLISHED);
        });
        assertThat(BylineReader.fromDateLineRest(lines.get(0))).containsExactly("Grace Mulenga");
        assertThat(dateLine("Rescue Teams Search Chingola Mine After Deadly Collapse | 14 October 2025")).isEmpty();
    }

    @Test
    void doesNotTakeADatedHeadlineForADateLine() {
        assertThat(dateLine("March 15, 2020 Stock Market Crash Explained For Beginners")).isEmpty();
    }

    @Test
    void doesNotTakeSentencesWithDatesForDateLines() {
        assertThat(dateLine("The ceasefire was signed on March 5, 2020 in Moscow.")).isEmpty();
        assertThat(dateLine("Talks resumed 18-Feb-2020 after a pause")).isEmpty();
    }

    @Test
    void readsAuthorsFromBylinesAndSignOffs() {
        assertThat(BylineReader.byline(LineShape.of("By Ana Ruiz and Tom Lee"))).containsExactly("Ana Ruiz", "Tom Lee");
        assertThat(BylineReader.byline(LineShape.of("By JANE DOE, Associated Press"))).containsExactly("JANE DOE");
        assertThat(BylineReader.byline(LineShape.of("By Monday the water had gone down"))).isEmpty();
        assertThat(BylineReader.fromDateLineRest(dateLine("World Sergey Matyunin 18-Feb-2020").get(0)))
                .containsExactly("Sergey Matyunin");
        assertThat(BylineReader.contactLine("To contact the reporters on this story: Selcan Hacaoglu in Ankara at "
                + "s@example.net;Henry Meyer in Munich at h@example.net")).containsExactly("Selcan Hacaoglu", "Henry Meyer");
        assertThat(BylineReader.contactLine("To contact the editors responsible for this story: Onur Ant at o@x.net"))
                .isEmpty();
        assertThat(BylineReader.writeTo("Write to Jared Malsin at jared.malsin@wsj.com and Ann Lee at ann@x.com"))
                .containsExactly("Jared Malsin", "Ann Lee");
    }

    @Test
    void readsThePublisherFromCopyrightLinesAndDatelines() {
        assertThat(PublisherReader.copyright("\u00a92020 Bloomberg L.P."))
                .contains(new PublisherReader.Copyright("Bloomberg", 2020));
        assertThat(PublisherReader.copyright("Copyright \u00a92021 Dow Jones & Company, Inc. All Rights Reserved. "
                + "87990cbe856818d5eddac44c7b1cdeb8")).contains(new PublisherReader.Copyright("Dow Jones & Company", 2021));
        assertThat(PublisherReader.copyright("\u00a9 2021 The Example Times Company."))
                .contains(new PublisherReader.Copyright("The Example Times Company", 2021));
        assertThat(PublisherReader.copyright("\u00a9 2005-2024 Example Media"))
                .as("a range is a site footer, not the article's year")
                .contains(new PublisherReader.Copyright("Example Media", null));
        assertThat(PublisherReader.dateline("(Bloomberg) -- A delegation of officials")).contains("Bloomberg");
        assertThat(PublisherReader.dateline("ANKARA, Turkey (Reuters) - Turkey said on Monday")).contains("Reuters");
        assertThat(PublisherReader.dateline("ISTANBUL\u2014Turkey\u2019s President met")).isEmpty();
    }
}
