package org.sitrep.app;

import org.sitrep.pipeline.ProgressListener;

/**
 * What the user sees on stderr while a command runs: progress (a bar on a terminal, plain lines
 * otherwise, nothing with {@code --quiet}) and one line per problem, printed so they do not tear
 * each other apart. Thread-safe, as both parts are.
 */
record RunFeedback(ProgressListener progress, ProblemPrinter problems) {

    static RunFeedback open(CliContext context, boolean quiet) {
        if (quiet) {
            return new RunFeedback(ProgressListener.NONE, new ProblemPrinter(context.err()::println));
        }
        if (context.interactive()) {
            ProgressBars bars = new ProgressBars(context.err());
            return new RunFeedback(bars, new ProblemPrinter(bars::println));
        }
        return new RunFeedback(new ProgressLines(context.err()::println), new ProblemPrinter(context.err()::println));
    }
}
