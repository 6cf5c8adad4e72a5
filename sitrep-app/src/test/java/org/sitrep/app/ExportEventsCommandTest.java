package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.report.EventExport;
import org.sitrep.report.JsonReportWriter;

/** {@code sitrep export events} on the report of the example corpus (real pipeline). */
class ExportEventsCommandTest {

    @TempDir
    Path tmp;

    private Path exampleReport() throws IOException {
        Path json = tmp.resolve("report.json");
        try (var out = Files.newOutputStream(json)) {
            new JsonReportWriter().write(RealPipeline.report(ExampleCorpus.path()), out);
        }
        return json;
    }

    @Test
    void writesOneCsvRowPerEventWithTheGdeltStyleColumns() throws IOException {
        Path report = exampleReport();
        Path csv = tmp.resolve("events.csv");
        CliRun run = CliRun.of(CliRun.NEVER, "export", "events", report.toString(), "--out", csv.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", EventExport.COLUMNS));
        JsonNode tree = new ObjectMapper().readTree(report.toFile());
        int events = 0;
        for (JsonNode s : tree.path("stories")) {
            events += s.path("events").size();
        }
        assertThat(events).isPositive();
        assertThat(EventExport.rows(tree)).hasSize(events);
        assertThat(run.err()).contains(events + " event");
    }

    @Test
    void writesJsonToStandardOutput() throws IOException {
        CliRun run = CliRun.of(CliRun.NEVER, "export", "events", exampleReport().toString(), "--format", "json");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.get(0).has("cameo_root")).isTrue();
        assertThat(rows.get(0).get("source_count").isInt()).isTrue();
    }

    @Test
    void refusesAFileThatIsNotAReport() throws IOException {
        Path notReport = Files.writeString(tmp.resolve("x.json"), "{\"hello\": 1}");
        CliRun run = CliRun.of(CliRun.NEVER, "export", "events", notReport.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run.err()).contains("is not a Sitrep report");
    }

    @Test
    void quotesCellsAndDefusesSpreadsheetFormulas() {
        assertThat(EventExport.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(EventExport.csvCell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(EventExport.csvCell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(EventExport.csvCell("-12")).isEqualTo("-12");
    }
}
