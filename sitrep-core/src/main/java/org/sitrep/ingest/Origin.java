package org.sitrep.ingest;

import java.util.Objects;

/**
 * Where one document came from: the input path ({@code -} for standard input), the line for a JSON
 * Lines record, the record id for a WARC record, and the URL when the input names one.
 */
public record Origin(String path, Integer line, String warcRecordId, String url) {

    public Origin {
        Objects.requireNonNull(path, "path");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
    }

    public static Origin file(String path) {
        return new Origin(path, null, null, null);
    }

    /**
     * How reports name this document: {@code path}, {@code path:LINE} for a JSON Lines record,
     * {@code path#RECORD-ID} for a WARC record.
     */
    public String location() {
        if (line != null) {
            return path + ":" + line;
        }
        if (warcRecordId != null) {
            return path + "#" + warcRecordId;
        }
        return path;
    }

    /** The URL when known, otherwise {@link #location()}: what {@code report.json} calls the source. */
    public String source() {
        return url != null && !url.isBlank() ? url : location();
    }
}
