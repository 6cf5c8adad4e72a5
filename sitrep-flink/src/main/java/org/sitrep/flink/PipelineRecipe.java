package org.sitrep.flink;

import java.io.Serializable;
import org.sitrep.Sitrep;

/**
 * How a task manager builds the {@link Sitrep} pipeline the job's operators run: which annotator,
 * layers, clusterer and analysers. The recipe travels with the job graph, so it is serializable and
 * holds no models itself; {@link SharedPipelines} calls {@link #build()} once per JVM and shares the
 * result among the task slots of that JVM.
 *
 * <p>Recipes are told apart by {@link #key()}: two recipes with the same key must build equal
 * pipelines. {@link #build()} may be slow (loading CoreNLP takes 6 to 13 s).
 */
@FunctionalInterface
public interface PipelineRecipe extends Serializable {

    /** A new pipeline; the caller closes it. */
    Sitrep build();

    /** What identifies the pipeline this recipe builds within one JVM (default: the recipe's class). */
    default String key() {
        return getClass().getName();
    }
}
