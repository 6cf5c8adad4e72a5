package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or gzip'd WARC stream with jwarc, one record at a time: every successful HTTP
 * {@code response} record and every {@code resource} record whose content is HTML becomes one
 * document; requests, metadata, non-HTML payloads, redirects and error pages are passed over
 * silently (they are not articles, and a crawl holds many of them).
 *
 * <p>The origin carries the WARC-Record-ID and WARC-Target-URI; the HTTP Content-Type charset
 * becomes the declared charset. WARC-Date, the capture time, is declared as {@code captured}: not a
 * publication date, but the latest day the page can have been published. A malformed or cut-off file keeps the documents read before the fault. Not
 * thread-safe; one per file.
 */
final class WarcDocumentReader {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final int FIRST_SUCCESS_STATUS = 200;
    private static final int FIRST_NON_SUCCESS_STATUS = 300;

    private final IngestRun run;
    private int documentsRead;

    WarcDocumentReader(IngestRun run) {
        this.run = run;
    }

    /**
     * Reads every record of {@code in} (plain or gzip'd; jwarc detects which).
     *
     * @param gzipped whether the file name or content says gzip, so that a cut-off stream is named
     *     a truncated gzip
     */
    void read(String path, InputStream in, boolean gzipped) {
        int records = 0;
        String current = null;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (ParsingException e) {
                    run.error(path, "malformed WARC" + (records == 0 ? "" : " after " + records + " records")
                            + ": " + e.getBaseMessage() + kept());
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                current = recordId(next.get());
                readRecord(path, next.get());
            }
        } catch (IOException e) {
            String where = current == null ? "" : " (in or after record " + current + ")";
            run.error(path, IngestRun.describe(e, gzipped) + where + kept());
            return;
        } catch (IllegalArgumentException e) {
            // jwarc reports some header faults (bad dates, bad URIs) this way
            run.error(path, "malformed WARC: " + e.getMessage() + kept());
            return;
        }
        if (records == 0) {
            run.error(path, "empty: no WARC records");
        }
    }

    private String kept() {
        return "; kept the " + documentsRead + " documents read before";
    }

    private void readRecord(String path, WarcRecord record) throws IOException {
        String id = recordId(record);
        String location = path + "#" + id;
        MessageBody body;
        String charset = null;
        String url;
        String language = null;
        if (record instanceof WarcResponse response) {
            MediaType type = response.contentType();
            if (!"application".equals(type.type()) || !"http".equals(type.subtype())) {
                return;
            }
            HttpResponse http;
            try {
                http = response.http();
            } catch (ParsingException e) {
                run.error(location, "malformed HTTP response: " + e.getBaseMessage());
                return;
            }
            if (http.status() < FIRST_SUCCESS_STATUS || http.status() >= FIRST_NON_SUCCESS_STATUS
                    || !isHtml(http.contentType())) {
                return;
            }
            charset = http.contentType().parameters().get("charset");
            language = http.headers().first("Content-Language").orElse(null);
            body = http.bodyDecoded();
            url = response.target();
        } else if (record instanceof WarcResource resource) {
            if (!isHtml(resource.contentType())) {
                return;
            }
            body = resource.body();
            url = resource.target();
        } else {
            return;
        }
        byte[] bytes = run.readAtMostLimit(body.stream());
        DeclaredMetadata declared = new DeclaredMetadata(null, url, null, null, null, language,
                record.date().toString());
        Origin origin = new Origin(path, null, id, url);
        if (run.offer(location, origin, FileType.HTML, bytes, charset, declared)) {
            documentsRead++;
        }
    }

    private static String recordId(WarcRecord record) {
        return record.id().toString();
    }

    private static boolean isHtml(MediaType type) {
        return type != null && HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
    }
}
