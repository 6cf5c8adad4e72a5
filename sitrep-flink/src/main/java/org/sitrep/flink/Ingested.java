package org.sitrep.flink;

import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Problem;

/**
 * What the file source gives for each thing it reads: a document, or a problem with an input
 * (unreadable, empty, malformed), which goes on to the problems output instead of stopping the job.
 * Exactly one of the two is set.
 */
public record Ingested(RawDocument document, Problem problem) {

    public Ingested {
        if ((document == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of document and problem must be set");
        }
    }

    public static Ingested of(RawDocument document) {
        return new Ingested(document, null);
    }

    public static Ingested of(Problem problem) {
        return new Ingested(null, problem);
    }
}
