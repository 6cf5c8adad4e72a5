package org.sitrep.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.sitrep.report.EventExport;

/**
 * Writes one part file of the events CSV: the header row of {@link EventExport#COLUMNS} first, then
 * one row per line given, each ended by CRLF (RFC 4180), so every part file is a CSV file of its own
 * that a reader can open or concatenate without the headers repeating (skip each first line).
 * Not thread-safe: Flink gives each part file its own writer.
 */
final class CsvPartWriter implements BulkWriter<String> {

    private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.UTF_8);

    private final FSDataOutputStream out;

    private CsvPartWriter(FSDataOutputStream out) throws IOException {
        this.out = out;
        out.write(String.join(",", EventExport.COLUMNS).getBytes(StandardCharsets.UTF_8));
        out.write(LINE_END);
    }

    /** The factory the events sink uses. */
    static BulkWriter.Factory<String> factory() {
        return CsvPartWriter::new;
    }

    @Override
    public void addElement(String row) throws IOException {
        out.write(row.getBytes(StandardCharsets.UTF_8));
        out.write(LINE_END);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
