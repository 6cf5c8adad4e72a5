package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.pipeline.ProblemSink;

/**
 * The ingest stage: reads files, directories (recursively) and standard input ({@code -}) and
 * passes on one {@link RawDocument} per article found: a {@code .txt} or {@code .html} file, one
 * line of a {@code .jsonl} file, one HTML response record of a {@code .warc} / {@code .warc.gz}.
 * Any of these may be gzip'd ({@code x.html.gz}); standard input and explicitly named files of an
 * unknown type are recognised from their content. Files of other types found inside a directory
 * are skipped and counted.
 *
 * <p>Bad input never stops a run: every missing, unreadable, empty, binary, truncated, oversized
 * or malformed input is reported once to the {@link ProblemSink} with its location ({@code path},
 * {@code path:LINE}, {@code path#RECORD-ID}) and the reason, and reading goes on; bytes that are not
 * UTF-8 are read as windows-1252 with a warning. {@code read} throws only what the caller's own
 * sink throws. JSON Lines and WARC files are streamed, so their size is not bounded by memory; each
 * document is bounded by {@link IngestConfig#maxDocumentBytes()}.
 *
 * <p>Documents are passed on in a deterministic order (inputs in the order given, directory entries
 * sorted by name). A directory reached twice through symbolic links is read once, with a warning.
 * Not thread-safe; use one reader per run.
 */
public final class InputReader {

    /** How {@code -} is named in origins and problems. */
    public static final String STDIN = "-";

    private static final int STREAM_BUFFER = 64 * 1024;

    private final IngestConfig config;

