package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.Verdict;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.StoryId;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;
import org.sitrep.report.SampleReports;

class StoryDocumentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonReportWriter writer = new JsonReportWriter();

    @TempDir
    Path dir;

    @Test
    void theStoredDocumentOfEveryStoryIsItsReportJsonStoryObject() throws Exception {
        Report report = SampleReports.sample();
        try (Workspace w = Workspace.open(dir)) {
            ReportImporter.store(w, report);
            WorkspaceQueries q = new WorkspaceQueries(w);
            for (StoryAnalysis s : report.stories()) {
                String stored = q.storyJson(s.story().id()).orElseThrow();
                assertThat(stored).isEqualTo(MAPPER.writeValueAsString(writer.story(s)));
            }
            assertThat(q.storyJson(new StoryId("s-none"))).isEmpty();
        }
    }

    @Test
    void aVersion1WorkspaceIsUpgradedWhenOpenedForWritingAndRefusedReadOnlyUntilThen() throws Exception {
        Report report = SampleReports.sample();
        // what version 1 wrote: no documents, no stories_recent index, no date conflicts
        storeAsVersion(report, 1, "DROP TABLE date_conflict_dates", "DROP TABLE date_conflicts",
                "DROP TABLE story_documents", "DROP INDEX stories_recent",
                "ALTER TABLE claim_values DROP COLUMN speaker", "ALTER TABLE claim_values DROP COLUMN scope_iso",
                "ALTER TABLE claim_values DROP COLUMN scope_first", "ALTER TABLE claim_values DROP COLUMN scope_last",
                "ALTER TABLE claim_values DROP COLUMN scope_precision");
        assertThatThrownBy(() -> Workspace.openReadOnly(dir)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("schema version 1").hasMessageContaining("open it once for writing");

        try (Workspace w = Workspace.open(dir)) {
            WorkspaceQueries q = new WorkspaceQueries(w);
            for (StoryAnalysis s : report.stories()) {
                // version 1 kept no date comparisons, so the documents written from its rows have none
                assertThat(q.storyJson(s.story().id()).orElseThrow())
                        .isEqualTo(MAPPER.writeValueAsString(writer.story(s.withDateConflicts(List.of()))));
            }
        }
        try (Workspace w = Workspace.openReadOnly(dir)) {
            assertThat(w.<String>read(c -> {
                try (Statement s = c.createStatement(); var r = s.executeQuery(
                        "SELECT value FROM meta WHERE key = 'schema_version'")) {
                    r.next();
                    return r.getString(1);
                }
            })).isEqualTo(Integer.toString(Workspace.SCHEMA_VERSION));
            assertThat(new WorkspaceQueries(w).sources(report.stories().get(0).story().id()).orElseThrow())
                    .extracting(StorySource::id)
                    .containsExactlyElementsOf(report.stories().get(0).story().articles().stream()
                            .map(a -> a.id().value()).toList());
        }
    }

    @Test
    void aVersion2WorkspaceGetsItsDateConflictRowsFromTheStoredDocuments() throws Exception {
        Report report = SampleReports.sample();
        assertThat(report.stories().get(0).dateConflicts()).isNotEmpty();
        storeAsVersion(report, 2, "DROP TABLE date_conflict_dates", "DROP TABLE date_conflicts");
        assertThatThrownBy(() -> Workspace.openReadOnly(dir)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("schema version 2");

        try (Workspace w = Workspace.open(dir)) {
            WorkspaceQueries q = new WorkspaceQueries(w);
            for (StoryAnalysis s : report.stories()) {
                assertThat(q.story(s.story().id()).orElseThrow().dateConflicts()).isEqualTo(s.dateConflicts());
            }
        }
    }

    @Test
    void dateConflictsOfADocumentWrittenWithoutDatePrecisionsTakeThePrecisionTheirIsoFormGives() {
        String json = """
                {"date_conflicts": [{"subject": "the talks", "verdict": "disagree", "explanation": "x",
                  "dates": [{"article": "a-1", "text": "in 2018", "date": "2018", "start": 0, "end": 7},
                            {"article": "a-2", "text": "last August", "date": "2019-08", "start": 3, "end": 14},
                            {"article": "a-3", "text": "that week", "date": "2019-08-05/2019-08-09", "start": 1,
                             "end": 10}]}]}""";
        var conflicts = SchemaUpgrade.dateConflicts("s-1", json);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.DISAGREE);
            assertThat(c.dates()).extracting(d -> d.date().precision())
                    .containsExactly(DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.WEEK);
            assertThat(c.dates().get(2).date().first()).isEqualTo(LocalDate.of(2019, 8, 5));
        });
        assertThatThrownBy(() -> SchemaUpgrade.dateConflicts("s-2",
                "{\"date_conflicts\": [{\"subject\": \"t\", \"verdict\": \"agree\", \"explanation\": \"x\","
                        + " \"dates\": [{\"article\": \"a-1\", \"text\": \"t\", \"date\": \"soon\"}]}]}"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("s-2").hasMessageContaining("soon");
    }

    /** Stores {@code report}, then makes the file what schema {@code version} wrote with {@code statements}. */
    private void storeAsVersion(Report report, int version, String... statements) throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            ReportImporter.store(w, report);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
            s.execute("UPDATE meta SET value = '" + version + "' WHERE key = 'schema_version'");
        }
    }
}
