package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.flink.JobOutputs;
import org.sitrep.report.Report;

/**
 * {@code sitrep flink} on the project's example corpus at parallelism 2 gives the stories, claims,
 * summaries, articles and events of {@code sitrep report}, with the real pipeline of the test JVM.
 */
class FlinkJobOnExampleCorpusTest {

    @Test
    void givesTheStoriesClaimsAndSummariesOfSitrepReport(@TempDir Path out) {
        Path corpus = ExampleCorpus.path();
        Report report = RealPipeline.report(corpus);
        JobOutputs outputs = FlinkJobParity.runFlink(corpus, out, 2);
        assertThat(outputs.stories()).hasSize(report.stories().size());
        assertThat(report.stories()).anySatisfy(s -> assertThat(s.claims()).isNotEmpty());
        FlinkJobParity.assertSameAs(report, outputs);
    }

    @Test
    void refusesAnOutputDirectoryHoldingAnEarlierRun(@TempDir Path out) throws Exception {
        java.nio.file.Files.createDirectories(out.resolve("stories"));
        CliRun run = CliRun.of(CliRun.NEVER, "flink", ExampleCorpus.path().toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("already holds stories/");
    }

    @Test
    void refusesAKafkaTopicWithoutBrokersAndARunWithoutAnyInput(@TempDir Path out) {
        CliRun topicOnly = CliRun.of(CliRun.NEVER, "flink", "--kafka-topic", "articles", "--out", out.toString());
        assertThat(topicOnly.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(topicOnly.err()).contains("--kafka-bootstrap and --kafka-topic go together");
        CliRun blank = CliRun.of(CliRun.NEVER, "flink", "--kafka-bootstrap", " ", "--kafka-topic", "articles",
                "--out", out.toString());
        assertThat(blank.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(blank.err()).contains("bootstrap servers must not be blank");
        CliRun nothing = CliRun.of(CliRun.NEVER, "flink", "--out", out.toString());
        assertThat(nothing.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(nothing.err()).contains("no input");
    }

    @Test
    void refusesToFollowATopicWithoutAFiniteOutOfOrderness(@TempDir Path out) {
        // refused before any broker is contacted: the default waits for an end the topic never reaches
        CliRun unbounded = CliRun.of(CliRun.NEVER, "flink", "--kafka-bootstrap", "127.0.0.1:1", "--kafka-topic",
                "articles", "--kafka-follow", "--out", out.toString());
        assertThat(unbounded.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(unbounded.err()).contains("needs a finite --out-of-order-days");
        CliRun noCheckpoints = CliRun.of(CliRun.NEVER, "flink", "--kafka-bootstrap", "127.0.0.1:1", "--kafka-topic",
                "articles", "--kafka-follow", "--out-of-order-days", "3", "--out", out.toString());
        assertThat(noCheckpoints.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(noCheckpoints.err()).contains("--kafka-follow needs --checkpoint-dir");
        CliRun noTopic = CliRun.of(CliRun.NEVER, "flink", ExampleCorpus.path().toString(), "--kafka-follow",
                "--out-of-order-days", "3", "--out", out.toString());
        assertThat(noTopic.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(noTopic.err()).contains("--kafka-follow needs --kafka-topic");
        CliRun noCheckpoint = CliRun.of(CliRun.NEVER, "flink", ExampleCorpus.path().toString(), "--resume-from",
                out.resolve("chk-1").toString(), "--out", out.resolve("run").toString());
        assertThat(noCheckpoint.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(noCheckpoint.err()).contains("holds no checkpoint");
    }
}
