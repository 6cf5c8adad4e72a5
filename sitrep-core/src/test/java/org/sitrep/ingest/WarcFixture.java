package org.sitrep.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds small WARC files with jwarc's writer for ingest tests: records are added, then written at once. */
final class WarcFixture {

    /** The capture date every fixture record carries; it must never show up as a publication date. */
    static final Instant CAPTURED = Instant.parse("2024-03-01T12:00:00Z");

    private final List<WarcRecord> records = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    /** Adds an HTTP response record and returns its record id (as jwarc prints it, without angle brackets). */
    WarcFixture response(String url, int status, String contentType, String body) throws IOException {
        return response(url, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds an HTTP response record with a body in whatever encoding the bytes are. */
    WarcFixture response(String url, int status, String contentType, byte[] body) throws IOException {
        UUID uuid = UUID.nameUUIDFromBytes((url + records.size()).getBytes(StandardCharsets.UTF_8));
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body)
                .build();
        records.add(new WarcResponse.Builder(URI.create(url)).recordId(uuid).date(CAPTURED).body(http).build());
        ids.add("urn:uuid:" + uuid);
        return this;
    }

    /** Adds a resource record (content stored as is, no HTTP envelope). */
    WarcFixture resource(String url, String contentType, String body) {
        UUID uuid = UUID.nameUUIDFromBytes((url + records.size()).getBytes(StandardCharsets.UTF_8));
        records.add(new WarcResource.Builder(URI.create(url)).recordId(uuid).date(CAPTURED)
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build());
        ids.add("urn:uuid:" + uuid);
        return this;
    }

    /** The record id of the {@code i}th record added. */
    String id(int i) {
        return ids.get(i);
    }

    /** Writes the records to {@code file}, each as its own gzip member when {@code gzip}. */
    Path write(Path file, boolean gzip) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return file;
    }
}
