package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Workspace;
import org.sitrep.nlp.SharedAnnotator;
import org.sitrep.store.fixtures.SmallWorkspaces;

/**
 * Crash safety of {@code sitrep ingest}: an ingest running in its own JVM is killed with SIGKILL
 * after a few batches have been committed; the workspace then opens, passes SQLite's integrity and
 * foreign-key checks, holds no partial rows, and a second run completes it with every article
 * present exactly once.
 */
class IngestCrashSafetyTest {

    private static final int EVENTS = 6;
    private static final int ARTICLES_PER_EVENT = 6;
    private static final int BATCH = 4;
    /** Generous: the child loads CoreNLP before its first batch, on a machine that may be busy. */
    private static final Duration DEADLINE = Duration.ofSeconds(600);

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesAConsistentWorkspaceThatARerunCompletes() throws Exception {
        Path inputs = corpus(dir.resolve("in"));
        Path ws = dir.resolve("ws");
        int total = EVENTS * ARTICLES_PER_EVENT;

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), "ingest", inputs.toString(), "--workspace", ws.toString(),
                "--batch", Integer.toString(BATCH), "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long stored = 0;
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (child.isAlive() && System.nanoTime() < deadline) {
            stored = countIfReadable(ws, "articles");
            if (stored >= 3 * BATCH) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the ingest was still running when killed; log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        System.out.println("ingest killed with " + stored + "+ of " + total + " articles stored");

        try (Workspace w = Workspace.open(ws)) {
            long articles = w.read(c -> consistentCounts(c));
            assertThat(articles).isBetween((long) 3 * BATCH, (long) total - 1);
        }

        CliRun rerun = CliRun.of(threads -> org.sitrep.Sitrep.builder().threads(threads)
                .annotator(new SharedAnnotator()).build(),
                "ingest", inputs.toString(), "--workspace", ws.toString(), "--quiet");
        assertThat(rerun.status()).as(rerun.err()).isEqualTo(ExitStatus.OK);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve(Workspace.FILE_NAME))) {
            assertThat(consistentCounts(c)).isEqualTo(total);
            assertThat(single(c, "SELECT count(DISTINCT id) FROM articles")).isEqualTo(total);
            assertThat(single(c, "SELECT count(DISTINCT content_hash) FROM articles")).isEqualTo(total);
        }
    }

    /** Checks that nothing is partial and returns the number of articles. */
    private static long consistentCounts(Connection c) throws java.sql.SQLException {
        assertThat(string(c, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(single(c, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
        assertThat(single(c, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                + " (SELECT 1 FROM article_layers l WHERE l.article_id = a.id)")).as("articles without annotations").isZero();
        assertThat(single(c, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                + " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)")).as("articles without sentences").isZero();
        assertThat(single(c, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                + " (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)")).as("articles in no story").isZero();
        assertThat(single(c, "SELECT count(*) FROM stories s WHERE s.article_count <>"
                + " (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)")).as("stories with missing members")
                .isZero();
        assertThat(single(c, "SELECT count(*) FROM stories s WHERE NOT EXISTS"
                + " (SELECT 1 FROM entities e WHERE e.story_id = s.id)")).as("stories without analysis").isZero();
        assertThat(single(c, "SELECT count(*) FROM articles_fts")).isEqualTo(single(c, "SELECT count(*) FROM articles"));
        return single(c, "SELECT count(*) FROM articles");
    }

    private static long countIfReadable(Path ws, String table) {
        Path file = ws.resolve(Workspace.FILE_NAME);
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return single(c, "SELECT count(*) FROM " + table);
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static long single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** Articles on separate invented events, a month apart, ten reports each on consecutive days. */
    private static Path corpus(Path dir) throws java.io.IOException {
        String[] syllables = {"val", "dor", "ke", "sel", "mar", "tin", "os", "ra", "lu", "ven", "bri", "go"};
        for (int e = 0; e < EVENTS; e++) {
            String place = cap(syllables[e % 12] + syllables[(e * 5 + 3) % 12] + syllables[(e * 7 + 1) % 12]);
            String person = cap(syllables[(e + 4) % 12] + syllables[(e * 3 + 2) % 12]) + " "
                    + cap(syllables[(e + 9) % 12] + "son");
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(30L * e);
            for (int a = 0; a < ARTICLES_PER_EVENT; a++) {
                SmallWorkspaces.article(dir, "event" + e + "-" + a + ".jsonl", place + " storm report " + a,
                        day.plusDays(a).toString(), "A storm struck " + place + " on day " + a + " of the crisis. Governor "
                                + person + " said " + (10 + a) + " roads in " + place + " were closed. The " + place
                                + " Relief Office counted " + (100 + 7 * a) + " damaged homes.");
            }
        }
        return dir;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
