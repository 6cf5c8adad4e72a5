package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;

class SummaryWordsOptionTest {

    @Test
    void refusesALengthOutsideItsBoundsAsAUsageError() {
        CliRun run = CliRun.of(CliRun.NEVER, "report", "in", "--out", "out", "--summary-words", "3");
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("--summary-words must be between 10 and 5000, got 3");
    }

    @Test
    void passesTheLengthToThePipelineFactory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        SummaryConfig[] asked = new SummaryConfig[1];
        PipelineFactory recording = new PipelineFactory() {
            @Override
            public Sitrep create(int threads) {
                throw new AssertionError("the length was asked for, so the summary settings must be passed");
            }

            @Override
            public Sitrep create(int threads, SummaryConfig summary) {
                asked[0] = summary;
                throw new IllegalStateException("stop here");
            }
        };
        CliRun run = CliRun.of(recording, "report", "in", "--out", dir.resolve("out").toString(), "--summary-words", "250");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(asked[0].maxWords()).isEqualTo(250);
        assertThat(asked[0].maxSentences()).isGreaterThanOrEqualTo(250 / 60);
    }

    @Test
    void saysSoWhenAPipelineCannotChangeItsSummaries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        PipelineFactory fixed = threads -> {
            throw new AssertionError("not reached");
        };
        CliRun run = CliRun.of(fixed, "report", "in", "--out", dir.resolve("out").toString(), "--summary-words", "80");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("summary settings cannot be changed");
    }
}
