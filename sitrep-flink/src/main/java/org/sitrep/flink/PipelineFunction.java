package org.sitrep.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.sitrep.Sitrep;

/**
 * A Flink process function that runs a stage of the JVM's shared pipeline: holds the pipeline from
 * {@code open()} to {@code close()} ({@link PipelineLease}), so the extraction, annotation and
 * analysis operators only say what they do with one record.
 *
 * @param <I> the records it takes
 * @param <O> the records it gives
 */
abstract class PipelineFunction<I, O> extends ProcessFunction<I, O> {

    private static final long serialVersionUID = 1L;

    private final PipelineLease pipeline;

    PipelineFunction(PipelineRecipe recipe) {
        this.pipeline = new PipelineLease(recipe);
    }

    @Override
    public void open(OpenContext context) throws Exception {
        pipeline.open();
    }

    /** The pipeline, once the function is open. */
    protected final Sitrep sitrep() {
        return pipeline.sitrep();
    }

    @Override
    public void close() throws Exception {
        pipeline.close();
    }
}
