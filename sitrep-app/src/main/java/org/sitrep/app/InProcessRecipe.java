package org.sitrep.app;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.Sitrep;
import org.sitrep.flink.PipelineRecipe;

/**
 * A Flink pipeline recipe that builds the CLI's own pipeline ({@link CliContext#pipelines()}), so
 * {@code sitrep flink} runs exactly the stages {@code sitrep report} runs. The factory stays in this
 * JVM and the recipe carries only a key to it, which is enough for the in-process MiniCluster the
 * command starts; a job for a real cluster uses the Flink module's own recipe instead.
 *
 * <p>{@link #close()} forgets the factory. Thread-safe.
 */
final class InProcessRecipe implements PipelineRecipe, AutoCloseable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PipelineFactory> FACTORIES = new ConcurrentHashMap<>();

    private final String id;

    /** A recipe for pipelines of this factory, each with one worker thread (Flink runs the slots). */
    InProcessRecipe(PipelineFactory factory) {
        this.id = UUID.randomUUID().toString();
        FACTORIES.put(id, factory);
    }

    @Override
    public Sitrep build() {
        PipelineFactory factory = FACTORIES.get(id);
        if (factory == null) {
            throw new IllegalStateException("the pipeline of this sitrep flink run is only known in the JVM that started it");
        }
        return factory.create(1);
    }

    @Override
    public String key() {
        return InProcessRecipe.class.getName() + "/" + id;
    }

    @Override
    public void close() {
        FACTORIES.remove(id);
    }
}
