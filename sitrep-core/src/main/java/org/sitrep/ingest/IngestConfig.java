package org.sitrep.ingest;

import java.io.InputStream;
import java.util.Objects;

/**
 * How ingest reads inputs.
 *
 * @param maxDocumentBytes larger documents are refused as "too large" (default 50 MB); a WARC or
 *     JSON Lines file may be larger as a whole, the limit applies to each record
 * @param stdin what {@code -} reads (default {@code System.in})
 */
public record IngestConfig(long maxDocumentBytes, InputStream stdin) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    public IngestConfig {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
        Objects.requireNonNull(stdin, "stdin");
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_DOCUMENT_BYTES, System.in);
    }
}
