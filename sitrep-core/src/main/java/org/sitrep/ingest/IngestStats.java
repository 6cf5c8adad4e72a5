package org.sitrep.ingest;

/**
 * Counts from one ingest run: documents passed on, inputs (files, lines, records) that failed, and
 * files skipped because their type is not one Sitrep reads (only when found inside a directory).
 */
public record IngestStats(int documents, int failed, int skipped) {
}
