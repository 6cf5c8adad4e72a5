package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "extract"})
    void helpWorksOnEveryCommand(String command) {
        CliRun run = command.isEmpty() ? CliRun.of(CliRun.NEVER, "--help") : CliRun.of(CliRun.NEVER, command, "--help");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).startsWith("Usage: sitrep" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.err()).isEmpty();
        if (command.isEmpty()) {
            assertThat(run.out()).contains("report", "extract");
        } else {
            assertThat(run.out()).contains("--out", "--date=YYYY-MM-DD", "--threads=N", "INPUT", "Exit status:",
                    "2   usage error");
        }
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = CliRun.of(CliRun.NEVER, "--version");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).matches("(?s)sitrep \\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER);

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("a command is required: report, extract, ingest, serve, export, eval");
    }

    @Test
    void noInputIsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "report", "--out", tmp.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'INPUT'")
                .contains("Try 'sitrep report --help' for more information.");
    }

    @Test
    void missingOutIsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "extract", "a.html");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Missing required option: '--out=FILE'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "report", "a.html", "--out", tmp.toString(), "--colour");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-01", "2020-02-30", "18/02/2020", "yesterday", "2020-2-18", ""})
    void badDateIsRefused(String date) {
        CliRun run = CliRun.of(CliRun.NEVER, "report", "a.html", "--out", tmp.toString(), "--date", date);

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("--date").contains("is not a date written YYYY-MM-DD");
    }

    @Test
    void badDateIsRefusedByExtractToo() {
        CliRun run = CliRun.of(CliRun.NEVER, "extract", "a.html", "--out", "-", "--date", "Feb 18");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("'Feb 18' is not a date written YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2"})
    void threadsBelowOneIsAUsageError(String threads) {
        CliRun run = CliRun.of(CliRun.NEVER, "report", "a.html", "--out", tmp.toString(), "--threads", threads);

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("--threads must be at least 1");
    }

    @Test
    void outUnderARegularFileIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");

        CliRun run = CliRun.of(CliRun.NEVER, "report", "a.html", "--out", file.resolve("out").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("cannot write to --out " + file.resolve("out"));
        assertThat(file).hasContent("x");
    }

    @Test
    void extractOutThatIsADirectoryIsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "extract", "a.html", "--out", tmp.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("is a directory; name a file");
    }

    @Test
    void extractOutInAnUnwritablePlaceIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");

        CliRun run = CliRun.of(CliRun.NEVER, "extract", "a.html", "--out", file.resolve("x.jsonl").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("cannot write to --out");
    }

    @Test
    void pipelineThatCannotBeBuiltEndsTheRunWithOneLine() {
        PipelineFactory broken = threads -> {
            throw new IllegalStateException("no annotator in this build");
        };

        CliRun run = CliRun.of(broken, "report", "a.html", "--out", tmp.resolve("out").toString(), "--quiet");

        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).isEqualTo("sitrep: cannot build the pipeline: no annotator in this build"
                + System.lineSeparator());
    }

    @Test
    void threadsOptionReachesThePipelineFactory() {
        int[] asked = new int[1];
        PipelineFactory recording = threads -> {
            asked[0] = threads;
            throw new IllegalStateException("stop here");
        };

        CliRun.of(recording, "extract", "a.html", "--out", "-", "--threads", "3");

        assertThat(asked[0]).isEqualTo(3);
    }
}
