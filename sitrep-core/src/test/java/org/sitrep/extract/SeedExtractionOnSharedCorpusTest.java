package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.Problem;

/**
 * Ingest and extraction on the five real seed articles in the shared corpus
 * ({@code ${sitrep.shared}/corpora/seeds}); skipped when that folder is not there. The seed texts
 * stay in the shared folder: this test only reads them.
 */
class SeedExtractionOnSharedCorpusTest {

    private Path seeds;

    // per test rather than per class, so that each test shows as skipped with the reason
    @BeforeEach
    void findSeeds() {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared is not set; the shared seed corpus is not available");
        seeds = Path.of(shared, "corpora", "seeds");
        assumeTrue(Files.isDirectory(seeds), "shared seed corpus not found at " + seeds + "; skipping");
    }

    private Article extract(String prefix) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new InputReader(IngestConfig.defaults()).read(List.of(file.toString()), docs::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(1);
        return new StandardArticleExtractor(ExtractionConfig.defaults()).apply(docs.get(0));
    }

    private static void assertRemoved(Article a, String line, String reason) {
        assertThat(a.text()).as("text still holds %s", line).doesNotContain(line);
        assertThat(a.boilerplate()).as("boilerplate").contains(new RemovedBlock(line, reason));
    }

    private static List<String> removedLines(Article a) {
        return a.boilerplate().stream().map(RemovedBlock::text).toList();
    }

    @Test
    void readsAllFiveSeedsWithoutProblems() {
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new InputReader(IngestConfig.defaults()).read(List.of(seeds.toString()), docs::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(docs).hasSize(5);
        StandardArticleExtractor extractor = new StandardArticleExtractor(ExtractionConfig.defaults());
        assertThat(docs).allSatisfy(d -> {
            Article a = extractor.apply(d);
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.truncated()).as("%s truncated", d.origin()).isFalse();
            assertThat(a.text()).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        });
    }

