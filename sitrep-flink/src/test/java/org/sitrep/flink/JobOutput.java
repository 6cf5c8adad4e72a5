package org.sitrep.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test reader of a finished job's output directory: the committed part files of one output
 * (in-progress files start with a dot and are not counted), line by line.
 */
final class JobOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobOutput() {
    }

    /** Every line of every committed part file of {@code out/name}. */
    static List<String> lines(Path out, String name) {
        Path dir = out.resolve(name);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The JSON objects of {@code out/name}, one per line. */
    static List<JsonNode> json(Path out, String name) {
        return lines(out, name).stream().map(JobOutput::parse).toList();
    }

    static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
