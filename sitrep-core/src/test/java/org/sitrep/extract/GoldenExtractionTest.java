package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;

/**
 * Runs every case of {@code src/test/resources/golden/extract}: {@code CASE.in.txt} or
 * {@code CASE.in.html}, optionally {@code CASE.declared.json} (what a container declared), against
 * {@code CASE.expected.json}. Run with {@code -Dgolden.update=true} to rewrite the expected files
 * from the current output, then review the diff.
 */
class GoldenExtractionTest {

    private static final Path DIR = Path.of("src/test/resources/golden/extract");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".in."))
                    .map(n -> n.substring(0, n.indexOf(".in."))).sorted().toList();
            assertThat(names).as("golden cases").hasSizeGreaterThanOrEqualTo(10);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsAsExpected(String name) throws IOException {
        boolean html = Files.exists(DIR.resolve(name + ".in.html"));
        Path input = DIR.resolve(name + (html ? ".in.html" : ".in.txt"));
        DeclaredMetadata declared = DeclaredMetadata.NONE;
        String charset = null;
        Path declaredFile = DIR.resolve(name + ".declared.json");
        if (Files.exists(declaredFile)) {
            JsonNode d = JSON.readTree(declaredFile.toFile());
            declared = new DeclaredMetadata(text(d, "title"), text(d, "url"), text(d, "published"), text(d, "author"),
                    text(d, "publisher"), text(d, "language"));
            charset = text(d, "charset");
        }
        RawDocument doc = new RawDocument(new Origin(input.getFileName().toString(), null, null, declared.url()),
                html ? DocumentFormat.HTML : DocumentFormat.TEXT, Files.readAllBytes(input), charset, declared);
        String actual = JSON.writeValueAsString(toJson(EXTRACTOR.apply(doc))) + "\n";
        Path expectedFile = DIR.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected file; run with -Dgolden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The article as the expected files show it: metadata, text, removed blocks with reasons, evidence. */
    static ObjectNode toJson(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().iso());
        o.put("updated", a.updated() == null ? null : a.updated().iso());
        o.put("author", a.author());
        o.put("publisher", a.publisher());
        o.put("language", a.language());
        o.put("truncated", a.truncated());
        o.put("text", a.text());
        ArrayNode removed = o.putArray("boilerplate");
        for (RemovedBlock r : a.boilerplate()) {
            removed.addObject().put("reason", r.reason()).put("text", r.text());
        }
        ArrayNode evidence = o.putArray("evidence");
        for (MetadataEvidence e : a.evidence()) {
            evidence.addObject().put("field", e.field()).put("value", e.value()).put("basis", e.basis());
        }
        return o;
    }
}