    @Test
    void bloombergSeedLosesItsAdContactsAndCopyrightButKeepsItsReporting() throws IOException {
        Article a = extract("000_");
        assertThat(a.title()).isEqualTo("Turkish Mission Sent to Russia in Bid to Ease Syrian War Rift");
        assertRemoved(a, "ADVERTISEMENT", "advertisement");
        assertRemoved(a, "Turkey Sends Mission to Russia in Latest Bid to Ease Syrian Rift", "alternate headline");
        assertRemoved(a, "--With assistance from Firat Kozok.", "contributor line");
        assertRemoved(a, "To contact the reporters on this story: Selcan Hacaoglu in Ankara at shacaoglu@bloomberg.net;"
                + "Henry Meyer in Munich at hmeyer4@bloomberg.net", "contact line");
        assertRemoved(a, "To contact the editors responsible for this story: Onur Ant at oant@bloomberg.net, "
                + "Mark Williams, Amy Teibel", "contact line");
        assertRemoved(a, "\u00a92020 Bloomberg L.P.", "copyright line");
        assertThat(a.text()).startsWith("(Bloomberg) -- A delegation of Turkish military")
                .contains("The Turkish officials, led by Deputy Foreign Minister Sedat Onal")
                .endsWith("toward the Turkish border on Monday.");
        assertThat(a.publisher()).isEqualTo("Bloomberg");
        assertThat(a.published()).isEqualTo(DateRange.year(2020));
        assertThat(a.published().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(a.evidenceFor("published").orElseThrow().basis()).startsWith("copyright line");
        assertThat(a.author()).isEqualTo("Selcan Hacaoglu, Henry Meyer");
    }

    @Test
    void bylineSeedGivesDateAndAuthorAndLosesItsStockPhotoCredit() throws IOException {
        Article a = extract("001_");
        assertThat(a.title()).isEqualTo("Turkey and Russia hold new round of talks to resolve Idlib crisis");
        assertRemoved(a, "World Sergey Matyunin 18-Feb-2020", "byline");
        assertRemoved(a, "ID 34879931 \u00a9 Richard Harvey | Dreamstime.com", "photo credit");
        assertThat(a.published()).isEqualTo(DateRange.day(java.time.LocalDate.of(2020, 2, 18)));
        assertThat(a.author()).isEqualTo("Sergey Matyunin");
        assertThat(a.text()).startsWith("The second round of the Russian-Turkish consultations")
                .contains("The Turkish delegation is headed by Deputy Foreign Minister Sedat \u00d6nal.")
                .endsWith("Turkey and Russia collaborate for a political solution to the conflict.");
    }

    @Test
    void nationalSeedTakesTheUpdatedDateNotTheRenderBanner() throws IOException {
        Article a = extract("002_");
        assertThat(a.title()).isEqualTo("Turkish officials headed for Russia to resolve Idlib crisis");
        assertRemoved(a, "Abu Dhabi, UAESaturday 30 May 2020", "date banner");
        String caption = "Turkish Foreign Minister Mevlut Cavusoglu with his Russian counterpart Sergey\u00a0Lavrov at the "
                + "Munich Security Conference on February 15, 2020. Turkish Foreign Ministry via Reuters";
        assertThat(a.text()).doesNotContain("Turkish Foreign Ministry via Reuters");
        assertThat(removedLines(a)).filteredOn(caption::equals).hasSize(2);
        assertRemoved(a, "Updated: February 15, 2020 11:28 PM", "date line");
        assertRemoved(a, "Most Popular", "list header");
        assertThat(a.text()).startsWith("But Russia says Syrian government victory over 'terrorists'")
                .contains("Mr Lavrov said on Saturday that victory over terrorist groups in Idlib was inevitable.")
                .endsWith("Israel does not usually comment on strikes in Syria.");
        assertThat(a.published()).isEqualTo(DateRange.day(java.time.LocalDate.of(2020, 2, 15)));
        assertThat(a.updated()).isEqualTo(DateRange.day(java.time.LocalDate.of(2020, 2, 15)));
    }

    @Test
    void secondNationalSeedLosesItsSignUpBoxAndListHeaders() throws IOException {
        Article a = extract("003_");
        assertRemoved(a, "Editor's Picks", "list header");
        assertRemoved(a, "Sign up to:", "newsletter prompt");
        assertRemoved(a, "* Please select one", "form field");
        assertRemoved(a, "Most Read", "list header");
        assertThat(a.text()).startsWith("Moscow says Syrian government forces are upholding previous agreement")
                .contains("\u201cWe did not make any new demands during talks with Turkey,\u201d")
                .endsWith("will make the situation even worse.\u201d");
        assertThat(a.published()).isEqualTo(DateRange.day(java.time.LocalDate.of(2020, 2, 20)));
        assertThat(a.evidenceFor("published").orElseThrow().basis()).contains("Updated: February 20, 2020 12:28 AM");
    }

    @Test
    void journalRepostLosesShareCaptionPromoAndBlogFooter() throws IOException {
        Article a = extract("004_");
        assertThat(a.title()).isEqualTo("Turkey\u2019s Erdogan Presses Russia\u2019s Putin to Halt Syria Assault");
        assertRemoved(a, "Spread the love", "share prompt");
        assertRemoved(a, "Messrs. Erdogan and Putin have grown closer on some defense and economic issues despite "
                + "their backing of opposite sides in various conflicts.", "photo caption");
        assertRemoved(a, "vladimir smirnov/Agence France-Presse/Getty Images", "photo credit");
        assertThat(a.text()).doesNotContain("After the abrupt withdrawal of U.S. troops");
        assertThat(a.boilerplate()).anySatisfy(r -> {
            assertThat(r.text()).startsWith("After the abrupt withdrawal of U.S. troops from Syria");
            assertThat(r.reason()).isEqualTo("promo from another story");
        });
        assertRemoved(a, "Write to Jared Malsin at jared.malsin@wsj.com", "contact line");
        assertRemoved(a, "Source link", "source link");
        assertRemoved(a, "Leave a Reply", "comment form");
        assertRemoved(a, "Your email address will not be published. Required fields are marked *", "comment form");
        assertRemoved(a, "%d bloggers like this:", "like widget");
        assertThat(a.text()).startsWith("ISTANBUL\u2014Turkey\u2019s President Recep Tayyip Erdogan met with")
                .contains("Much is at stake for both sides.")
                .endsWith("referring to Hayat Tahrir Al-Sham, a militant group in Idlib.");
        assertThat(a.publisher()).isEqualTo("Dow Jones & Company");
        assertThat(a.author()).isEqualTo("Jared Malsin");
        assertThat(a.published()).isEqualTo(DateRange.year(2021));
    }
}
