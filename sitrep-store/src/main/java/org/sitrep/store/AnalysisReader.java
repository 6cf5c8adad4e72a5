package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CameoCode;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.RelationType;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.analyse.Verdict;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/**
 * Reads a stored story back as the {@link StoryAnalysis} that was written, so the report writers and
 * the HTTP API show a workspace story exactly as {@code report.json} would. Stateless; the caller owns
 * the connection.
 */
final class AnalysisReader {

    private AnalysisReader() {
    }

    /**
     * The stored story {@code id}, or null when there is none.
     *
     * @param withLayers true to give the story's articles their annotation layers (needed to analyse
     *     it again); false gives articles without annotations, enough for writing the story out
     */
    static StoryAnalysis read(Connection c, StoryId id, boolean withLayers) throws SQLException {
        String story = id.value();
        String headlineText = null;
        boolean headlineDisputed = false;
        boolean found = false;
        try (PreparedStatement p = c.prepareStatement("SELECT headline, headline_disputed FROM stories WHERE id = ?")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    found = true;
                    headlineText = r.getString(1);
                    headlineDisputed = r.getInt(2) == 1;
                }
            }
        }
        if (!found) {
            return null;
        }
        StoryAnalysis s = StoryAnalysis.of(story(c, id, withLayers));
        if (headlineText != null) {
            s = s.withHeadline(new CitedSentence(headlineText,
                    citations(c, "SELECT 0, article_id, start, end FROM headline_citations WHERE story_id = ? ORDER BY seq",
                            story).getOrDefault(0, List.of()), headlineDisputed));
        }
        return s.withSummary(summary(c, story))
                .withEntities(entities(c, story))
                .withClaims(claims(c, story))
                .withEvents(events(c, story))
                .withRelations(relations(c, story))
                .withQuotes(quotes(c, story))
                .withTimeline(timeline(c, story))
                .withDateConflicts(DateConflictRows.read(c, story));
    }

    /** The members of stored story {@code id} in story order, with their copies; the story must exist. */
    static Story story(Connection c, StoryId id, boolean withLayers) throws SQLException {
        String story = id.value();
        List<ArticleId> memberIds = new ArrayList<>();
        Map<ArticleId, ArticleId> copyOf = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT article_id, copy_of FROM story_articles WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ArticleId a = new ArticleId(r.getString(1));
                    memberIds.add(a);
                    if (r.getString(2) != null) {
                        copyOf.put(a, new ArticleId(r.getString(2)));
                    }
                }
            }
        }
        List<AnnotatedArticle> members = new ArrayList<>();
        if (withLayers) {
            members.addAll(ArticleRows.readAnnotated(c, memberIds).values());
        } else {
            for (Article a : ArticleRows.read(c, memberIds).values()) {
                members.add(AnnotatedArticle.of(a));
            }
        }
        if (members.isEmpty()) {
            throw new WorkspaceException("story " + id + " has no articles in the workspace");
        }
        return new Story(id, members, copyOf);
    }

    private static List<CitedSentence> summary(Connection c, String story) throws SQLException {
        Map<Integer, List<Citation>> cites = citations(c, "SELECT sentence_seq, article_id, start, end"
                + " FROM summary_citations WHERE story_id = ? ORDER BY sentence_seq, seq", story);
        List<CitedSentence> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, text, disputed FROM summary_sentences WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new CitedSentence(r.getString(2), cites.getOrDefault(r.getInt(1), List.of()), r.getInt(3) == 1));
                }
            }
        }
        return out;
    }

    private static List<Entity> entities(Connection c, String story) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT a.entity_id, a.alias FROM entity_aliases a"
                + " JOIN entities e ON e.id = a.entity_id WHERE e.story_id = ? ORDER BY a.entity_id, a.seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    aliases.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        Map<String, List<Citation>> mentions = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT m.entity_id, m.article_id, m.start, m.end FROM entity_mentions m"
                + " JOIN entities e ON e.id = m.entity_id WHERE e.story_id = ? ORDER BY m.entity_id, m.seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(citation(r, 2));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, name, type FROM entities WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    out.add(new Entity(new EntityId(id), r.getString(2), entityType(r.getString(3)),
                            aliases.getOrDefault(id, List.of()), mentions.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    private static List<ClaimGroup> claims(Connection c, String story) throws SQLException {
        Map<Integer, List<ClaimValue>> values = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT claim_seq, article_id, text, value, low, high, start, end,"
                + " speaker, scope_iso, scope_first, scope_last, scope_precision"
                + " FROM claim_values WHERE story_id = ? ORDER BY claim_seq, seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double low = r.getDouble(5);
                    if (r.wasNull()) {
                        low = Double.NEGATIVE_INFINITY;
                    }
                    double high = r.getDouble(6);
                    if (r.wasNull()) {
                        high = Double.POSITIVE_INFINITY;
                    }
                    values.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(new ClaimValue(
                            new ArticleId(r.getString(2)), r.getString(3), r.getDouble(4), low, high,
                            new Span(r.getInt(7), r.getInt(8)), r.getString(9), DateColumns.read(r, "scope")));
                }
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, quantity, verdict, explanation FROM claims WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ClaimGroup(r.getString(2), verdict(r.getString(3)), r.getString(4),
                            values.getOrDefault(r.getInt(1), List.of())));
                }
            }
        }
        return out;
    }

    private static List<Event> events(Connection c, String story) throws SQLException {
        Map<Integer, List<Citation>> evidence = citations(c, "SELECT event_seq, article_id, start, end"
                + " FROM event_evidence WHERE story_id = ? ORDER BY event_seq, seq", story);
        List<Event> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM events WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Event(r.getString("id"), DateColumns.read(r, "date"), r.getString("date_basis"),
                            entityId(r.getString("actor_id")), cameo(r.getString("action_code")),
                            entityId(r.getString("target_id")), r.getString("location"), r.getString("description"),
                            evidence.getOrDefault(r.getInt("seq"), List.of())));
                }
            }
        }
        return out;
    }

    private static List<Relation> relations(Connection c, String story) throws SQLException {
        Map<Integer, List<Citation>> evidence = citations(c, "SELECT relation_seq, article_id, start, end"
                + " FROM relation_evidence WHERE story_id = ? ORDER BY relation_seq, seq", story);
        List<Relation> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, source_id, relation, target_id FROM relations WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Relation(new EntityId(r.getString(2)), relationType(r.getString(3)),
                            new EntityId(r.getString(4)), evidence.getOrDefault(r.getInt(1), List.of())));
                }
            }
        }
        return out;
    }

    private static List<AttributedQuote> quotes(Connection c, String story) throws SQLException {
        List<AttributedQuote> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT text, speaker_id, speaker_name, cue, direct, article_id,"
                + " start, end FROM quotes WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new AttributedQuote(r.getString(1), entityId(r.getString(2)), r.getString(3), r.getString(4),
                            r.getInt(5) == 1, new ArticleId(r.getString(6)), new Span(r.getInt(7), r.getInt(8))));
                }
            }
        }
        return out;
    }

    private static List<TimelineEntry> timeline(Connection c, String story) throws SQLException {
        Map<Integer, List<Citation>> cites = citations(c, "SELECT entry_seq, article_id, start, end"
                + " FROM timeline_citations WHERE story_id = ? ORDER BY entry_seq, seq", story);
        List<TimelineEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM timeline WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new TimelineEntry(DateColumns.read(r, "date"), r.getString("text"),
                            cites.getOrDefault(r.getInt("seq"), List.of())));
                }
            }
        }
        return out;
    }

    /** Citations by owner from {@code sql}, whose columns are owner, article, start, end. */
    private static Map<Integer, List<Citation>> citations(Connection c, String sql, String story) throws SQLException {
        Map<Integer, List<Citation>> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(citation(r, 2));
                }
            }
        }
        return out;
    }

    private static Citation citation(ResultSet r, int at) throws SQLException {
        return new Citation(new ArticleId(r.getString(at)), new Span(r.getInt(at + 1), r.getInt(at + 2)));
    }

    private static EntityId entityId(String v) {
        return v == null ? null : new EntityId(v);
    }

    static EntityType entityType(String label) {
        for (EntityType t : EntityType.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new WorkspaceException("unknown entity type in the workspace: " + label);
    }

    /** The verdict stored as {@code label}; a workspace error for a label this Sitrep does not know. */
    static Verdict verdict(String label) {
        for (Verdict v : Verdict.values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new WorkspaceException("unknown verdict in the workspace: " + label);
    }

    private static RelationType relationType(String label) {
        for (RelationType t : RelationType.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new WorkspaceException("unknown relation in the workspace: " + label);
    }

    private static CameoCode cameo(String code) {
        for (CameoCode c : CameoCode.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new WorkspaceException("unknown CAMEO code in the workspace: " + code);
    }
}
