package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * Golden test of clustering and story analysis on the real pipeline: each folder under
 * {@code src/test/resources/golden/analyse/} holds a small corpus written for the test, and
 * {@code FOLDER.expected.json} beside it the {@code stories} part of its {@code report.json}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class GoldenAnalysisTest {

    private static final Path ROOT = Path.of("src/test/resources/golden/analyse");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void analysesTheCaseAsExpected(String name) throws IOException {
        // a relative path keeps article ids (hashes of source and text) the same on every machine
        Report report = RealPipeline.report(ROOT.resolve(name));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, json);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode stories = mapper.readTree(json.toByteArray()).get("stories");
        String actual = mapper.writeValueAsString(stories) + "\n";
        Path expected = ROOT.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected file; run with -Dgolden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
