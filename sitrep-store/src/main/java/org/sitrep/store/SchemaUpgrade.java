package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.analyse.DateConflict;
import org.sitrep.analyse.DatedMention;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/**
 * Brings an older workspace to the current schema, in the caller's transaction when a workspace is
 * opened for writing, so an interrupted upgrade leaves the file as it was. Stateless.
 *
 * <ul>
 *   <li>From version 1: adds the {@code stories_recent} index, the {@code story_documents} table and
 *       the speaker and scope columns of {@code claim_values} (empty: version 1 did not keep them),
 *       and writes every stored story's document from its rows (one story read per story, about a
 *       minute for 10,000 stories).
 *   <li>From version 2 (and 1): adds {@code date_conflicts} and {@code date_conflict_dates}. A version
 *       2 workspace has each story's date comparisons only in its stored document; they are copied
 *       into the new tables from there. Version 1 kept none.
 * </ul>
 */
final class SchemaUpgrade {

    /** The oldest schema version this class upgrades from. */
    static final int OLDEST = 1;

    private static final List<String> FROM_1 = List.of(
            "CREATE INDEX stories_recent ON stories (last_date DESC, id)",
            "CREATE TABLE story_documents (story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,"
                    + " json TEXT NOT NULL)",
            "ALTER TABLE claim_values ADD COLUMN speaker TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_iso TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_first TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_last TEXT",
            "ALTER TABLE claim_values ADD COLUMN scope_precision TEXT");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaUpgrade() {
    }

    /** True when a workspace of schema {@code version} can be upgraded to {@code toVersion}. */
    static boolean upgrades(int version, int toVersion) {
        return version >= OLDEST && version < toVersion;
    }

    /** Upgrades the workspace of schema {@code version} on {@code c}; the caller commits. */
    static void run(Connection c, int version, int toVersion) throws SQLException {
        if (version == 1) {
            execute(c, FROM_1);
        }
        execute(c, dateConflictTables());
        if (version == 1) {
            for (StoryId id : storyIds(c)) {
                StoryAnalysis story = AnalysisReader.read(c, id, false);
                StoryDocuments.replace(c, story);
            }
        } else {
            copyDateConflictsFromDocuments(c);
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE meta SET value = ? WHERE key = 'schema_version'")) {
            p.setString(1, Integer.toString(toVersion));
            p.executeUpdate();
        }
    }

    /** The {@code CREATE TABLE} statements of the date conflict tables, as the current schema has them. */
    private static List<String> dateConflictTables() {
        return Workspace.schemaStatements().stream()
                .filter(s -> s.startsWith("CREATE TABLE date_conflict"))
                .toList();
    }

    private static void copyDateConflictsFromDocuments(Connection c) throws SQLException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT story_id, json FROM story_documents ORDER BY story_id")) {
            while (r.next()) {
                documents.put(r.getString(1), r.getString(2));
            }
        }
        for (Map.Entry<String, String> d : documents.entrySet()) {
            DateConflictRows.insert(c, d.getKey(), dateConflicts(d.getKey(), d.getValue()));
        }
    }

    /** The {@code date_conflicts} of a stored story document. */
    static List<DateConflict> dateConflicts(String story, String json) {
        List<DateConflict> out = new ArrayList<>();
        try {
            for (JsonNode c : MAPPER.readTree(json).path("date_conflicts")) {
                List<DatedMention> dates = new ArrayList<>();
                for (JsonNode d : c.path("dates")) {
                    String precision = d.path("date_precision").asText(null);
                    dates.add(new DatedMention(new ArticleId(d.path("article").asText()), d.path("text").asText(),
                            DateRange.parseIso(d.path("date").asText(),
                                    precision == null ? null : DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT))),
                            new Span(d.path("start").asInt(), d.path("end").asInt())));
                }
                out.add(new DateConflict(c.path("subject").asText(), AnalysisReader.verdict(c.path("verdict").asText()),
                        c.path("explanation").asText(), dates));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new WorkspaceException("story " + story + ": cannot read the date conflicts of its stored document: "
                    + e.getMessage());
        }
        return out;
    }

    private static List<StoryId> storyIds(Connection c) throws SQLException {
        List<StoryId> stories = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM stories ORDER BY id")) {
            while (r.next()) {
                stories.add(new StoryId(r.getString(1)));
            }
        }
        return stories;
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