    public InputReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Reads every input, passing documents to {@code sink} and problems to {@code problems}. */
    public IngestStats read(List<String> inputs, Consumer<RawDocument> sink, ProblemSink problems) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        IngestRun run = new IngestRun(config, sink, problems);
        for (String input : List.copyOf(inputs)) {
            try {
                readInput(input, run);
            } catch (IngestRun.SinkFailure e) {
                throw e.original();
            } catch (RuntimeException e) {
                // a fault of ours or of a library on strange input must not cost the other inputs
                run.error(input, "could not be read: " + e);
            }
        }
        return run.stats();
    }

    /**
     * Reads one JSON article record that arrived on its own rather than as a line of a file (a
     * message from a queue): the keys and checks of a JSON Lines line, so a record gives the same
     * document wherever it was read. A bad record (too large, blank, binary, malformed JSON, no text)
     * is reported to {@code problems} under {@code location} with the reason.
     *
     * @param location how problems name the record
     * @param where    the document's origin (path and position); its URL is the record's own
     * @return true when a document was passed to {@code sink}
     */
    public boolean readRecord(String location, Origin where, byte[] record, Consumer<RawDocument> sink,
            ProblemSink problems) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        IngestRun run = new IngestRun(config, sink, problems);
        if (record.length > config.maxDocumentBytes()) {
            run.error(location, "record " + run.tooLarge(record.length));
        } else if (EncodingSniffer.isBlank(record)) {
            run.error(location, "empty: no record");
        } else {
            try {
                new JsonLinesReader(run).readRecord(location, where, record);
            } catch (IngestRun.SinkFailure e) {
                throw e.original();
            } catch (RuntimeException e) {
                run.error(location, "could not be read: " + e);
            }
        }
        return run.stats().documents() > 0;
    }

    /**
     * True when a directory walk reads a file of this name (its extension announces a type Sitrep
     * reads); other files found in directories are skipped. Lets another enumerator of directories,
     * such as the Flink job's file source, pick the same files.
     */
    public static boolean readsByName(String fileName) {
        return FileType.forName(fileName).isPresent();
    }

    IngestConfig config() {
        return config;
    }

    private void readInput(String input, IngestRun run) {
        if (input.equals(STDIN)) {
            readStream(STDIN, config.stdin(), false, run);
            return;
        }
        if (input.isBlank()) {
            // Path.of("") is the working directory: an empty argument must not read it
            run.error(input, "not a valid path: empty");
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            run.error(input, "not a valid path: " + e.getReason());
            return;
        }
        if (Files.isDirectory(path)) {
            walk(path, new HashSet<>(), new ArrayList<>(), run);
        } else {
            readFile(path, true, run);
        }
    }

    /**
     * Reads a directory's entries sorted by name, descending into subdirectories. {@code visited}
     * holds the real paths already read so that a symbolic link back up the tree (or across to a
     * directory read before) is not followed twice; {@code chain} holds the real paths above this
     * one, to tell a loop from a second route.
     */
    private void walk(Path dir, Set<Path> visited, List<Path> chain, IngestRun run) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            run.error(dir.toString(), IngestRun.describe(e, false));
            return;
        }
        if (!visited.add(real)) {
            if (chain.contains(real)) {
                run.warning(dir.toString(), "directory loop: a symbolic link leads back to " + real
                        + ", which is being read; not descending again");
            } else {
                run.warning(dir.toString(), "already read through another path (" + real + "); not read twice");
            }
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            run.error(dir.toString(), "cannot list directory: " + e.getMessage());
            return;
        }
        chain.add(real);
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                walk(entry, visited, chain, run);
            } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                run.error(entry.toString(), brokenLink(entry));
            } else if (!Files.isRegularFile(entry)) {
                run.skip();
            } else if (FileType.forName(entry.getFileName().toString()).isEmpty()) {
                run.skip();
            } else {
                readFile(entry, false, run);
            }
        }
        chain.remove(chain.size() - 1);
    }

    private void readFile(Path path, boolean explicit, IngestRun run) {
        String name = path.toString();
        if (!Files.exists(path)) {
            run.error(name, Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? brokenLink(path) : "no such file");
            return;
        }
        String fileName = path.getFileName() == null ? name : path.getFileName().toString();
        Optional<FileType> type = FileType.forName(fileName);
        boolean gzipName = FileType.isGzipName(fileName);
        try {
            boolean regular = Files.isRegularFile(path);
            if (regular && Files.size(path) == 0) {
                run.error(name, "empty: 0 bytes");
                return;
            }
            if (type.isEmpty() || !regular) {
                // named explicitly (or a pipe): what it is comes from its content
                try (InputStream in = Files.newInputStream(path)) {
                    readStream(name, in, gzipName, run);
                }
                return;
            }
            switch (type.get()) {
                case WARC -> {
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), STREAM_BUFFER)) {
                        new WarcDocumentReader(run).read(name, in, gzipName);
                    }
                }
                case JSON_LINES -> {
                    try (InputStream in = open(path, gzipName)) {
                        new JsonLinesReader(run).read(name, in, gzipName);
                    }
                }
                default -> {
                    if (!gzipName && Files.size(path) > config.maxDocumentBytes()) {
                        run.error(name, run.tooLarge(Files.size(path)));
                        return;
                    }
                    try (InputStream in = open(path, gzipName)) {
                        readWhole(name, in, type.get(), gzipName, run);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            run.error(name, IngestRun.describe(cause, gzipName));
        }
    }

    private static InputStream open(Path path, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), STREAM_BUFFER);
        // no buffer on top of the gzip stream: a buffered read that meets the cut would drop what it had read
        return gzip ? new GZIPInputStream(in, STREAM_BUFFER) : in;
    }

    /**
     * Reads an input whose type is not known from its name: decompresses gzip (by magic number),
     * then recognises WARC, JSON Lines, HTML or text from the first bytes.
     */
    private void readStream(String name, InputStream raw, boolean gzipName, IngestRun run) {
        boolean gzipped = false;
        try {
            PeekableInputStream in = new PeekableInputStream(raw);
            byte[] head = in.peek(EncodingSniffer.SNIFF_BYTES);
            if (EncodingSniffer.isGzip(head)) {
                gzipped = true;
                in = new PeekableInputStream(new GZIPInputStream(in, STREAM_BUFFER));
                head = in.peek(EncodingSniffer.SNIFF_BYTES);
            }
            FileType type = FileType.sniff(head);
            switch (type) {
                case WARC -> new WarcDocumentReader(run).read(name, in, gzipped);
                case JSON_LINES -> new JsonLinesReader(run).read(name, in, gzipped);
                default -> readWhole(name, in, type, gzipped, run);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            run.error(name, IngestRun.describe(cause, gzipped || gzipName));
        }
    }

    /** Reads a one-document input (text or HTML) up to the size limit and checks it. */
    private void readWhole(String name, InputStream in, FileType type, boolean gzipped, IngestRun run)
            throws IOException {
        byte[] bytes = run.readAtMostLimit(in);
        if (bytes.length > config.maxDocumentBytes()) {
            run.error(name, run.overLimit() + (gzipped ? " after decompression" : ""));
            return;
        }
        run.offer(name, Origin.file(name), type, bytes, null, DeclaredMetadata.NONE);
    }

    private static String brokenLink(Path link) {
        try {
            return "cannot read: broken symbolic link to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "cannot read: broken symbolic link";
        }
    }
}
