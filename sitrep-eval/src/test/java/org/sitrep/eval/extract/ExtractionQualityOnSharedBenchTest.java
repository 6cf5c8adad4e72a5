package org.sitrep.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.StandardArticleExtractor;

/**
 * Extraction quality on the shared evaluation data ({@code ${sitrep.shared}/bench}), computed by
 * the same code as {@code sitrep eval extract} and held against the floors in
 * {@code quality/extract-floors.json}: a score below its floor fails the build, on all pages and
 * on the held-out sites of {@link SiteSplit}. Skipped when the
 * data is not there. The corpus size is checked before scoring so that a changed corpus is not
 * mistaken for a changed score.
 */
class ExtractionQualityOnSharedBenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PageExtractor SITREP =
            new SitrepPageExtractor(new StandardArticleExtractor(ExtractionConfig.defaults()));

    private static Path bench(String name) {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared is not set; shared bench data not available");
        Path dir = Path.of(shared, "bench", name);
        assumeTrue(Files.isDirectory(dir), "shared bench data not found at " + dir + "; skipping");
        return dir;
    }

    private static double floor(String metric) throws IOException {
        try (InputStream in = ExtractionQualityOnSharedBenchTest.class.getResourceAsStream("/quality/extract-floors.json")) {
            JsonNode floor = JSON.readTree(in).get(metric);
            assertThat(floor).as("floor %s in extract-floors.json", metric).isNotNull();
            return floor.asDouble();
        }
    }

    private static ExtractionScores score(ExtractionDataset dataset, String folder) throws IOException {
        List<BenchPage> pages = dataset.read(bench(folder));
        assertThat(pages).as("%s pages", dataset.id()).hasSize(dataset.expectedPages());
        ExtractionScores scores = ExtractionEvaluator.evaluate(dataset, pages, SITREP);
        System.out.print(ScoreReport.detail(scores));
        return scores;
    }

    @Test
    void wcxbScoresStayAboveTheirFloors() throws IOException {
        ExtractionScores s = score(ExtractionDataset.WCXB, "wcxb");
        assertThat(s.type("article").f1()).as("WCXB article F1").isGreaterThanOrEqualTo(floor("wcxb.articles.f1"));
        assertThat(s.text().f1()).as("WCXB all-pages F1").isGreaterThanOrEqualTo(floor("wcxb.all.f1"));
        assertThat(s.dates().accuracy()).as("WCXB publication-day accuracy")
                .isGreaterThanOrEqualTo(floor("wcxb.published.accuracy"));
        assertThat(s.dates().wrong()).as("WCXB pages with a wrong publication day")
                .isLessThanOrEqualTo((int) floor("wcxb.published.max_wrong"));
        assertThat(s.titles().accuracy()).as("WCXB title accuracy").isGreaterThanOrEqualTo(floor("wcxb.title.accuracy"));
        assertThat(s.authors().accuracy()).as("WCXB author accuracy").isGreaterThanOrEqualTo(floor("wcxb.author.accuracy"));
        assertThat(s.part(true).text().f1()).as("WCXB all-pages F1 on the held-out sites (SiteSplit)")
                .isGreaterThanOrEqualTo(floor("wcxb.heldout.f1"));
    }

    @Test
    void trafilaturaScoresStayAboveTheirFloors() throws IOException {
        ExtractionScores s = score(ExtractionDataset.TRAFILATURA, "trafilatura-eval-en");
        assertThat(s.text().f1()).as("trafilatura-eval-en snippet F1")
                .isGreaterThanOrEqualTo(floor("trafilatura-eval-en.f1"));
        assertThat(s.dates().accuracy()).as("trafilatura-eval-en publication-day accuracy")
                .isGreaterThanOrEqualTo(floor("trafilatura-eval-en.published.accuracy"));
        assertThat(s.dates().wrong()).as("trafilatura-eval-en pages with a wrong publication day")
                .isLessThanOrEqualTo((int) floor("trafilatura-eval-en.published.max_wrong"));
        assertThat(s.titles().accuracy()).as("trafilatura-eval-en title accuracy")
                .isGreaterThanOrEqualTo(floor("trafilatura-eval-en.title.accuracy"));
        assertThat(s.authors().accuracy()).as("trafilatura-eval-en author accuracy")
                .isGreaterThanOrEqualTo(floor("trafilatura-eval-en.author.accuracy"));
        assertThat(s.part(true).text().f1()).as("trafilatura-eval-en snippet F1 on the held-out sites (SiteSplit)")
                .isGreaterThanOrEqualTo(floor("trafilatura-eval-en.heldout.f1"));
    }
}
