package org.sitrep.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in a test: the exit status and what went to stdout and stderr.
 */
record CliRun(int status, String out, String err) {

    /** Runs {@code args} with {@code pipelines}, stderr not a terminal (plain progress lines). */
    static CliRun of(PipelineFactory pipelines, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, new CliContext(o, e, false, pipelines));
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A pipeline factory for runs that must stop before any pipeline is built. */
    static final PipelineFactory NEVER = threads -> {
        throw new AssertionError("a usage error must be caught before the pipeline is built");
    };
}
