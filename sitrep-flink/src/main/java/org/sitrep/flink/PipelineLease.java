package org.sitrep.flink;

import java.io.Serializable;
import java.util.Objects;
import org.sitrep.Sitrep;

/**
 * An operator's hold on the JVM's pipeline for one recipe, the open/close lifecycle every Sitrep
 * operator shares: {@link #open} in the operator's {@code open()} takes the pipeline from
 * {@link SharedPipelines} (building it on first use), {@link #close} in its {@code close()} gives it
 * back. Serializable with the operator; the pipeline itself is never serialized.
 *
 * <p>Confined to its operator instance (Flink calls open, process and close on one thread).
 */
final class PipelineLease implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PipelineRecipe recipe;
    private transient Sitrep sitrep;

    PipelineLease(PipelineRecipe recipe) {
        this.recipe = Objects.requireNonNull(recipe, "recipe");
    }

    /** Takes the pipeline; call once, from {@code open()}. */
    Sitrep open() {
        if (sitrep == null) {
            sitrep = SharedPipelines.joinJob(recipe);
        }
        return sitrep;
    }

    /** The pipeline taken by {@link #open}. */
    Sitrep sitrep() {
        if (sitrep == null) {
            throw new IllegalStateException("the operator was not opened");
        }
        return sitrep;
    }

    /** Gives the pipeline back, if held; safe to call twice and after a failed open. */
    void close() {
        if (sitrep != null) {
            sitrep = null;
            SharedPipelines.leaveJob(recipe);
        }
    }
}
