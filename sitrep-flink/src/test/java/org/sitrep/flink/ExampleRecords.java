package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's example corpus as JSON article records, for the tests that put it on a Kafka topic:
 * a JSON Lines file's lines as they are, a text or HTML file's content as the body (the record reader
 * tells HTML from text). Every record has a URL, so its article id does not depend on where it was read.
 */
final class ExampleRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExampleRecords() {
    }

    /** {@code examples/corpus} from the repository root the build passes in. */
    static Path corpus() {
        return Path.of(System.getProperty("sitrep.root", "..")).resolve("examples/corpus");
    }

    /** The records of the example corpus, files in name order. */
    static List<String> of() throws IOException {
        List<String> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(records::add);
                } else {
                    records.add(MAPPER.writeValueAsString(Map.of("url", "https://example.org/corpus/" + name,
                            "text", Files.readString(f, StandardCharsets.UTF_8))));
                }
            }
        }
        return records;
    }

    /** The records as bytes, for a producer. */
    static List<byte[]> bytes(List<String> records) {
        return records.stream().map(r -> r.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Writes the records as a JSON Lines file. */
    static Path write(List<String> records, Path file) throws IOException {
        return Files.writeString(file, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
    }
}
