package org.sitrep.app;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * Prints each problem as one line ({@link Problem#toString()}: {@code error: INPUT: REASON}) and
 * counts errors and warnings for the closing line and the exit status.
 *
 * <p>Thread-safe: the pipeline reports from its worker threads; lines go out whole, one call each.
 */
public final class ProblemPrinter implements ProblemSink {

    private final Consumer<String> out;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();

    /** @param out receives each line, and must itself be safe to call from many threads */
    public ProblemPrinter(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void report(Problem problem) {
        (problem.severity() == Problem.Severity.ERROR ? errors : warnings).incrementAndGet();
        out.accept(problem.toString());
    }

    public int errors() {
        return errors.get();
    }

    public int warnings() {
        return warnings.get();
    }
}
