package org.sitrep.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads trafilatura's evaluation data as SOURCE.md describes it: {@code evaldata-en.json} maps each
 * URL to {@code {"file", "with": [...], "without": [...], optional "title", "author", "date"}}, and
 * the page is {@code html/FILE.gz}. Entries come in the file's order. Stateless.
 */
final class TrafilaturaEvalReader {

    static final String INDEX = "evaldata-en.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrafilaturaEvalReader() {
    }

    static List<BenchPage> read(Path dir) throws IOException {
        Path index = dir.resolve(INDEX);
        if (!Files.isRegularFile(index)) {
            throw new IOException(dir + " is not trafilatura's evaluation data: no " + INDEX);
        }
        JsonNode entries = JSON.readTree(index.toFile());
        List<BenchPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            JsonNode v = e.getValue();
            String file = v.path("file").asText();
            Path page = dir.resolve("html").resolve(file + ".gz");
            if (!Files.isRegularFile(page)) {
                throw new IOException("page " + page + " is missing for " + e.getKey());
            }
            pages.add(new BenchPage(file, e.getKey(), WcxbReader.gunzip(page), null, null, strings(v.path("with")),
                    strings(v.path("without")), WcxbReader.text(v.path("title")), WcxbReader.text(v.path("author")),
                    WcxbReader.day(WcxbReader.text(v.path("date")))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }
}
