package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sitrep.RunOptions;
import org.sitrep.model.Fingerprint;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.IngestResult;
import org.sitrep.store.WorkspaceIngester;

/**
 * {@code POST /api/ingest}: a JSON Lines body (one article per line, as {@code sitrep ingest} reads
 * {@code .jsonl} files) is added to the workspace. The body is saved under a name derived from its
 * content, so the same upload twice gives the same article ids and adds nothing the second time.
 * One upload at a time (the workspace serialises writes anyway). Thread-safe.
 */
final class HttpIngest {

    /** Hex digits of the body hash in the saved file's name. */
    private static final int NAME_DIGITS = 16;

    private final WorkspaceIngester ingester;
    private final Path uploads;

    /**
     * @param uploads directory where uploaded bodies are kept (inside the workspace, so that the
     *     source of each uploaded article stays readable)
     */
    HttpIngest(WorkspaceIngester ingester, Path uploads) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    /** What a client gets back: the result and the problems with its lines. */
    record Outcome(IngestResult result, List<String> problems) {
    }

    synchronized Outcome ingest(byte[] body) throws IOException {
        Files.createDirectories(uploads);
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        Path file = uploads.resolve("upload-" + Fingerprint.of(text, NAME_DIGITS) + ".jsonl");
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile(uploads, ".upload", ".tmp");
            Files.write(tmp, body);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        IngestResult r = ingester.ingest(List.of(file.toString()), RunOptions.defaults(), ProgressListener.NONE,
                p -> problems.add(p.toString()));
        return new Outcome(r, List.copyOf(problems));
    }
}
