package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks, before a long run starts, that its output can be written: the directory is created if
 * missing and a probe file is created and deleted in it. Asking the file system beats asking for
 * permissions, which say nothing useful to root or on a read-only mount.
 */
final class WritableDirectory {

    private WritableDirectory() {
    }

    /** Creates {@code dir} if needed and proves a file can be written there; throws the reason if not. */
    static void prepare(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute);
        Path probe = Files.createTempFile(absolute, ".sitrep-write-check", ".tmp");
        Files.delete(probe);
    }

    /**
     * As {@link #prepare}, for the directory an option names: a directory that cannot be written is
     * a usage error naming the option, the value and the reason.
     */
    static void prepareFor(CommandLine command, String option, Path dir) {
        try {
            prepare(dir);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(command, "cannot write to " + option + " " + dir + ": " + CommandFailure.reason(e));
        }
    }
}
