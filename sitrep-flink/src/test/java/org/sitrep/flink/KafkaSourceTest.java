package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reading a Kafka topic from a real broker in this JVM ({@link InProcessKafka}): the articles
 * of {@code examples/corpus}, each made a JSON record, give on the topic the articles and stories
 * they give as a JSON Lines file through the file source, and bad records among them are reported by
 * topic, partition and offset and skipped. Spread over three partitions, which are read in no
 * particular order between them, the records still give the file source's stories.
 */
class KafkaSourceTest {

    private static final String TOPIC = "articles";
    /** The same good records spread over {@link #PARTITIONS} partitions, record i to partition i mod 3. */
    private static final String SPREAD_TOPIC = "articles-spread";
    private static final int PARTITIONS = 3;
    private static final String NOT_JSON = "{\"title\": \"cut off";
    private static final String NO_TEXT = "{\"title\": \"a headline and nothing else\"}";
    /** Where the bad records go among the good ones. */
    private static final int BAD_AFTER = 3;

    @TempDir
    static Path tmp;

    private static InProcessKafka kafka;
    private static List<String> articles;

    @BeforeAll
    static void startBrokerAndProduceTheExampleCorpus() throws Exception {
        articles = ExampleRecords.of();
        kafka = InProcessKafka.start(tmp.resolve("kafka-log"));
        kafka.createTopic(TOPIC, 1);
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            values.add(articles.get(i).getBytes(StandardCharsets.UTF_8));
            if (i + 1 == BAD_AFTER) {
                values.add(NOT_JSON.getBytes(StandardCharsets.UTF_8));
                values.add(NO_TEXT.getBytes(StandardCharsets.UTF_8));
            }
        }
        kafka.produce(TOPIC, 1, values);
        kafka.createTopic(SPREAD_TOPIC, PARTITIONS);
        kafka.produce(SPREAD_TOPIC, PARTITIONS, ExampleRecords.bytes(articles));
    }

    /** The job's outputs on the records as a JSON Lines file through the file source, run once for the class. */
    private static synchronized Path fromFile() throws Exception {
        Path out = tmp.resolve("from-file");
        if (!Files.isDirectory(out)) {
            Path file = ExampleRecords.write(articles, tmp.resolve("corpus.jsonl"));
            SitrepFlinkJob.run(settings(List.of(file.toString()), out));
        }
        return out;
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static JobSettings settings(List<String> inputs, Path out) {
        return JobSettings.of(new InputRoots(inputs), out.toString(), 2, FixtureRecipe.online())
                .withCheckpoints(Duration.ofMillis(200), out.resolve("_checkpoints").toUri().toString());
    }

    @Test
    void givesTheArticlesAndStoriesOfTheFileSourceOnTheSameRecordsAndSkipsBadOnes() throws Exception {
        Path fromFile = fromFile();
        Path fromKafka = tmp.resolve("from-kafka");
        SitrepFlinkJob.run(settings(List.of(), fromKafka)
                .withKafka(new KafkaInput(kafka.bootstrap(), TOPIC, "sitrep-test")));

        JobOutputs expected = JobOutputs.read(fromFile);
        JobOutputs actual = JobOutputs.read(fromKafka);
        assertThat(expected.articles()).hasSize(articles.size());
        assertThat(expected.stories()).hasSizeGreaterThan(1);
        // the same articles, found at another place: the origin names the topic's partition, not the file
        assertThat(withoutOrigin(actual.articles())).containsExactlyInAnyOrderElementsOf(withoutOrigin(expected.articles()));
        assertThat(actual.articles()).allSatisfy(a -> {
            assertThat(a.path("origin").path("path").asText()).isEqualTo("kafka:" + TOPIC + "/0");
            assertThat(a.path("origin").path("line").asInt()).isBetween(1, articles.size() + 2);
        });
        assertThat(byId(actual.stories())).isEqualTo(byId(expected.stories()));
        assertThat(actual.eventRows()).containsExactlyInAnyOrderElementsOf(expected.eventRows());

        String partition0 = "error: kafka topic " + TOPIC + " partition 0 offset ";
        // the bad records are the only errors, and the run went on past them to every article
        assertThat(expected.problems()).noneMatch(p -> p.startsWith("error"));
        assertThat(actual.problems().stream().filter(p -> p.startsWith("error"))).containsExactlyInAnyOrder(
                partition0 + BAD_AFTER + ": malformed JSON: " + malformedReason(),
                partition0 + (BAD_AFTER + 1) + ": no text field (expected one of text, body, content, maintext)");
        // later stages name a record by its origin, the partition and offset + 1 (here the undated article)
        assertThat(actual.problems().stream().filter(p -> p.startsWith("warning")).map(KafkaSourceTest::reason))
                .containsExactlyInAnyOrderElementsOf(expected.problems().stream().map(KafkaSourceTest::reason).toList());
        assertThat(actual.problems()).filteredOn(p -> p.startsWith("warning"))
                .allSatisfy(p -> assertThat(p).startsWith("warning: kafka:" + TOPIC + "/0:"));
    }

    @Test
    void givesTheStoriesOfTheFileSourceWithTheRecordsSpreadOverThreePartitions() throws Exception {
        Path fromKafka = tmp.resolve("from-spread-topic");
        SitrepFlinkJob.run(settings(List.of(), fromKafka)
                .withKafka(new KafkaInput(kafka.bootstrap(), SPREAD_TOPIC, "sitrep-test-spread")));

        JobOutputs expected = JobOutputs.read(fromFile());
        JobOutputs actual = JobOutputs.read(fromKafka);
        assertThat(expected.stories()).hasSizeGreaterThan(1);
        assertThat(withoutOrigin(actual.articles())).containsExactlyInAnyOrderElementsOf(withoutOrigin(expected.articles()));
        // every partition was read: records went to each, in turn
        assertThat(actual.articles().stream().map(a -> a.path("origin").path("path").asText()).distinct())
                .containsExactlyInAnyOrder(KafkaArticleSource.originPath(SPREAD_TOPIC, 0),
                        KafkaArticleSource.originPath(SPREAD_TOPIC, 1), KafkaArticleSource.originPath(SPREAD_TOPIC, 2));
        assertThat(byId(actual.stories())).isEqualTo(byId(expected.stories()));
        assertThat(actual.eventRows()).containsExactlyInAnyOrderElementsOf(expected.eventRows());
        assertThat(actual.recurringClaims()).isEqualTo(expected.recurringClaims());
        assertThat(actual.problems()).noneMatch(p -> p.startsWith("error"));
    }

    /** What the JSON parser says of {@link #NOT_JSON}, as the JSON Lines reader reports it. */
    private static String malformedReason() throws IOException {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, NOT_JSON + "\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        new org.sitrep.ingest.InputReader(org.sitrep.ingest.IngestConfig.defaults())
                .read(List.of(bad.toString()), d -> { }, p -> problems.add(p.reason()));
        assertThat(problems).singleElement().asString().startsWith("malformed JSON: ");
        return problems.get(0).substring("malformed JSON: ".length());
    }

    /** A problem line without its severity and location. */
    private static String reason(String problem) {
        return problem.substring(problem.indexOf(": ", problem.indexOf(": ") + 2) + 2);
    }

    private static List<JsonNode> withoutOrigin(List<JsonNode> articles) {
        return articles.stream().map(a -> (JsonNode) ((ObjectNode) a.deepCopy()).without("origin")).toList();
    }

    private static Map<String, JsonNode> byId(List<JsonNode> stories) {
        Map<String, JsonNode> map = new HashMap<>();
        stories.forEach(s -> map.put(s.path("id").asText(), s));
        return map;
    }
}
