package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.fixtures.GeneratedNewsStream;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.RunOptions;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * The job following a Kafka topic without end ({@code --kafka-follow}) on a real broker in this JVM
 * ({@link InProcessKafka}): a feed of weeks, produced in publication order in two batches, gives stories
 * for the days the watermark has passed while the job is still running, each equal to the story
 * {@code sitrep report} makes of the whole feed; an undated article is clustered with a day that closes
 * after it; a job started again under the same group, without its state, resumes from the committed
 * offsets and loses no article.
 */
class KafkaFollowTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int FIRST_BATCH_DAYS = 35;
    private static final int ALL_DAYS = 56;
    private static final String UNDATED_URL = "https://example.org/undated-update";

    @TempDir
    static Path tmp;

    private static InProcessKafka kafka;
    private static List<AnnotatedArticle> feed;
    /** The feed's first {@link #FIRST_BATCH_DAYS} days, produced before a job starts, and the rest. */
    private static List<AnnotatedArticle> first;
    private static List<AnnotatedArticle> second;
    /** The stories {@code sitrep report} makes of the whole feed (without the undated article), by id. */
    private static Map<String, JsonNode> expected;

    @BeforeAll
    static void startBrokerAndReportTheWholeFeed() throws Exception {
        feed = GeneratedNewsStream.spanning(ALL_DAYS);
        first = feed.stream().filter(a -> dayIndex(a) < FIRST_BATCH_DAYS).toList();
        second = feed.stream().filter(a -> dayIndex(a) >= FIRST_BATCH_DAYS).toList();
        kafka = InProcessKafka.start(tmp.resolve("kafka-log"));
        Path file = tmp.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n", records(feed)) + "\n", StandardCharsets.UTF_8);
        PipelineRecipe recipe = FixtureRecipe.online();
        Report report;
        try (Sitrep sitrep = recipe.build()) {
            report = sitrep.report(List.of(file.toString()), RunOptions.defaults(), ProgressListener.NONE,
                    ProblemSink.IGNORE);
        }
        JsonReportWriter json = new JsonReportWriter();
        expected = new HashMap<>();
        report.stories().forEach(s -> expected.put(s.story().id().value(),
                readTree(AnalyseFunction.line(json.story(s)))));
        assertThat(expected).hasSizeGreaterThan(10);
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void refusesToFollowWithoutAFiniteOutOfOrderness() {
        JobSettings settings = JobSettings.of(new InputRoots(List.of()), tmp.resolve("never").toString(), 1,
                FixtureRecipe.online()).withKafka(new KafkaInput("127.0.0.1:1", "t", null).followed());
        assertThatThrownBy(() -> SitrepFlinkJob.start(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--out-of-order-days");
    }

    @Test
    void writesTheStoriesOfClosedDaysWhileRunningAndResumesFromTheCommittedOffsets() throws Exception {
        String topic = "feed";
        kafka.createTopic(topic, 2);
        // an undated article, a copy of the first one's text, among the first batch
        List<String> firstRecords = new ArrayList<>(records(first));
        firstRecords.add(1, MAPPER.writeValueAsString(Map.of("title", "An update without a date",
                "text", first.get(0).text(), "url", UNDATED_URL)));
        kafka.produce(topic, 2, ExampleRecords.bytes(firstRecords));

        Path out = tmp.resolve("follow");
        JobClient job = SitrepFlinkJob.start(settings(topic, out));
        try {
            // stories of the first batch's closed days appear while the job runs, each as sitrep report has it
            // (but the one the undated article joined, with the next day the watermark passed)
            JobOutputs early = await(out, o -> o.stories().size() >= 3);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            assertThat(byId(early.stories())).allSatisfy((id, story) -> {
                if (!holdsTheUndatedArticle(story, early)) {
                    assertThat(story).isEqualTo(expected.get(id));
                }
            });

            // the rest of the feed, produced while the job runs, is read and clustered;
            kafka.produce(topic, 2, ExampleRecords.bytes(records(second)));
            // the undated article is clustered with a day passed after it came, not held for an end of input
            JobOutputs later = await(out, o -> o.stories().size() > early.stories().size() + 3
                    && o.stories().stream().anyMatch(s -> holdsTheUndatedArticle(s, o)));
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            assertThat(byId(later.stories())).allSatisfy((id, story) -> {
                if (!holdsTheUndatedArticle(story, later)) {
                    assertThat(story).isEqualTo(expected.get(id));
                }
            });
            assertThat(later.problems()).noneMatch(p -> p.contains("on arrival"));
        } finally {
            job.cancel().get();
        }

        // started again under the same group without its state: the job reads on from the committed offsets
        Set<String> fed = new HashSet<>();
        feed.forEach(a -> fed.add(a.id().value()));
        List<AnnotatedArticle> after = GeneratedNewsStream.spanning(ALL_DAYS + 14).stream()
                .filter(a -> !fed.contains(a.id().value())).toList();
        kafka.produce(topic, 2, ExampleRecords.bytes(records(after)));
        JobClient again = SitrepFlinkJob.start(settings(topic, out));
        int produced = feed.size() + 1 + after.size();
        try {
            JobOutputs resumed = await(out, o -> distinctIds(o.articles()).size() == produced);
            // no article lost; one read twice only if the offsets of the last checkpoint were not committed
            assertThat(resumed.articles().size() - produced).isLessThan(first.size());
        } finally {
            again.cancel().get();
        }
    }

    @Test
    void resumesFromTheCheckpointKeptOnCancellationWithEveryArticleOnceAndEveryStoryWhole() throws Exception {
        String topic = "feed-resumed";
        kafka.createTopic(topic, 2);
        kafka.produce(topic, 2, ExampleRecords.bytes(records(first)));
        Path out = tmp.resolve("resumed");
        JobClient job = SitrepFlinkJob.start(settings(topic, out));
        JobOutputs early;
        try {
            early = await(out, o -> o.stories().size() >= 3);
        } finally {
            job.cancel().get();
        }
        Path kept = latestCheckpoint(out.resolve("_checkpoints").resolve(job.getJobID().toString()));

        // the stories open at the cancellation, and the articles read after the checkpoint, come from the
        // resumed job: every story whole, as sitrep report has it, and every article written once
        kafka.produce(topic, 2, ExampleRecords.bytes(records(second)));
        JobClient resumed = SitrepFlinkJob.resume(settings(topic, out), kept.toUri().toString());
        try {
            JobOutputs later = await(out, o -> o.stories().size() > early.stories().size() + 5
                    && distinctIds(o.articles()).size() == feed.size());
            assertThat(later.articles()).hasSize(feed.size());
            assertThat(byId(later.stories())).hasSize(later.stories().size())
                    .allSatisfy((id, story) -> assertThat(story).isEqualTo(expected.get(id)));
        } finally {
            resumed.cancel().get();
        }
    }

    /** The retained checkpoint of the highest number under a job's checkpoint directory. */
    private static Path latestCheckpoint(Path jobDir) throws java.io.IOException {
        try (var dirs = Files.list(jobDir)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("chk-"))
                    .filter(d -> Files.exists(d.resolve("_metadata")))
                    .max(java.util.Comparator.comparingInt(d -> Integer.parseInt(d.getFileName().toString().substring(4))))
                    .orElseThrow(() -> new AssertionError("no checkpoint kept in " + jobDir));
        }
    }

    private static JobSettings settings(String topic, Path out) {
        return JobSettings.of(new InputRoots(List.of()), out.toString(), 2, FixtureRecipe.online())
                .withCheckpoints(Duration.ofMillis(200), out.resolve("_checkpoints").toUri().toString())
                .withOutOfOrderness(Duration.ofDays(1))
                .withKafka(new KafkaInput(kafka.bootstrap(), topic, "sitrep-follow-" + topic).followed());
    }

    /** Polls the committed outputs until {@code ready} holds of them, or fails after {@link #WAIT}. */
    private static JobOutputs await(Path out, Predicate<JobOutputs> ready) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JobOutputs o = JobOutputs.read(out);
        while (!ready.test(o)) {
            assertThat(System.nanoTime()).as("outputs in %s before the deadline; so far %d articles, %d stories,"
                    + " problems %s, files %s", out, o.articles().size(), o.stories().size(), o.problems(),
                    listing(out)).isLessThan(deadline);
            Thread.sleep(250);
            o = JobOutputs.read(out);
        }
        return o;
    }

    /** True when {@code story} holds the undated article, whose id the outputs' articles give. */
    private static List<String> listing(Path out) {
        try (var walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.startsWith("_checkpoints")).toList();
        } catch (java.io.IOException e) {
            return List.of(e.toString());
        }
    }

    private static boolean holdsTheUndatedArticle(JsonNode story, JobOutputs outputs) {
        Set<String> undated = new HashSet<>();
        outputs.articles().stream().filter(a -> a.path("origin").path("url").asText().equals(UNDATED_URL))
                .forEach(a -> undated.add(a.path("id").asText()));
        for (JsonNode id : story.path("articles")) {
            if (undated.contains(id.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> distinctIds(List<JsonNode> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    private static long dayIndex(AnnotatedArticle a) {
        return a.article().published().first().toEpochDay() - GeneratedNewsStream.FIRST_DAY.toEpochDay();
    }

    private static List<String> records(List<AnnotatedArticle> articles) throws Exception {
        List<String> records = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("title", a.article().title());
            r.put("text", a.text());
            r.put("published", a.article().published().iso());
            r.put("url", "https://example.org/" + a.id());
            records.add(MAPPER.writeValueAsString(r));
        }
        return records;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> stories) {
        Map<String, JsonNode> map = new HashMap<>();
        stories.forEach(s -> map.put(s.path("id").asText(), s));
        return map;
    }

    private static JsonNode readTree(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
