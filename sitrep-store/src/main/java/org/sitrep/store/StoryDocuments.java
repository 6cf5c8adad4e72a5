package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.StoryId;
import org.sitrep.report.JsonReportWriter;

/**
 * The {@code story_documents} table: each story's {@code report.json} story object, written by
 * {@link JsonReportWriter} when the story's analysis is stored, so that the API serves a story with
 * one indexed read instead of rebuilding it from a dozen tables on every request. Stateless and
 * thread-safe; the caller owns the connection and the transaction.
 */
final class StoryDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonReportWriter REPORT = new JsonReportWriter();

    private StoryDocuments() {
    }

    /** The story object of {@code s} as JSON text. */
    static String json(StoryAnalysis s) {
        try {
            return MAPPER.writeValueAsString(REPORT.story(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a story object always serialises", e);
        }
    }

    /** Stores the document of {@code s}, replacing the story's earlier one. */
    static void replace(Connection c, StoryAnalysis s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO story_documents (story_id, json) VALUES (?, ?)")) {
            p.setString(1, s.story().id().value());
            p.setString(2, json(s));
            p.executeUpdate();
        }
    }

    /** The stored document of story {@code id}, or null when there is none. */
    static String read(Connection c, StoryId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT json FROM story_documents WHERE story_id = ?")) {
            p.setString(1, id.value());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
