package org.sitrep.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report files atomically: each goes to a temporary file in the target directory, which is
 * then renamed over the final name, so a reader never sees a half-written report and a failed run
 * leaves the previous report intact.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes {@code report} with every writer into {@code dir} (created if missing) and returns the
     * paths written.
     */
    public static List<Path> writeAll(Report report, Path dir, List<ReportWriter> writers) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            Path target = dir.resolve(writer.fileName());
            writeAtomically(target, out -> writer.write(report, out));
            written.add(target);
        }
        return written;
    }

    /** Something that writes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target} through a temporary sibling file and a rename. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: it makes the file readable by its owner only, and a report is
        // meant to be read like any file the user writes (the umask decides)
        Path tmp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
