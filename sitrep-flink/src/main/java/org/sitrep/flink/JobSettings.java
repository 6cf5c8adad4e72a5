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
 * @param recipe      the pipeline each task manager builds
 */
public record JobSettings(InputRoots inputs, String out, int parallelism, Duration checkpointInterval,
        String checkpointDir, int restartAttempts, LocalDate defaultDate, PipelineRecipe recipe)
        implements Serializable {

    /** Often enough that a restart repeats little work, seldom enough to cost little. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    public static final int DEFAULT_RESTART_ATTEMPTS = 3;

    public JobSettings {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        Objects.requireNonNull(recipe, "recipe");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (restartAttempts < 0) {
            throw new IllegalArgumentException("restart attempts must not be negative, got " + restartAttempts);
        }
    }

    /** Settings with the default checkpoint interval and restarts, no default date, cluster checkpoint storage. */
    public static JobSettings of(InputRoots inputs, String out, int parallelism, PipelineRecipe recipe) {
        return new JobSettings(inputs, out, parallelism, DEFAULT_CHECKPOINT_INTERVAL, null, DEFAULT_RESTART_ATTEMPTS,
                null, recipe);
    }

    public JobSettings withCheckpoints(Duration interval, String dir) {
        return new JobSettings(inputs, out, parallelism, interval, dir, restartAttempts, defaultDate, recipe);
    }

    public JobSettings withDefaultDate(LocalDate date) {
        return new JobSettings(inputs, out, parallelism, checkpointInterval, checkpointDir, restartAttempts, date,
                recipe);
    }
}
