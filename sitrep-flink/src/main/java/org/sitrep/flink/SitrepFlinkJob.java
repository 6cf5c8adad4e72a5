package org.sitrep.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.report.JsonReportWriter;

/**
 * Sitrep as a Flink DataStream job: the stages of DESIGN.md, each an operator, giving the same
 * stories as {@code sitrep report} on the same input.
 *
 * <pre>
 * FileSource (DocumentFileFormat, a file per split) and/or a Kafka topic (KafkaArticleSource): JobSources
 *   -> extract (ExtractFunction, chained to the source)
 *   -> least loaded -> annotate (AnnotateFunction, the costly stage, full parallelism) -> articles/
 *   -> event time: published day, watermarks bounded out of order (JobSettings#outOfOrderness; a followed
 *      topic's come from its partitions at the source, KafkaArticleSource#watermarks)
 *   -> encode (EncodeFunction: the article's bytes, id, day and clustering sketch, made in the parallel stage)
 *   -> key by one key -> cluster (StoryClusteringFunction, keyed state by day; emits each story when
 *      it closes, the rest at end of input)
 *      as bytes (EncodedStory: the articles' bytes as they came, not encoded again)
 *   -> least loaded -> analyse (AnalyseFunction, full parallelism; decodes the story) -> stories/, events/
 *   -> each story's figures, key by one key -> recurring claims (RecurringClaimsFunction, keyed state;
 *      emits at end of input; following a topic, DailyRecurringClaimsFunction: emits as days pass)
 *      -> recurring_claims/
 * problems from every stage -> problems/
 * </pre>
 *
 * <p>Outputs go through Flink's {@link FileSink}, which commits a part file only when a checkpoint
 * that covers it completes, so after a failure and restart from the last checkpoint every article
 * and story is written exactly once. Checkpointing is always on ({@link JobSettings#checkpointInterval()}).
 * Records crossing the network or resting in state are encoded by {@link RecordCodec}.
 *
 * <p>{@link #run} executes on an in-process MiniCluster ({@code sitrep flink}); {@link #main} is the
 * entry point for {@code flink run} on a cluster.
 */
public final class SitrepFlinkJob {

    /** The output subdirectories. */
    public static final String ARTICLES = "articles";
    public static final String STORIES = "stories";
    public static final String EVENTS = "events";
    public static final String PROBLEMS = "problems";
    public static final String RECURRING_CLAIMS = "recurring_claims";
    public static final List<String> OUTPUTS = List.of(ARTICLES, STORIES, EVENTS, RECURRING_CLAIMS, PROBLEMS);

    private static final long RESTART_DELAY_MS = 1_000;
    /**
     * Following a topic, how long a partition may go without records before the watermark moves on
     * without it: long next to a pause in a live feed, short next to a day.
     */
    static final Duration IDLE_AFTER = Duration.ofSeconds(30);

    private SitrepFlinkJob() {
    }

    /** The job's first half: read, extract and annotate; the articles and problems so far. */
    public record Annotated(DataStream<AnnotatedArticle> articles, DataStream<String> problems) {
    }

    /** Runs the job on a MiniCluster in this JVM and waits for it to finish (a followed topic: never). */
    public static JobExecutionResult run(JobSettings settings) throws Exception {
        return run(settings, null);
    }

    /** {@link #run(JobSettings)} from a checkpoint or savepoint (as {@link #resume}), or afresh when null. */
    public static JobExecutionResult run(JobSettings settings, String checkpoint) throws Exception {
        return local(settings, checkpoint).execute("sitrep");
    }

    /**
     * Starts the job on a MiniCluster in this JVM and returns at once: the client watches or cancels
     * it (a followed topic's job runs until cancelled); the MiniCluster stops when the job ends.
     */
    public static JobClient start(JobSettings settings) throws Exception {
        return local(settings, null).executeAsync("sitrep");
    }

    /**
     * {@link #start(JobSettings)} from the state of a checkpoint kept when an earlier run of the same job
     * was cancelled (a followed topic's are, {@link #configure}) or of a savepoint: the directory holding
     * its {@code _metadata}, as {@code flink run -s} takes it.
     */
    public static JobClient resume(JobSettings settings, String checkpoint) throws Exception {
        return local(settings, checkpoint).executeAsync("sitrep");
    }

