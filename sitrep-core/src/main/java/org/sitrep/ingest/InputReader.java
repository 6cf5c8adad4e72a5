package org.sitrep.ingest;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitrep.pipeline.ProblemSink;

/**
 * The ingest stage: reads files, directories (recursively) and standard input ({@code -}) and
 * passes on one {@link RawDocument} per article found: a {@code .txt} or {@code .html} file, one
 * line of a {@code .jsonl} file, one HTML response record of a {@code .warc} / {@code .warc.gz}.
 *
 * <p>Bad input never stops a run: every unreadable, empty, binary, truncated or malformed input is
 * reported to the {@link ProblemSink} with its location and the reason, and reading goes on.
 * Documents are passed on in a deterministic order (inputs in the order given, directory entries
 * sorted by name). Not thread-safe; use one reader per run.
 */
public final class InputReader {

    private final IngestConfig config;

    public InputReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Reads every input, passing documents to {@code sink} and problems to {@code problems}. */
    public IngestStats read(List<String> inputs, Consumer<RawDocument> sink, ProblemSink problems) {
        throw new UnsupportedOperationException("ingest is being written (issue 2)");
    }

    IngestConfig config() {
        return config;
    }
}
