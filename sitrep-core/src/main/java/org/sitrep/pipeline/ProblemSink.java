package org.sitrep.pipeline;

/**
 * Where stages report bad input. Implementations must be safe to call from many threads.
 */
@FunctionalInterface
public interface ProblemSink {

    void report(Problem problem);

    /** A sink that drops everything (for callers that do not care). */
    ProblemSink IGNORE = p -> { };
}