    private static StreamExecutionEnvironment local(JobSettings settings, String checkpoint) {
        Configuration conf = new Configuration();
        if (checkpoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(settings.parallelism(), conf);
        build(env, settings);
        return env;
    }

    /** Configures {@code env} and adds the whole job to it. */
    public static void build(StreamExecutionEnvironment env, JobSettings settings) {
        settings.requireRunnable();
        configure(env, settings);
        Annotated annotated = readAndAnnotate(env, settings);
        clusterAnalyseAndWrite(annotated.articles(), annotated.problems(), settings);
    }

    /** Checkpointing, restarts and the record serializers the job needs. */
    @SuppressWarnings("deprecation")
    public static void configure(StreamExecutionEnvironment env, JobSettings settings) {
        env.setParallelism(settings.parallelism());
        env.enableCheckpointing(settings.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        if (settings.checkpointDir() != null) {
            env.getCheckpointConfig().setCheckpointStorage(settings.checkpointDir());
        }
        if (settings.unbounded()) {
            // a job without end stops by cancellation: its last checkpoint stays, to resume from with its state
            env.getCheckpointConfig().setExternalizedCheckpointRetention(
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        env.getConfig().setRestartStrategy(
                RestartStrategies.fixedDelayRestart(settings.restartAttempts(), Time.milliseconds(RESTART_DELAY_MS)));
        // records are immutable: chained operators may hand them on without a copy
        env.getConfig().enableObjectReuse();
    }

    /**
     * Source, extraction and annotation; also writes the annotated articles to {@code articles/}. Every
     * operator of the job has a fixed uid (its name), so that a checkpoint or savepoint restores into a
     * job built at another parallelism or with other chaining.
     */
    public static Annotated readAndAnnotate(StreamExecutionEnvironment env, JobSettings settings) {
        SingleOutputStreamOperator<Article> articles = JobSources.read(env, settings)
                .process(new ExtractFunction(settings.recipe(), settings.defaultDate()))
                .returns(CodecTypes.ARTICLE).name("extract").uid("extract");
        SingleOutputStreamOperator<AnnotatedArticle> annotated = articles
                .partitionCustom(new LeastLoadedPartitioner(), Work::of)
                .process(new AnnotateFunction(settings.recipe()))
                .returns(CodecTypes.ANNOTATED).name("annotate").uid("annotate");
        annotated.map(a -> AnalyseFunction.line(new JsonReportWriter().article(a.article()))).returns(Types.STRING).name("article-json").uid("article-json")
                .sinkTo(lines(settings, ARTICLES, ".jsonl")).name("articles").uid("articles");
        DataStream<String> problems = articles.getSideOutput(ExtractFunction.PROBLEMS)
                .union(annotated.getSideOutput(ExtractFunction.PROBLEMS));
        return new Annotated(annotated, problems);
    }

    /** Clustering, analysis and the story, event, recurring-claim and problem outputs. */
    public static void clusterAnalyseAndWrite(DataStream<AnnotatedArticle> articles, DataStream<String> problems,
            JobSettings settings) {
        // a followed topic's watermarks come from its partitions (JobSources), each read in its own order
        DataStream<AnnotatedArticle> timed = settings.unbounded() ? articles
                : articles.assignTimestampsAndWatermarks(PublishedDays.watermarks(settings.outOfOrderness()))
                        .name("published-day").uid("published-day");
        SingleOutputStreamOperator<EncodedStory> stories = timed
                // encoded and lead embedded in the parallel stage, so that the one clustering instance need
                // neither decode on arrival nor embed
                .process(new EncodeFunction(settings.recipe())).returns(CodecTypes.ENCODED_ARTICLE).name("encode").uid("encode")
                .keyBy(a -> StoryClusteringFunction.KEY, Types.INT)
                .process(new StoryClusteringFunction(settings.recipe(), settings.inputs(), settings.unbounded()))
                .returns(CodecTypes.ENCODED_STORY).name("cluster").uid("cluster").setParallelism(1).setMaxParallelism(1);
        SingleOutputStreamOperator<String> analysed = stories
                .partitionCustom(new LeastLoadedPartitioner(), EncodedStory::work)
                .process(new AnalyseFunction(settings.recipe())).returns(Types.STRING).name("analyse").uid("analyse");
        analysed.sinkTo(lines(settings, STORIES, ".jsonl")).name("stories").uid("stories");
        analysed.getSideOutput(AnalyseFunction.EVENTS)
                .sinkTo(FileSink.forBulkFormat(new Path(settings.out(), EVENTS), CsvPartWriter.factory())
                        .withBucketAssigner(new BasePathBucketAssigner<>())
                        .withOutputFileConfig(files(EVENTS, ".csv")).build())
                .name("events").uid("events");
        analysed.getSideOutput(AnalyseFunction.FIGURES)
                .keyBy(f -> RecurringClaimsFunction.KEY, Types.INT)
                .process(settings.unbounded() ? new DailyRecurringClaimsFunction(DailyRecurringClaimsFunction.DEFAULT_HORIZON)
                        : new RecurringClaimsFunction()).returns(Types.STRING).name("recurring").uid("recurring")
                .setParallelism(1).setMaxParallelism(1)
                .sinkTo(lines(settings, RECURRING_CLAIMS, ".jsonl")).name("recurring-claims").uid("recurring-claims").setParallelism(1);
        problems.union(stories.getSideOutput(ExtractFunction.PROBLEMS), analysed.getSideOutput(ExtractFunction.PROBLEMS))
                .sinkTo(lines(settings, PROBLEMS, ".txt")).name("problems").uid("problems").setParallelism(1);
    }

    private static FileSink<String> lines(JobSettings settings, String name, String suffix) {
        var sink = FileSink.forRowFormat(new Path(settings.out(), name), new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(files(name, suffix));
        // without end, each checkpoint's lines are committed with it, not when a part file grows large
        return settings.unbounded() ? sink.withRollingPolicy(OnCheckpointRollingPolicy.build()).build() : sink.build();
    }

    private static OutputFileConfig files(String prefix, String suffix) {
        return OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(suffix).build();
    }

    /**
     * Entry point for {@code flink run sitrep-flink.jar [--parallelism N] [--out-of-order-days D]
     * [--kafka-bootstrap HOST:PORT --kafka-topic T [--kafka-group G] [--kafka-follow]] --out DIR [INPUT...]}:
     * the standard pipeline ({@link StandardRecipe}) on the files and directories named and the topic, if
     * given (at least one of the two); checkpoints go where the cluster keeps them;
     * {@code --out-of-order-days} sets {@link JobSettings#outOfOrderness()}; {@code --kafka-follow}
     * reads the topic without end ({@link KafkaInput#follow}), which needs a finite
     * {@code --out-of-order-days}.
     */
    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        String out = null;
        int parallelism = -1;
        Duration outOfOrder = JobSettings.DEFAULT_OUT_OF_ORDERNESS;
        String bootstrap = null;
        String topic = null;
        String group = null;
        boolean follow = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                case "--out-of-order-days" -> outOfOrder = Duration.ofDays(Long.parseLong(args[++i]));
                case "--kafka-bootstrap" -> bootstrap = args[++i];
                case "--kafka-topic" -> topic = args[++i];
                case "--kafka-group" -> group = args[++i];
                case "--kafka-follow" -> follow = true;
                default -> inputs.add(args[i]);
            }
        }
        boolean kafka = bootstrap != null || topic != null;
        if (out == null || (inputs.isEmpty() && !kafka) || (kafka && (bootstrap == null || topic == null))
                || (follow && !kafka)) {
            System.err.println("usage: flink run sitrep-flink.jar [--parallelism N] [--out-of-order-days D]"
                    + " [--kafka-bootstrap HOST:PORT --kafka-topic T [--kafka-group G] [--kafka-follow]]"
                    + " --out DIR [INPUT...]");
            System.exit(2);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        int p = parallelism > 0 ? parallelism : env.getParallelism();
        JobSettings settings = JobSettings.of(new InputRoots(inputs), out, p, new StandardRecipe())
                .withOutOfOrderness(outOfOrder)
                .withKafka(kafka ? new KafkaInput(bootstrap, topic, group, follow) : null);
        try {
            settings.requireRunnable();
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep: " + e.getMessage());
            System.exit(2);
        }
        build(env, settings);
        env.execute("sitrep");
    }
}
