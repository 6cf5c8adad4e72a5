package org.sitrep.app;

import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;

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

    /**
     * A ready pipeline whose summaries follow {@code summary} (e.g. another length in words). A
     * factory that cannot change the summary settings refuses with {@link IllegalStateException}
     * rather than ignore them.
     */
    default Sitrep create(int threads, SummaryConfig summary) {
        throw new IllegalStateException("this pipeline's summary settings cannot be changed");
    }
}
