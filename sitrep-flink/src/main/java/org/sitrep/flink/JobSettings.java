package org.sitrep.flink;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one run of the Flink job needs: the inputs, where the outputs go, how many parallel
 * instances each parallel stage runs, how often state is checkpointed, and the pipeline to run.
 *
 * @param inputs      the inputs as the user named them
 * @param out         directory (any Flink file system URI) that receives {@code articles/},
 *                    {@code stories/}, {@code events/} and {@code problems/}
 * @param parallelism instances of the source, extraction, annotation and analysis (the clustering
 *                    operator runs once, see {@link StoryClusteringFunction})
 * @param checkpointInterval how often state is checkpointed; the sinks commit their files on each
 *                    checkpoint (default {@link #DEFAULT_CHECKPOINT_INTERVAL})
 * @param checkpointDir where checkpoints are kept (a Flink URI), or null for the cluster's setting
 * @param restartAttempts how often a failed job is restarted from its last checkpoint before it
 *                    fails (default {@link #DEFAULT_RESTART_ATTEMPTS})
 * @param defaultDate published date for articles that give none ({@code --date}), or null
 * @param outOfOrderness how far behind articles published after it an article may arrive and still be
 *                    clustered as {@code sitrep report} clusters it: the watermark trails the latest
 *                    published day seen by this much; a later article is clustered on arrival and
 *                    reported. The default, {@link #WHOLE_INPUT}, waits for the end of the input and
 *                    so gives the stories of {@code sitrep report} on any input; a feed in roughly
 *                    publication order takes a bound of days ({@link #CRAWL_OUT_OF_ORDERNESS} for a
 *                    news crawl), so that stories go to analysis as they close and state stays bounded
 * @param recipe      the pipeline each task manager builds
 * @param kafka       a topic of articles read besides the inputs ({@link KafkaArticleSource}), or null
 */
public record JobSettings(InputRoots inputs, String out, int parallelism, Duration checkpointInterval,
        String checkpointDir, int restartAttempts, LocalDate defaultDate, Duration outOfOrderness,
        PipelineRecipe recipe, KafkaInput kafka) implements Serializable {

    /** Often enough that a restart repeats little work, seldom enough to cost little. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    public static final int DEFAULT_RESTART_ATTEMPTS = 3;
    /**
     * A bound no real input exceeds (a thousand years): no article is ever late, every published day
     * is offered when the input ends, and the stories are those of {@code sitrep report} on any input,
     * in any order, at the cost of holding the whole input in state until it ends.
     */
    public static final Duration WHOLE_INPUT = Duration.ofDays(366_000);
    /**
     * A bound for a news crawl: Common Crawl News WARC files follow crawl time, which trails publication
     * by hours to days, so three days keeps most of a crawl in publication order while holding only
     * about three days of articles.
     */
    public static final Duration CRAWL_OUT_OF_ORDERNESS = Duration.ofDays(3);
    /** The default: the answers of {@code sitrep report}, whatever the input's order. */
    public static final Duration DEFAULT_OUT_OF_ORDERNESS = WHOLE_INPUT;

    public JobSettings {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(outOfOrderness, "outOfOrderness");
        if (outOfOrderness.isNegative()) {
            throw new IllegalArgumentException("out-of-orderness must not be negative, got " + outOfOrderness);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (restartAttempts < 0) {
            throw new IllegalArgumentException("restart attempts must not be negative, got " + restartAttempts);
        }
    }

    /**
     * Settings with the default checkpoint interval, restarts and out-of-orderness, no default date,
     * cluster checkpoint storage, no Kafka topic.
     */
    public static JobSettings of(InputRoots inputs, String out, int parallelism, PipelineRecipe recipe) {
        return new JobSettings(inputs, out, parallelism, DEFAULT_CHECKPOINT_INTERVAL, null, DEFAULT_RESTART_ATTEMPTS,
                null, DEFAULT_OUT_OF_ORDERNESS, recipe, null);
    }

    public JobSettings withCheckpoints(Duration interval, String dir) {
        return new JobSettings(inputs, out, parallelism, interval, dir, restartAttempts, defaultDate, outOfOrderness,
                recipe, kafka);
    }

    public JobSettings withDefaultDate(LocalDate date) {
        return new JobSettings(inputs, out, parallelism, checkpointInterval, checkpointDir, restartAttempts, date,
                outOfOrderness, recipe, kafka);
    }

    public JobSettings withOutOfOrderness(Duration bound) {
        return new JobSettings(inputs, out, parallelism, checkpointInterval, checkpointDir, restartAttempts,
                defaultDate, bound, recipe, kafka);
    }

    /** True when the job reads a Kafka topic without end ({@link KafkaInput#follow}). */
    public boolean unbounded() {
        return kafka != null && kafka.follow();
    }

    /**
     * Throws unless these settings can run: a followed topic needs a finite out-of-orderness, since
     * the default ({@link #WHOLE_INPUT}) waits for an end of input that never comes and would write no
     * story.
     */
    public JobSettings requireRunnable() {
        requireRunnable(kafka, outOfOrderness);
        return this;
    }

    /** {@link #requireRunnable()} for settings with this topic (or null) and out-of-orderness. */
    public static void requireRunnable(KafkaInput kafka, Duration outOfOrderness) {
        if (kafka != null && kafka.follow() && outOfOrderness.compareTo(WHOLE_INPUT) >= 0) {
            throw new IllegalArgumentException("following a Kafka topic needs a finite --out-of-order-days (e.g. "
                    + CRAWL_OUT_OF_ORDERNESS.toDays() + "): the default waits for the end of the input, which a"
                    + " followed topic never reaches");
        }
    }

    /** These settings reading also {@code topic} (null for none). */
    public JobSettings withKafka(KafkaInput topic) {
        return new JobSettings(inputs, out, parallelism, checkpointInterval, checkpointDir, restartAttempts,
                defaultDate, outOfOrderness, recipe, topic);
    }
}
