package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.flink.JobOutputs;
import org.sitrep.report.EventExport;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * Test check shared by the Flink parity tests: runs {@code sitrep flink} through the CLI with the
 * test JVM's real pipeline ({@link RealPipeline}) and compares its outputs with the report of
 * {@code sitrep report}'s pipeline on the same input.
 */
final class FlinkJobParity {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FlinkJobParity() {
    }

    /**
     * The outputs of {@code sitrep flink INPUT --out OUT --parallelism N}, which must exit 0. No
     * {@code --out-of-order-days}: the default must give the stories of {@code sitrep report} although
     * the corpora's files are in no date order and are read in parallel.
     */
    static JobOutputs runFlink(Path input, Path out, int parallelism) {
        CliRun run = CliRun.of(RealPipeline.factory(), "flink", input.toString(), "--out", out.toString(),
                "--parallelism", Integer.toString(parallelism));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("sitrep: ");
        return JobOutputs.read(out);
    }

    /** The report's stories as the JSON objects {@code report.json} holds, by id. */
    static Map<String, JsonNode> storiesOf(Report report) {
        JsonReportWriter json = new JsonReportWriter();
        Map<String, JsonNode> byId = new TreeMap<>();
        for (StoryAnalysis s : report.stories()) {
            byId.put(s.story().id().value(), reparse(json.story(s)));
        }
        return byId;
    }

    /** The job's stories by id. */
    static Map<String, JsonNode> storiesOf(JobOutputs outputs) {
        Map<String, JsonNode> byId = new TreeMap<>();
        outputs.stories().forEach(s -> byId.put(s.path("id").asText(), s));
        return byId;
    }

    /** The report's events as CSV rows, as {@code sitrep export events} writes them. */
    static List<String> eventRowsOf(Report report) {
        List<String> rows = new ArrayList<>();
        for (Map<String, String> row : EventExport.rows(new JsonReportWriter().tree(report))) {
            List<String> cells = new ArrayList<>();
            EventExport.COLUMNS.forEach(c -> cells.add(EventExport.csvCell(row.getOrDefault(c, ""))));
            rows.add(String.join(",", cells));
        }
        return rows;
    }

    /**
     * Asserts the job gave the report's stories (with claims, summaries, ...), articles, events and
     * recurring claims.
     */
    static void assertSameAs(Report report, JobOutputs outputs) {
        Map<String, JsonNode> expected = storiesOf(report);
        Map<String, JsonNode> actual = storiesOf(outputs);
        assertThat(actual.keySet()).as("story ids").isEqualTo(expected.keySet());
        for (String id : expected.keySet()) {
            for (String field : List.of("articles", "headline", "summary", "claims", "entities", "events",
                    "relations", "quotes", "timeline", "date_conflicts", "copies")) {
                assertThat(actual.get(id).path(field)).as("%s of story %s", field, id)
                        .isEqualTo(expected.get(id).path(field));
            }
            assertThat(actual.get(id)).as("story %s", id).isEqualTo(expected.get(id));
        }
        JsonReportWriter json = new JsonReportWriter();
        List<JsonNode> expectedArticles = report.articles().stream().map(a -> reparse(json.article(a.article()))).toList();
        assertThat(outputs.articles()).containsExactlyInAnyOrderElementsOf(expectedArticles);
        assertThat(outputs.eventRows()).containsExactlyInAnyOrderElementsOf(eventRowsOf(report));
        assertThat(outputs.recurringClaims()).as("recurring claims, in order").isEqualTo(recurringClaimsOf(report));
    }

    /** The report's figures recurring across stories as {@code report.json} lists them. */
    static List<JsonNode> recurringClaimsOf(Report report) {
        JsonReportWriter json = new JsonReportWriter();
        return report.recurring().stream().map(r -> reparse(json.recurringClaim(r))).toList();
    }

    private static JsonNode reparse(JsonNode node) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
