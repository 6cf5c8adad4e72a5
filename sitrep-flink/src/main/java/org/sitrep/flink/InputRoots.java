package org.sitrep.flink;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.ingest.Origin;

/**
 * The inputs as the user named them, and how to turn a file the Flink source found back into the
 * name {@code sitrep report} would give it. Article ids hash the source, and for a local file the
 * source is its path as reached from the input given ({@code examples/corpus/x.txt}, not
 * {@code file:/home/...}), so the job must name documents the same way to give the same ids.
 *
 * <p>Also gives the order {@code sitrep report} reads documents in (inputs in the order given,
 * directory entries by name, records in file order), which decides which of two articles with the
 * same id is kept. Immutable and serializable.
 */
public final class InputRoots implements Serializable {

    private static final long serialVersionUID = 1L;

    // sorts below every character of a file name, so joined names compare like name lists
    private static final char NAME_SEPARATOR = '\u0000';
    private static final int LINE_DIGITS = 10;

    private final List<String> given;
    private final List<String> absolute;

    /** Inputs as given (files or directories; not standard input). */
    public InputRoots(List<String> inputs) {
        this.given = List.copyOf(inputs);
        List<String> abs = new ArrayList<>();
        for (String input : given) {
            abs.add(Path.of(input).toAbsolutePath().normalize().toString());
        }
        this.absolute = List.copyOf(abs);
    }

    /** The inputs as given. */
    public List<String> inputs() {
        return given;
    }

    /** The inputs as absolute paths, for the file source. */
    public List<String> absolutePaths() {
        return absolute;
    }

    /** True when the file is one the user named, so it is read whatever its extension. */
    public boolean isNamed(Path file) {
        return absolute.contains(file.toAbsolutePath().normalize().toString());
    }

    /** How {@code sitrep report} names this file: the input it was found under, then the path below that. */
    public String displayName(Path file) {
        Match m = match(file);
        if (m == null) {
            return file.toString();
        }
        Path root = Path.of(given.get(m.root));
        return m.relative.isEmpty() ? root.toString() : root.resolve(m.relative).toString();
    }

    /** {@code origin} with its path named as {@code sitrep report} names it. */
    public Origin rename(Origin origin, Path file, String display) {
        if (!origin.path().equals(file.toString())) {
            return origin;
        }
        return new Origin(display, origin.line(), origin.warcRecordId(), origin.url());
    }

    /**
     * A key that sorts documents in the order {@code sitrep report} reads them: the input's position,
     * the names below it, then the line (JSON Lines) or record id (WARC).
     */
    public String orderKey(Origin origin) {
        Match m = match(Path.of(origin.path()));
        StringBuilder key = new StringBuilder();
        key.append(String.format("%0" + LINE_DIGITS + "d", m == null ? given.size() : m.root));
        key.append(NAME_SEPARATOR);
        String relative = m == null ? origin.path() : m.relative;
        key.append(relative.replace('/', NAME_SEPARATOR).replace('\\', NAME_SEPARATOR));
        key.append(NAME_SEPARATOR).append(NAME_SEPARATOR);
        key.append(String.format("%0" + LINE_DIGITS + "d", origin.line() == null ? 0 : origin.line()));
        key.append(Objects.toString(origin.warcRecordId(), ""));
        return key.toString();
    }

    private Match match(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (int i = 0; i < absolute.size(); i++) {
            Path root = Path.of(absolute.get(i));
            if (abs.startsWith(root)) {
                return new Match(i, root.relativize(abs).toString());
            }
        }
        return null;
    }

    private record Match(int root, String relative) {
    }
}
