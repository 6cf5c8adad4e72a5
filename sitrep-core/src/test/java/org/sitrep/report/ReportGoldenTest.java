package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares each writer's output for the sample reports with the expected files under
 * {@code src/test/resources/golden/report/}. Run with {@code -Dgolden.update=true} to rewrite them,
 * then review the diff.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "report");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sample.expected.json", new JsonReportWriter(), (Supplier<Report>) SampleReports::sample),
                Arguments.of("hostile.expected.json", new JsonReportWriter(), (Supplier<Report>) SampleReports::hostile),
                Arguments.of("sample.expected.md", new MarkdownReportWriter(), (Supplier<Report>) SampleReports::sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheExpectedFile(String expectedFile, ReportWriter writer, Supplier<Report> report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report.get(), out);
        String actual = out.toString(StandardCharsets.UTF_8);
        Path expected = GOLDEN.resolve(expectedFile);

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }

        assertThat(expected).as("golden file (create it with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
