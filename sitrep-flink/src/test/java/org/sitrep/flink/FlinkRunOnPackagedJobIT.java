package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.apache.flink.client.cli.CliFrontend;
import org.apache.flink.client.cli.DefaultCLI;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * The {@code flink run} path: the packaged job jar (this module's jar, or the shaded job jar with
 * {@code -Pjob-jar}; property {@code sitrep.flink.jobJar}) submitted by Flink's own command-line
 * front end ({@code run -m HOST:PORT JAR ARGS}, the code behind the {@code flink} script) to a
 * MiniCluster's REST endpoint on 127.0.0.1, with the standard pipeline ({@link StandardRecipe}: real
 * CoreNLP and MiniLM) on the example corpus, read as files and as records of a Kafka topic. The
 * job's stories (and articles) must equal the facade's report with the same pipeline. Runs in {@code verify}, after the jar is packaged, in a JVM of its own.
 */
class FlinkRunOnPackagedJobIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SLOTS = 2;
    private static final Map.Entry<String, String> NATIVE_PARENT_FIRST =
            Map.entry("classloader.parent-first-patterns.additional", "ai.djl.;ai.onnxruntime.");

    @Test
    void flinkRunOfThePackagedJarGivesTheStoriesOfTheFacade(@TempDir Path tmp) throws Exception {
        Path corpus = ExampleRecords.corpus();
        Path out = tmp.resolve("out");
        // the corpus's files are in no date order; a bound over its five weeks makes none late
        flinkRun("--out", out.toUri().toString(), "--out-of-order-days", "60", corpus.toString());

        JobOutputs outputs = JobOutputs.read(out);
        try (Sitrep sitrep = new StandardRecipe().build()) {
            Report report = sitrep.report(List.of(corpus.toString()), RunOptions.defaults(), ProgressListener.NONE,
                    ProblemSink.IGNORE);
            assertThat(report.stories()).isNotEmpty();
            assertThat(storiesOf(outputs)).isEqualTo(storiesOf(report));
            JsonReportWriter json = new JsonReportWriter();
            assertThat(outputs.articles()).containsExactlyInAnyOrderElementsOf(
                    report.articles().stream().map(a -> reparse(json.article(a.article()))).toList());
        }
        assertThat(outputs.problems()).noneMatch(p -> p.startsWith("error"));
    }

    /**
     * {@code flink run JAR --kafka-bootstrap --kafka-topic}: the example corpus as records on a topic
     * of a broker in this JVM gives the stories the facade gives on a JSON Lines file of those records.
     */
    @Test
    void flinkRunOfThePackagedJarReadsAKafkaTopic(@TempDir Path tmp) throws Exception {
        List<String> records = ExampleRecords.of();
        Path out = tmp.resolve("out");
        try (InProcessKafka kafka = InProcessKafka.start(tmp.resolve("kafka-log"))) {
            kafka.createTopic("examples", 1);
            kafka.produce("examples", 1, ExampleRecords.bytes(records));
            flinkRun("--out", out.toUri().toString(), "--kafka-bootstrap", kafka.bootstrap(), "--kafka-topic",
                    "examples", "--kafka-group", "sitrep-it");
        }

        JobOutputs outputs = JobOutputs.read(out);
        Path file = ExampleRecords.write(records, tmp.resolve("examples.jsonl"));
        try (Sitrep sitrep = new StandardRecipe().build()) {
            Report report = sitrep.report(List.of(file.toString()), RunOptions.defaults(), ProgressListener.NONE,
                    ProblemSink.IGNORE);
            assertThat(report.stories()).isNotEmpty();
            assertThat(storiesOf(outputs)).isEqualTo(storiesOf(report));
        }
        assertThat(outputs.articles()).hasSize(records.size());
        assertThat(outputs.problems()).noneMatch(p -> p.startsWith("error"));
    }

    /** Submits the packaged job jar with {@code args} to a MiniCluster, as {@code flink run} does, and waits. */
    private static void flinkRun(String... args) throws Exception {
        String jobJar = System.getProperty("sitrep.flink.jobJar");
        assumeTrue(jobJar != null, "runs in the packaged-job execution of mvn verify, which names the jar");
        Path jar = Path.of(jobJar);
        assertThat(jar).as("the packaged job jar (mvn package)").exists();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(SitrepFlinkJob.class.getName());
        }
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, "0");
        // as a session cluster should be set up for Sitrep (README): the libraries with native code
        // come from the cluster's class path (here the test's, on a cluster Flink's lib/), since a JVM
        // loads a native library into one class loader only, and the facade below loads them too
        conf.setString(NATIVE_PARENT_FIRST.getKey(), NATIVE_PARENT_FIRST.getValue());
        try (MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(SLOTS).build())) {
            cluster.start();
            URI rest = cluster.getRestAddress().get();
            CliFrontend flink = new CliFrontend(new Configuration(), List.of(new DefaultCLI()));
            List<String> command = new java.util.ArrayList<>(List.of("run", "-m", rest.getHost() + ":" + rest.getPort(),
                    "-p", Integer.toString(SLOTS), jar.toString()));
            command.addAll(List.of(args));
            int status = flink.parseAndRun(command.toArray(String[]::new));
            assertThat(status).as("flink run exit status").isZero();
        }
    }

    private static Map<String, JsonNode> storiesOf(JobOutputs outputs) {
        Map<String, JsonNode> byId = new TreeMap<>();
        outputs.stories().forEach(s -> byId.put(s.path("id").asText(), s));
        return byId;
    }

    private static Map<String, JsonNode> storiesOf(Report report) {
        JsonReportWriter json = new JsonReportWriter();
        Map<String, JsonNode> byId = new TreeMap<>();
        for (StoryAnalysis s : report.stories()) {
            byId.put(s.story().id().value(), reparse(json.story(s)));
        }
        return byId;
    }

    private static JsonNode reparse(JsonNode node) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(node));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
