package org.sitrep.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * The state of one {@link InputReader#read} call: where documents and problems go, and the counts
 * that become its {@link IngestStats}. Also checks a whole document's bytes (empty, binary, too
 * large, not UTF-8) the same way for every container. Not thread-safe; one per call.
 */
final class IngestRun {

    /** Charset used when bytes are not valid UTF-8 and nothing declares another: what browsers do. */
    static final String FALLBACK_CHARSET = "windows-1252";

    private final IngestConfig config;
    private final Consumer<RawDocument> sink;
    private final ProblemSink problems;
    private int documents;
    private int failed;
    private int skipped;

    IngestRun(IngestConfig config, Consumer<RawDocument> sink, ProblemSink problems) {
        this.config = config;
        this.sink = sink;
        this.problems = problems;
    }

    IngestConfig config() {
        return config;
    }

    /** Passes a document on. An exception from the caller's sink is theirs: it is wrapped so no reader swallows it. */
    void emit(RawDocument document) {
        try {
            sink.accept(document);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
        documents++;
    }

    /** Reports an input that was lost. */
    void error(String input, String reason) {
        failed++;
        problems.report(Problem.error(input, reason));
    }

    /** Reports an input that was read but degraded (or a thing worth knowing that lost nothing). */
    void warning(String input, String reason) {
        problems.report(Problem.warning(input, reason));
    }

    /** Counts a file left out because its type is not one Sitrep reads. */
    void skip() {
        skipped++;
    }

    IngestStats stats() {
        return new IngestStats(documents, failed, skipped);
    }

    /**
     * Checks a whole document and passes it on, or reports why not: empty, binary, larger than
     * the limit; bytes that are not UTF-8 and declare nothing else are read as windows-1252 with a
     * warning.
     *
     * @param declaredCharset what the container declared, or null
     * @return true when the document was passed on
     */
    boolean offer(String location, Origin origin, FileType type, byte[] bytes, String declaredCharset,
            DeclaredMetadata declared) {
        if (bytes.length == 0) {
            error(location, "empty: 0 bytes");
            return false;
        }
        if (bytes.length > config.maxDocumentBytes()) {
            error(location, overLimit());
            return false;
        }
        if (EncodingSniffer.looksBinary(bytes)) {
            error(location, "binary content (NUL or control bytes), not " + type.label());
            return false;
        }
        if (EncodingSniffer.isBlank(bytes)) {
            error(location, "empty: only whitespace");
            return false;
        }
        String charset = declaredCharset;
        if (charset == null && EncodingSniffer.byteOrderMark(bytes).isEmpty() && !EncodingSniffer.isValidUtf8(bytes)) {
            boolean declaresOther = type == FileType.HTML && EncodingSniffer.htmlMetaCharset(bytes)
                    .filter(cs -> !cs.equals("utf-8") && !cs.equals("utf8")).isPresent();
            if (!declaresOther) {
                charset = FALLBACK_CHARSET;
                warning(location, "not valid UTF-8; decoded as " + FALLBACK_CHARSET + " instead");
            }
        }
        DocumentFormat format = type == FileType.HTML ? DocumentFormat.HTML : DocumentFormat.TEXT;
        emit(new RawDocument(origin, format, bytes, charset, declared));
        return true;
    }

    /** The reason for a document whose exact size is known to be over the limit. */
    String tooLarge(long bytes) {
        return "too large: " + bytes + " bytes (limit " + config.maxDocumentBytes() + ")";
    }

    /** The reason for a document read only as far as the limit (a stream, a decompressed body). */
    String overLimit() {
        return "too large: more than the limit of " + config.maxDocumentBytes() + " bytes";
    }

    /** Reads up to the document limit plus one byte: enough to tell that a document is too large without holding more. */
    byte[] readAtMostLimit(InputStream in) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, config.maxDocumentBytes() + 1);
        return in.readNBytes(cap);
    }

    /** A user-readable reason for a read failure, naming a cut-off gzip stream as such. */
    static String describe(IOException e, boolean gzipped) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (gzipped && e instanceof EOFException) {
            return "truncated gzip: compressed data ends early (" + message + ")";
        }
        if (gzipped && e instanceof ZipException) {
            return "corrupt gzip: " + message;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof EOFException) {
            return "truncated: data ends early (" + message + ")";
        }
        return "cannot read: " + message;
    }

    /** An exception thrown by the caller's document sink, carried out of the readers untouched. */
    static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
