package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.flink.JobOutputs;
import org.sitrep.report.Report;

/**
 * {@code sitrep flink} on the five seed articles in {@code ../shared/corpora/seeds} gives the stories,
 * claims, summaries and recurring claims of {@code sitrep report}. Skipped, with a message, where {@code ../shared} is
 * not beside the repository.
 */
class FlinkJobOnSharedCorpusTest {

    private static final Path SEEDS = Path.of(System.getProperty("sitrep.shared", "../../shared"), "corpora", "seeds");

    @Test
    void givesTheStoriesClaimsAndSummariesOfSitrepReportOnTheSeeds(@TempDir Path out) {
        assumeTrue(Files.isDirectory(SEEDS), "the seed corpus is not at " + SEEDS.toAbsolutePath()
                + " (../shared beside the repository); skipping the Flink seed test");
        Report report = RealPipeline.report(SEEDS);
        // the refugee population both stories give: the job's global step has something to find
        assertThat(report.recurring()).as("figures recurring across the seed stories").isNotEmpty();
        JobOutputs outputs = FlinkJobParity.runFlink(SEEDS, out, 2);
        FlinkJobParity.assertSameAs(report, outputs);
    }
}
