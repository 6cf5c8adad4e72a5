package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEntitiesCommandTest {

    private static final Path ECBPLUS = Path.of(System.getProperty("sitrep.shared", "../../shared"), "bench",
            "ecbplus-dev");

    @Test
    void printsTheScoresOfTheResolverAndItsBaselinesOnTheSharedEcbPlusData() {
        assumeThat(Files.isDirectory(ECBPLUS)).as("shared ECB+ data not found at " + ECBPLUS + "; skipping").isTrue();
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ecbplus", ECBPLUS.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("101 documents, 824 mentions", "Resolver run once per gold topic",
                "| all | Sitrep EntityResolver |", "| tuning 36,37,38 | baseline: same last word |",
                "| held-out 39,40 | Sitrep EntityResolver |", "Mentions that hold a name")
                .doesNotContain("Gold entities the resolver splits");
        CliRun corpus = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ecbplus", "--scope", "corpus",
                ECBPLUS.toString());
        assertThat(corpus.out()).contains("Resolver run once over all the documents of each split");
    }

    @Test
    void listsTheResolversErrorsAndScoresTheHeldOutTopicsAsked() {
        assumeThat(Files.isDirectory(ECBPLUS)).as("shared ECB+ data not found at " + ECBPLUS + "; skipping").isTrue();
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ecbplus", "--held-out", "40",
                "--errors", ECBPLUS.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("| tuning 36,37,38,39 |", "| held-out 40 |",
                "Gold entities the resolver splits, names", "Resolver entities that merge gold entities, all mentions");
        CliRun bad = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ecbplus", "--held-out", "41",
                ECBPLUS.toString());
        assertThat(bad.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(bad.err()).contains("--held-out 41 must name some but not all");
    }

    @Test
    void refusesAnUnknownDatasetAsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ontonotes", "x");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("unknown --dataset 'ontonotes'");
    }

    @Test
    void reportsUnreadableDataWithItsPath(@TempDir Path empty) {
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "entities", "--dataset", "ecbplus", empty.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("cannot read the ECB+ data in " + empty).contains("corpus.tsv");
    }
}
