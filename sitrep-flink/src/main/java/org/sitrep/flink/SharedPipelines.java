package org.sitrep.flink;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.Sitrep;

/**
 * The pipelines of this JVM, one per {@link PipelineRecipe#key()}, shared by every operator instance
 * (task slot) in it: CoreNLP and the embedding model are thread-safe and large (about 1 GB of heap
 * for CoreNLP), so a task manager with several slots loads them once, not once per slot. Operators
 * {@link #acquire} in {@code open()} and {@link #release} in {@code close()}; the last release closes
 * the pipeline, so a cancelled job frees its models and a restarted one loads them again.
 *
 * <p>Thread-safe; {@link #acquire} blocks while the first caller builds the pipeline.
 */
public final class SharedPipelines {

    private static final Map<String, Entry> PIPELINES = new HashMap<>();

    private SharedPipelines() {
    }

    /** The JVM's pipeline for this recipe, built on first use; pair every call with {@link #release}. */
    public static synchronized Sitrep acquire(PipelineRecipe recipe) {
        Entry e = PIPELINES.get(recipe.key());
        if (e == null) {
            e = new Entry(recipe.build());
            PIPELINES.put(recipe.key(), e);
        }
        e.users++;
        return e.sitrep;
    }

    /** Gives back a pipeline from {@link #acquire}; closes it when nobody else holds it. */
    public static synchronized void release(PipelineRecipe recipe) {
        Entry e = PIPELINES.get(recipe.key());
        if (e == null) {
            return;
        }
        e.users--;
        if (e.users <= 0) {
            PIPELINES.remove(recipe.key());
            e.sitrep.close();
        }
    }

    /** A built pipeline and how many operators hold it. */
    private static final class Entry {
        final Sitrep sitrep;
        int users;

        Entry(Sitrep sitrep) {
            this.sitrep = sitrep;
        }
    }
}
