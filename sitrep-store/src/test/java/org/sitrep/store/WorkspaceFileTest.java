package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.report.Report;
import org.sitrep.report.SampleReports;

class WorkspaceFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceIsOneSqliteFileInWalModeWithForeignKeysEnforced() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            assertThat(w.file()).isEqualTo(dir.resolve("workspace.db").toAbsolutePath());
            String mode = w.read(c -> single(c, "PRAGMA journal_mode"));
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(w.<String>read(c -> single(c, "PRAGMA foreign_keys"))).isEqualTo("1");
            assertThatThrownBy(() -> w.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO story_articles (story_id, article_id, seq) VALUES ('s-none', 'a-none', 0)");
                }
                return null;
            })).isInstanceOf(WorkspaceException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        Report report = SampleReports.sample();
        try (Workspace w = Workspace.open(dir)) {
            assertThatThrownBy(() -> w.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO meta (key, value) VALUES ('half', 'written')");
                }
                throw new IllegalStateException("failure in the middle of a write");
            })).hasMessageContaining("middle");
            assertThat(w.<String>read(c -> single(c, "SELECT count(*) FROM meta WHERE key = 'half'"))).isEqualTo("0");
            ReportImporter.store(w, report);
        }
        try (Workspace again = Workspace.openReadOnly(dir)) {
            assertThat(new WorkspaceQueries(again).counts()[0]).isEqualTo(report.articles().size());
        }
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithItsName() throws IOException {
        Files.writeString(dir.resolve("workspace.db"), "not a database at all, just text", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(dir.getFileName().toString());
        assertThatThrownBy(() -> Workspace.openReadOnly(dir.resolve("missing")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("no workspace");
    }

    @Test
    void plainJdbcQueriesAUserWouldWriteWork() throws Exception {
        try (Workspace w = Workspace.open(dir)) {
            ReportImporter.store(w, SampleReports.sample());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workspace.db"));
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT s.headline, count(*) FROM stories s"
                    + " JOIN story_articles sa ON sa.story_id = s.id GROUP BY s.id ORDER BY count(*) DESC")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(2)).isEqualTo(2);
            }
            try (ResultSet r = s.executeQuery("SELECT c.verdict, v.text, a.publisher FROM claims c"
                    + " JOIN claim_values v ON v.story_id = c.story_id AND v.claim_seq = c.seq"
                    + " JOIN articles a ON a.id = v.article_id ORDER BY v.seq")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isIn("agree", "compatible", "disagree", "single");
            }
            try (ResultSet r = s.executeQuery("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                    + " WHERE articles_fts MATCH 'soldiers' ORDER BY rank")) {
                assertThat(r.next()).isTrue();
            }
        }
    }

    @Test
    void theSqlite3ShellOpensTheWorkspace() throws Exception {
        Path shell = Path.of("/usr/bin/sqlite3");
        assumeThat(Files.isExecutable(shell)).as("Debian's sqlite3 shell is installed").isTrue();
        Report report = SampleReports.sample();
        try (Workspace w = Workspace.open(dir)) {
            ReportImporter.store(w, report);
        }
        Process p = new ProcessBuilder(shell.toString(), dir.resolve("workspace.db").toString(),
                "SELECT count(*) FROM articles; SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Moscow';"
                        + " PRAGMA integrity_check; PRAGMA foreign_key_check;")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).containsExactly(Integer.toString(report.articles().size()), "2", "ok");
    }

    private static String single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
