package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.fixtures.GeneratedNewsStream;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.EventExport;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * The job on a MiniCluster with a model-free pipeline ({@link FixtureRecipe}) over a generated corpus
 * of text, HTML and JSON Lines files: it gives the facade's stories, events and recurring claims, and
 * it survives a failure mid-run with every article written exactly once.
 */
class SitrepFlinkJobTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final String[] PLACES = {"Valdoria", "Marenport", "Kestrel Bay"};
    private static final String[] WHAT = {
        "floods swept through %s after the Orbet river burst its banks, and the Civil Protection Agency said %d homes were lost.",
        "a strike closed the port of %s as the Dockers Union demanded higher pay, and %d ships waited offshore.",
        "an earthquake shook %s, the Seismic Institute measured magnitude 6, and %d buildings collapsed."};
    /**
     * A background figure each topic's articles give in words of their own, beside a name they share
     * (a figure recurs only between sentences that name an actor in common): it recurs across the stories.
     */
    private static final String[] BACKGROUND = {
        "By a Relief Council count, the valley shelters 300 families.",
        "The port district houses 300 families, the Relief Council says.",
        "Some 300 families live in the old town, according to the Relief Council."};
    private static final int PER_TOPIC = 8;

    @TempDir
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int t = 0; t < PLACES.length; t++) {
            for (int i = 0; i < PER_TOPIC; i++) {
                // ten days apart: with the tracker's two-week window the first story closes mid-stream
                String day = "%02d".formatted(1 + t * 10 + i % 3);
                String body = ("On Tuesday " + WHAT[t]).formatted(PLACES[t], 100 + i * 7)
                        + " Officials in " + PLACES[t] + " said the Mayor of " + PLACES[t] + " asked for help."
                        + " Reporter " + i + " spoke to residents who described the night as frightening."
                        + " " + BACKGROUND[t] + " More details were expected on Wednesday.";
                String title = PLACES[t] + " report " + i;
                if (i % 4 == 3) {
                    jsonl.append("{\"title\": \"").append(title).append("\", \"published\": \"2026-03-").append(day)
                            .append("\", \"url\": \"https://example.org/").append(t).append('/').append(i)
                            .append("\", \"text\": \"").append(body).append("\"}\n");
                } else if (i % 2 == 0) {
                    write("t" + t + "/a" + i + ".txt", title + "\n\nMarch " + Integer.parseInt(day) + ", 2026\n\n" + body + "\n");
                } else {
                    write("t" + t + "/b" + i + ".html", "<html><head><title>" + title + "</title>"
                            + "<meta property=\"article:published_time\" content=\"2026-03-" + day + "\"></head>"
                            + "<body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>");
                }
            }
        }
        write("feed.jsonl", jsonl.toString());
        write("t0/empty.txt", "");
        write("t0/notes.csv", "ignored,because,of,its,name\n");
    }

    private static void write(String name, String text) throws IOException {
        Path p = corpus.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static Report facadeReport(PipelineRecipe recipe) {
        try (Sitrep sitrep = recipe.build()) {
            return sitrep.report(List.of(corpus.toString()), RunOptions.defaults(), ProgressListener.NONE,
                    ProblemSink.IGNORE);
        }
    }

    static List<PipelineRecipe> recipes() {
        return List.of(new FixtureRecipe(), FixtureRecipe.online());
    }

    private static JobSettings settings(Path out, int parallelism, PipelineRecipe recipe) {
        // the files are read in no date order: the bound covers the month they span, so none is late
        return JobSettings.of(new InputRoots(List.of(corpus.toString())), out.toString(), parallelism, recipe)
                .withCheckpoints(Duration.ofMillis(50), out.resolve("_checkpoints").toUri().toString())
                .withOutOfOrderness(Duration.ofDays(31));
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void givesTheStoriesArticlesAndEventsOfTheSingleMachineRun(PipelineRecipe recipe, @TempDir Path out)
            throws Exception {
        Report expected = facadeReport(recipe);
        assertThat(expected.stories()).hasSizeGreaterThan(1);

        SitrepFlinkJob.run(settings(out, 2, recipe));

        assertSameStories(expected, out);
        JsonReportWriter json = new JsonReportWriter();

        Set<String> articleIds = new TreeSet<>();
        JobOutputs.read(out).articles().forEach(a -> articleIds.add(a.path("id").asText()));
        assertThat(articleIds).containsExactlyInAnyOrderElementsOf(
                expected.articles().stream().map(a -> a.id().value()).toList());

        List<String> rows = JobOutputs.read(out).eventRows();
        List<String> expectedRows = new ArrayList<>();
        EventExport.rows(json.tree(expected)).forEach(r -> expectedRows.add(AnalyseFunction.csvLine(r)));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);

        assertThat(JobOutputs.read(out).problems())
                .anySatisfy(p -> assertThat(p).startsWith("error: ").contains("empty.txt").contains("empty"));

        assertThat(expected.recurring()).as("figures recurring across the facade's stories").isNotEmpty();
        assertThat(JobOutputs.read(out).recurringClaims()).as("recurring claims, in order")
                .isEqualTo(recurringClaimsOf(expected));
    }

    /** The report's recurring claims as the JSON objects {@code report.json} lists. */
    private static List<JsonNode> recurringClaimsOf(Report report) throws IOException {
        JsonReportWriter json = new JsonReportWriter();
        List<JsonNode> nodes = new ArrayList<>();
        for (var r : report.recurring()) {
            nodes.add(MAPPER.readTree(AnalyseFunction.line(json.recurringClaim(r))));
        }
        return nodes;
    }

    /** Every story object the job wrote equals the facade's, by id. */
    private static void assertSameStories(Report expected, Path out) throws IOException {
        JsonReportWriter json = new JsonReportWriter();
        Map<String, JsonNode> expectedStories = new HashMap<>();
        for (StoryAnalysis s : expected.stories()) {
            expectedStories.put(s.story().id().value(), MAPPER.readTree(AnalyseFunction.line(json.story(s))));
        }
        Map<String, JsonNode> stories = new HashMap<>();
        JobOutputs.read(out).stories().forEach(s -> stories.put(s.path("id").asText(), s));
        assertThat(stories).isEqualTo(expectedStories);
    }

    @Test
    void streamsAFeedOfManyWeeksInPublicationOrderToTheStoriesOfTheSingleMachineRun(@TempDir Path tmp)
            throws Exception {
        StringBuilder feed = new StringBuilder();
        for (AnnotatedArticle a : GeneratedNewsStream.spanning(6 * 7)) {
            feed.append(MAPPER.writeValueAsString(Map.of("title", a.article().title(), "text", a.text(),
                    "published", a.article().published().iso(), "url", "https://example.org/" + a.id()))).append('\n');
        }
        Path input = tmp.resolve("feed.jsonl");
        Files.writeString(input, feed, StandardCharsets.UTF_8);
        PipelineRecipe recipe = FixtureRecipe.online();
        Report expected;
        try (Sitrep sitrep = recipe.build()) {
            expected = sitrep.report(List.of(input.toString()), RunOptions.defaults(), ProgressListener.NONE,
                    ProblemSink.IGNORE);
        }
        assertThat(expected.stories()).hasSizeGreaterThan(10);

        Path out = tmp.resolve("out");
        // one file read in order: the default bound on how far out of order articles may arrive holds
        SitrepFlinkJob.run(JobSettings.of(new InputRoots(List.of(input.toString())), out.toString(), 2, recipe)
                .withCheckpoints(Duration.ofMillis(200), out.resolve("_checkpoints").toUri().toString()));

        assertSameStories(expected, out);
        assertThat(JobOutputs.read(out).problems()).noneMatch(p -> p.contains("on arrival"));
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void recoversFromAFailureMidRunWithEveryArticleExactlyOnce(PipelineRecipe recipe, @TempDir Path out)
            throws Exception {
        int articles = PLACES.length * PER_TOPIC;
        FailOnceAfterACheckpoint.reset(articles * 2 / 3);
        // a crawl's bound: days pass mid-run, so the checkpoint holds a session that has offered some
        // (articles that arrive late are clustered on arrival: still exactly once)
        JobSettings settings = settings(out, 2, recipe).withOutOfOrderness(JobSettings.CRAWL_OUT_OF_ORDERNESS);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism());
        SitrepFlinkJob.configure(env, settings);
        SitrepFlinkJob.Annotated annotated = SitrepFlinkJob.readAndAnnotate(env, settings);
        // one instance sees every article, so the run lasts long enough for a checkpoint to complete
        // before the articles run out (with two, each saw half and a slow first checkpoint could miss)
        DataStream<AnnotatedArticle> failing = annotated.articles().map(new FailOnceAfterACheckpoint())
                .returns(CodecTypes.ANNOTATED).name("fail-once").setParallelism(1);
        SitrepFlinkJob.clusterAnalyseAndWrite(failing, annotated.problems(), settings);
        env.execute("sitrep with an injected failure");

        assertThat(FailOnceAfterACheckpoint.FAILED).isTrue();
        // one instance: opened once, and again by the restart
        assertThat(FailOnceAfterACheckpoint.OPENED.get()).as("restarted after the failure").isGreaterThanOrEqualTo(2);
        // resumed from the checkpoint, when one completed before the failure: what it covered was not
        // passed on again (on a loaded machine the first barrier can queue behind most of the input)
        for (String id : FailOnceAfterACheckpoint.COVERED) {
            assertThat(FailOnceAfterACheckpoint.PASSES.get(id).get()).as("passes of %s", id).isEqualTo(1);
        }

        List<String> ids = JobOutputs.read(out).articles().stream().map(a -> a.path("id").asText()).toList();
        assertThat(ids).hasSize(articles).doesNotHaveDuplicates();
        List<String> inStories = new ArrayList<>();
        JobOutputs.read(out).stories().forEach(s -> s.path("articles").forEach(a -> inStories.add(a.asText())));
        assertThat(inStories).hasSize(articles).containsExactlyInAnyOrderElementsOf(ids);

        // the global step, restored with the rest: its figures written once, each the one of a story written
        List<JsonNode> recurring = JobOutputs.read(out).recurringClaims();
        assertThat(recurring).isNotEmpty().doesNotHaveDuplicates();
        Map<String, JsonNode> stories = new HashMap<>();
        JobOutputs.read(out).stories().forEach(s -> stories.put(s.path("id").asText(), s));
        for (JsonNode r : recurring) {
            List<String> in = new ArrayList<>();
            r.path("stories").forEach(st -> in.add(st.path("story").asText()));
            assertThat(in).hasSizeGreaterThan(1).doesNotHaveDuplicates();
            r.path("stories").forEach(st -> assertThat(stories.get(st.path("story").asText()).path("claims"))
                    .contains(st.path("claim")));
        }
    }

    /**
     * Passes articles on slowly enough that checkpoints complete during the run, and throws once: on
     * the first article after a checkpoint has completed that covers articles this instance already
     * passed on, or, if none has by then, after {@link #failAfterAtMost} articles. Those articles are noted as covered; a restart from that checkpoint must not pass
     * them again. Counts the passes of every article across restarts.
     */
    static final class FailOnceAfterACheckpoint extends RichMapFunction<AnnotatedArticle, AnnotatedArticle>
            implements CheckpointListener, CheckpointedFunction {
        private static final long serialVersionUID = 1L;
        private static final long PAUSE_MS = 40;
        /**
         * The pause until a checkpoint that covers articles has completed: the first checkpoint can come
         * half a second after the job starts, and the instance must not run out of articles before.
         */
        private static final long AWAITING_CHECKPOINT_MS = 150;
        static final AtomicBoolean FAILED = new AtomicBoolean();
        static final AtomicInteger OPENED = new AtomicInteger();
        static final Map<String, AtomicInteger> PASSES = new java.util.concurrent.ConcurrentHashMap<>();
        static final Set<String> COVERED = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private transient List<String> passed;

        /** Articles passed on after which it fails even if no checkpoint has completed. */
        static volatile int failAfterAtMost;

        static void reset(int atMost) {
            failAfterAtMost = atMost;
            FAILED.set(false);
            OPENED.set(0);
            PASSES.clear();
            COVERED.clear();
        }

        private transient Map<Long, List<String>> passedAtBarrier;
        private transient boolean armed;

        @Override
        public void open(org.apache.flink.api.common.functions.OpenContext context) {
            OPENED.incrementAndGet();
        }

        @Override
        public AnnotatedArticle map(AnnotatedArticle a) throws InterruptedException {
            Thread.sleep(armed || FAILED.get() ? PAUSE_MS : AWAITING_CHECKPOINT_MS);
            if ((armed || passed.size() >= failAfterAtMost) && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure after " + passed.size() + " articles");
            }
            PASSES.computeIfAbsent(a.id().value(), k -> new AtomicInteger()).incrementAndGet();
            passed.add(a.id().value());
            return a;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) {
            // the barrier of this checkpoint passes here: what was passed on so far is covered by it
            passedAtBarrier.put(context.getCheckpointId(), List.copyOf(passed));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) {
            passed = new ArrayList<>();
            passedAtBarrier = new HashMap<>();
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            List<String> covered = passedAtBarrier.getOrDefault(checkpointId, List.of());
            if (!covered.isEmpty() && !FAILED.get()) {
                COVERED.addAll(covered);
                armed = true;
            }
        }
    }
}
