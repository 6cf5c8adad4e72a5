package org.sitrep.app;

import java.io.PrintStream;
import java.util.Objects;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;

/**
 * What the commands run against: where output and messages go, whether stderr is an interactive
 * terminal (progress bars) or not (plain progress lines), and how the pipeline is made. Tests build
 * one around byte-array streams and a pipeline of their own.
 *
 * @param out standard output ({@code sitrep extract --out -} writes articles there)
 * @param err where problems, progress and the closing line go
 * @param interactive true when {@code err} is a terminal that can redraw a progress bar
 */
public record CliContext(PrintStream out, PrintStream err, boolean interactive, PipelineFactory pipelines) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(pipelines, "pipelines");
    }

    /** A pipeline with {@code threads} workers; {@link CommandFailure} with the reason when none can be built. */
    Sitrep openPipeline(int threads) {
        try {
            return pipelines.create(threads);
        } catch (IllegalStateException e) {
            throw new CommandFailure("cannot build the pipeline: " + e.getMessage(), e);
        }
    }

    /** A pipeline with {@code threads} workers and these summary settings; {@link CommandFailure} when none can be built. */
    Sitrep openPipeline(int threads, SummaryConfig summary) {
        try {
            return pipelines.create(threads, summary);
        } catch (IllegalStateException e) {
            throw new CommandFailure("cannot build the pipeline: " + e.getMessage(), e);
        }
    }

    /**
     * The process's own streams and the standard pipeline. {@code System.console()} is the JDK 17 way
     * to ask whether the user is at a terminal; it is null when output is piped or redirected.
     */
    public static CliContext system() {
        return new CliContext(System.out, System.err, System.console() != null, StandardPipeline.FACTORY);
    }
}
