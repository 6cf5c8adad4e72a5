package org.sitrep.flink;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.Sitrep;

/**
 * The pipelines of this JVM, one per {@link PipelineRecipe#key()}, shared by every operator instance
 * (task slot) in it: CoreNLP and the embedding model are thread-safe and large (about 1 GB of heap
 * for CoreNLP), so a task manager with several slots loads them once, not once per slot. Operators
 * hold the pipeline from {@code open()} to {@code close()} ({@link PipelineLease}); the last release
 * closes it, so a cancelled job frees its models and a restarted one loads them again.
 *
 * <p>Something that outlives the jobs (a benchmark timing successive jobs, a process that submits job
 * after job to its own cluster) can {@link #acquire} the pipeline too, so the models stay loaded
 * between jobs. What the pipeline remembers of a job's texts does not: when the last operator gives
 * the pipeline back while such a holder keeps it, the pipeline forgets it ({@link Sitrep#forgetRecent}),
 * so every job pays what a job on a fresh task manager pays, apart from loading the models, and the
 * memory of finished jobs is freed. Results never depend on it.
 *
 * <p>Thread-safe; {@link #acquire} blocks while the first caller builds the pipeline.
 */
public final class SharedPipelines {

    private static final Map<String, Entry> PIPELINES = new HashMap<>();

    private SharedPipelines() {
    }

    /**
     * The JVM's pipeline for this recipe, built on first use, kept loaded across the jobs that run
     * until the matching {@link #release}.
     */
    public static synchronized Sitrep acquire(PipelineRecipe recipe) {
        Entry e = entry(recipe);
        e.keepers++;
        return e.sitrep;
    }

    /** Gives back a pipeline from {@link #acquire}; closes it when nobody else holds it. */
    public static synchronized void release(PipelineRecipe recipe) {
        Entry e = PIPELINES.get(recipe.key());
        if (e != null) {
            e.keepers--;
            closeIfUnused(recipe, e);
        }
    }

    /** The pipeline for an operator instance of a job, from its {@code open()}; pair with {@link #leaveJob}. */
    static synchronized Sitrep joinJob(PipelineRecipe recipe) {
        Entry e = entry(recipe);
        e.operators++;
        return e.sitrep;
    }

    /**
     * Gives back a pipeline from {@link #joinJob}; the last operator of the jobs running here makes it
     * forget their texts, or closes it when nothing else holds it.
     */
    static synchronized void leaveJob(PipelineRecipe recipe) {
        Entry e = PIPELINES.get(recipe.key());
        if (e == null) {
            return;
        }
        e.operators--;
        if (e.operators <= 0 && e.keepers > 0) {
            e.sitrep.forgetRecent();
        }
        closeIfUnused(recipe, e);
    }

    private static Entry entry(PipelineRecipe recipe) {
        return PIPELINES.computeIfAbsent(recipe.key(), key -> new Entry(recipe.build()));
    }

    private static void closeIfUnused(PipelineRecipe recipe, Entry e) {
        if (e.operators <= 0 && e.keepers <= 0) {
            PIPELINES.remove(recipe.key());
            e.sitrep.close();
        }
    }

    /** A built pipeline, how many operator instances use it and how many holders keep it loaded. */
    private static final class Entry {
        final Sitrep sitrep;
        int operators;
        int keepers;

        Entry(Sitrep sitrep) {
            this.sitrep = sitrep;
        }
    }
}
