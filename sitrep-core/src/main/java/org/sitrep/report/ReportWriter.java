package org.sitrep.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report in one format to a stream. {@link ReportFiles} puts each writer's output in its
 * file atomically.
 */
public interface ReportWriter {

    /** The file name this writer's output goes to, e.g. {@code report.json}. */
    String fileName();

    /** Writes the whole report; does not close the stream. */
    void write(Report report, OutputStream out) throws IOException;
}
