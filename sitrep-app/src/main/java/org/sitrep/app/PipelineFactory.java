package org.sitrep.app;

import org.sitrep.Sitrep;

/**
 * Makes the {@link Sitrep} pipeline a command runs, with the number of worker threads the user asked
 * for. The commands take one so tests can run them on a pipeline of their own;
 * {@link StandardPipeline#create} is the real one. The caller closes what it gets.
 */
@FunctionalInterface
public interface PipelineFactory {

    /**
     * A ready pipeline; throws {@link IllegalStateException} with a reason for the user when one
     * cannot be built.
     */
    Sitrep create(int threads);
}
