package org.sitrep.app;

import org.sitrep.report.Report;

/**
 * Test fixture for the server's browser tests: the standard pipeline's report of
 * {@code examples/corpus}, computed once per test JVM (shared with the other end-to-end tests), to be
 * stored in a workspace.
 */
public final class ExampleWorkspace {

    private ExampleWorkspace() {
    }

    public static Report report() {
        return RealPipeline.report(ExampleCorpus.path());
    }
}
