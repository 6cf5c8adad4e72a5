package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's refusals, which come before any model is loaded (the scores are tested in sitrep-eval). */
class EvalClusterCommandTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Files.writeString(dir.resolve("corpus.tsv"), String.join("\n", "36_1ecb\t0\t0\tPolice\t-",
                "36_1ecb\t0\t1\tarrested\t-", "", "37_1ecbplus\t0\t0\tA\t-", "37_1ecbplus\t0\t1\tquake\t-", ""));
        return dir;
    }

    @Test
    void refusesAnUnknownDatasetAsAUsageError() throws IOException {
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "cluster", "--dataset", "tdt", corpus().toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("unknown --dataset 'tdt'");
    }

    @Test
    void namesTheFolderWithoutACorpus() {
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "cluster", "--dataset", "ecbplus", dir.resolve("none").toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("none").contains("corpus.tsv");
    }

    @Test
    void refusesHeldOutTopicsTheCorpusDoesNotHaveOrThatLeaveNothingToTuneOn() throws IOException {
        CliRun missing = CliRun.of(CliRun.NEVER, "eval", "cluster", "--dataset", "ecbplus", corpus().toString(),
                "--held-out", "45");
        assertThat(missing.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(missing.err()).contains("--held-out 45").contains("[36, 37]");
        CliRun all = CliRun.of(CliRun.NEVER, "eval", "cluster", "--dataset", "ecbplus", dir.toString(),
                "--held-out", "36,37");
        assertThat(all.status()).isEqualTo(ExitStatus.USAGE);
    }
}
