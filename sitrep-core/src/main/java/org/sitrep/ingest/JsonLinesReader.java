package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON Lines stream: one article per non-blank line, streamed line by line. A bad line
 * (malformed JSON, no text field, too large, binary) is reported as {@code path:LINE} and the
 * other lines are kept; a stream that breaks off keeps the lines read before the break. Not
 * thread-safe; one per file.
 */
final class JsonLinesReader {

    // one line is one value: "{...} trailing junk" is malformed, not silently cut
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final IngestRun run;

    JsonLinesReader(IngestRun run) {
        this.run = run;
    }

    /**
     * Reads every line of {@code in}; {@code path} names the input in origins and problems.
     *
     * @param gzipped whether {@code in} decompresses a gzip file, so that a read failure is named a
     *     truncated gzip
     */
    void read(String path, InputStream in, boolean gzipped) {
        ByteLineReader lines = new ByteLineReader(in, run.config().maxDocumentBytes());
        int records = 0;
        int blank = 0;
        try {
            ByteLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (line.tooLong()) {
                    records++;
                    run.error(path + ":" + line.number(), "record " + run.tooLarge(line.length()));
                    continue;
                }
                if (EncodingSniffer.isBlank(line.bytes())) {
                    blank++;
                    continue;
                }
                records++;
                readLine(path, line);
            }
        } catch (IOException e) {
            run.error(path, IngestRun.describe(e, gzipped) + "; kept the " + records + " lines read before");
            return;
        }
        if (records == 0) {
            run.error(path, blank == 0 ? "empty: 0 bytes" : "empty: only blank lines");
        }
    }

    private void readLine(String path, ByteLineReader.Line line) {
        readRecord(path + ":" + line.number(), new Origin(path, line.number(), null, null), line.bytes());
    }

    /**
     * Reads one record (one line's bytes, or one message) and passes on its article, or reports why
     * not under {@code location}. The document's origin is {@code where} with the record's URL.
     */
    void readRecord(String location, Origin where, byte[] bytes) {
        if (EncodingSniffer.looksBinary(bytes)) {
            run.error(location, "binary content (NUL or control bytes), not a JSON line");
            return;
        }
        String json;
        if (EncodingSniffer.isValidUtf8(bytes)) {
            json = new String(bytes, StandardCharsets.UTF_8);
        } else {
            json = new String(bytes, Charset.forName(IngestRun.FALLBACK_CHARSET));
            run.warning(location, "not valid UTF-8; decoded as " + IngestRun.FALLBACK_CHARSET + " instead");
        }
        JsonNode record;
        try {
            record = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            run.error(location, "malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (record == null || !record.isObject()) {
            run.error(location, "not a JSON object");
            return;
        }
        var key = JsonArticleFields.bodyKey(record);
        if (key.isEmpty()) {
            run.error(location, "no text field (expected one of " + String.join(", ", JsonArticleFields.BODY_KEYS) + ")");
            return;
        }
        var body = JsonArticleFields.body(record, key.get());
        if (body.isEmpty()) {
            run.error(location, "field '" + key.get() + "' is not a string");
            return;
        }
        if (body.get().isBlank()) {
            run.error(location, "empty text field '" + key.get() + "'");
            return;
        }
        DeclaredMetadata declared = JsonArticleFields.declared(record);
        Origin origin = new Origin(where.path(), where.line(), where.warcRecordId(), declared.url());
        DocumentFormat format = JsonArticleFields.formatOf(body.get());
        FileType type = format == DocumentFormat.HTML ? FileType.HTML : FileType.TEXT;
        run.offer(location, origin, type, body.get().getBytes(StandardCharsets.UTF_8), "UTF-8", declared);
    }
}
