package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.StoryId;

/**
 * Brings a version 1 workspace to the current schema: adds the {@code stories_recent} index, the
 * {@code story_documents} table and the speaker and scope columns of {@code claim_values} (empty:
 * version 1 did not keep them), and writes every stored story's document from its rows. Runs in the
 * caller's transaction when a workspace is opened for writing, so an interrupted upgrade leaves the
 * version 1 file as it was. Costs one story read per story (about a minute for 10,000 stories).
 * Stateless.
 */
final class SchemaUpgrade {

    /** The schema version this class upgrades from. */
    static final int FROM = 1;

    private static final List<String> STATEMENTS = List.of(
            "CREATE INDEX stories_recent ON stories (last_date DESC, id)",
            "CREATE TABLE story_documents (story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
                    + " json TEXT NOT NULL)",
            "ALTER TABLE claim_values ADD COLUMN speaker TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_iso TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_first TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_last TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_precision TEXT");

    private SchemaUpgrade() {
    }

    /** Upgrades the version {@value #FROM} workspace on {@code c}; the caller commits. */
    static void run(Connection c, int toVersion) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : STATEMENTS) {
                s.execute(statement);
            }
        }
        List<StoryId> stories = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM stories ORDER BY id")) {
            while (r.next()) {
                stories.add(new StoryId(r.getString(1)));
            }
        }
        for (StoryId id : stories) {
            StoryAnalysis story = AnalysisReader.read(c, id, false);
            StoryDocuments.replace(c, story);
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'schema_version'")) {
            p.setString(1, Integer.toString(toVersion));
            p.executeUpdate();
        }
    }
}
