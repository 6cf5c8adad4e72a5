package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;

/**
 * Writes a story with its analysis: the {@code stories} row, its membership and every analysis table,
 * replacing what was stored for that story before. Stateless; the caller owns the transaction, so a
 * story is never seen half replaced.
 */
final class AnalysisRows {

    private AnalysisRows() {
    }

    /**
     * Stores {@code s} in place of the story with the same id, if any.
     *
     * @param seq the ingest sequence of this write ({@code updated_seq}; also {@code created_seq} of a new story)
     */
    static void replace(Connection c, StoryAnalysis s, long seq, String now) throws SQLException {
        Story story = s.story();
        String id = story.id().value();
        long created = seq;
        try (PreparedStatement p = c.prepareStatement("SELECT created_seq FROM stories WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    created = r.getLong(1);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
            p.setString(1, id);
            p.executeUpdate();
        }
        DateRange first = null;
        DateRange last = null;
        for (AnnotatedArticle a : story.articles()) {
            DateRange d = a.article().published();
            if (d != null) {
                first = first == null || d.first().isBefore(first.first()) ? d : first;
                last = last == null || d.last().isAfter(last.last()) ? d : last;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO stories (id, headline, headline_disputed, first_date,"
                + " last_date, article_count, created_seq, updated_seq, analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, s.headline() == null ? null : s.headline().text());
            p.setInt(3, s.headline() != null && s.headline().disputed() ? 1 : 0);
            p.setString(4, first == null ? null : first.first().toString());
            p.setString(5, last == null ? null : last.last().toString());
            p.setInt(6, story.articles().size());
            p.setLong(7, created);
            p.setLong(8, seq);
            p.setString(9, now);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO story_articles (story_id, article_id, seq, copy_of) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (AnnotatedArticle a : story.articles()) {
                ArticleId original = story.copyOf().get(a.id());
                p.setString(1, id);
                p.setString(2, a.id().value());
                p.setInt(3, n++);
                p.setString(4, original == null ? null : original.value());
                p.addBatch();
            }
            p.executeBatch();
        }
        if (s.headline() != null) {
            citations(c, "INSERT INTO headline_citations (story_id, seq, article_id, start, end) VALUES (?, ?, ?, ?, ?)",
                    id, null, s.headline().citations());
        }
        summary(c, id, s.summary());
        entities(c, id, s.entities());
        claims(c, id, s.claims());
        events(c, id, s.events());
        relations(c, id, s.relations());
        quotes(c, id, s.quotes());
        timeline(c, id, s.timeline());
        DateConflictRows.insert(c, id, s.dateConflicts());
        StoryDocuments.replace(c, s);
    }

    private static void summary(Connection c, String story, List<CitedSentence> summary) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO summary_sentences (story_id, seq, text, disputed) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < summary.size(); i++) {
                p.setString(1, story);
                p.setInt(2, i);
                p.setString(3, summary.get(i).text());
                p.setInt(4, summary.get(i).disputed() ? 1 : 0);
                p.addBatch();
            }
            p.executeBatch();
        }
        for (int i = 0; i < summary.size(); i++) {
            citations(c, "INSERT INTO summary_citations (story_id, sentence_seq, seq, article_id, start, end)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", story, i, summary.get(i).citations());
        }
    }

    private static void entities(Connection c, String story, List<Entity> entities) throws SQLException {
        try (PreparedStatement e = c.prepareStatement(
                "INSERT INTO entities (id, story_id, seq, name, type, mentions) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement(
                        "INSERT INTO entity_aliases (entity_id, seq, alias) VALUES (?, ?, ?)");
                PreparedStatement m = c.prepareStatement(
                        "INSERT INTO entity_mentions (entity_id, seq, article_id, start, end) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entities.size(); i++) {
                Entity entity = entities.get(i);
                e.setString(1, entity.id().value());
                e.setString(2, story);
                e.setInt(3, i);
                e.setString(4, entity.name());
                e.setString(5, entity.type().label());
                e.setInt(6, entity.mentions().size());
                e.addBatch();
                for (int j = 0; j < entity.aliases().size(); j++) {
                    a.setString(1, entity.id().value());
                    a.setInt(2, j);
                    a.setString(3, entity.aliases().get(j));
                    a.addBatch();
                }
                for (int j = 0; j < entity.mentions().size(); j++) {
                    Citation cite = entity.mentions().get(j);
                    m.setString(1, entity.id().value());
                    m.setInt(2, j);
                    m.setString(3, cite.article().value());
                    m.setInt(4, cite.span().start());
                    m.setInt(5, cite.span().end());
                    m.addBatch();
                }
            }
            e.executeBatch();
            a.executeBatch();
            m.executeBatch();
        }
    }

    private static void claims(Connection c, String story, List<ClaimGroup> claims) throws SQLException {
        try (PreparedStatement g = c.prepareStatement(
                "INSERT INTO claims (story_id, seq, quantity, verdict, explanation) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement v = c.prepareStatement("INSERT INTO claim_values (story_id, claim_seq, seq,"
                        + " article_id, text, value, low, high, start, end, speaker, scope_iso, scope_first, scope_last,"
                        + " scope_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims.size(); i++) {
                ClaimGroup claim = claims.get(i);
                g.setString(1, story);
                g.setInt(2, i);
                g.setString(3, claim.quantity());
                g.setString(4, claim.verdict().label());
                g.setString(5, claim.explanation());
                g.addBatch();
                for (int j = 0; j < claim.values().size(); j++) {
                    ClaimValue value = claim.values().get(j);
                    v.setString(1, story);
                    v.setInt(2, i);
                    v.setInt(3, j);
                    v.setString(4, value.article().value());
                    v.setString(5, value.text());
                    v.setDouble(6, value.value());
                    bound(v, 7, value.low());
                    bound(v, 8, value.high());
                    v.setInt(9, value.span().start());
                    v.setInt(10, value.span().end());
                    v.setString(11, value.speaker());
                    DateColumns.bind(v, 12, value.scope());
                    v.addBatch();
                }
            }
            g.executeBatch();
            v.executeBatch();
        }
    }

    private static void events(Connection c, String story, List<Event> events) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO events (story_id, seq, id, date_iso, date_first,"
                + " date_last, date_precision, date_basis, actor_id, action_code, target_id, location, description)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                p.setString(1, story);
                p.setInt(2, i);
                p.setString(3, e.id());
                int k = DateColumns.bind(p, 4, e.date());
                p.setString(k++, e.dateBasis());
                p.setString(k++, idOrNull(e.actor()));
                p.setString(k++, e.action().code());
                p.setString(k++, idOrNull(e.target()));
                p.setString(k++, e.location());
                p.setString(k, e.description());
                p.addBatch();
            }
            p.executeBatch();
        }
        for (int i = 0; i < events.size(); i++) {
            citations(c, "INSERT INTO event_evidence (story_id, event_seq, seq, article_id, start, end)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", story, i, events.get(i).evidence());
        }
    }

    private static void relations(Connection c, String story, List<Relation> relations) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO relations (story_id, seq, source_id, relation, target_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < relations.size(); i++) {
                Relation r = relations.get(i);
                p.setString(1, story);
                p.setInt(2, i);
                p.setString(3, r.source().value());
                p.setString(4, r.relation().label());
                p.setString(5, r.target().value());
                p.addBatch();
            }
            p.executeBatch();
        }
        for (int i = 0; i < relations.size(); i++) {
            citations(c, "INSERT INTO relation_evidence (story_id, relation_seq, seq, article_id, start, end)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", story, i, relations.get(i).evidence());
        }
    }

    private static void quotes(Connection c, String story, List<AttributedQuote> quotes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quotes (story_id, seq, text, speaker_id, speaker_name,"
                + " cue, direct, article_id, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quotes.size(); i++) {
                AttributedQuote q = quotes.get(i);
                p.setString(1, story);
                p.setInt(2, i);
                p.setString(3, q.text());
                p.setString(4, idOrNull(q.speaker()));
                p.setString(5, q.speakerName());
                p.setString(6, q.cue());
                p.setInt(7, q.direct() ? 1 : 0);
                p.setString(8, q.article().value());
                p.setInt(9, q.span().start());
                p.setInt(10, q.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void timeline(Connection c, String story, List<TimelineEntry> timeline) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO timeline (story_id, seq, date_iso, date_first,"
                + " date_last, date_precision, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < timeline.size(); i++) {
                p.setString(1, story);
                p.setInt(2, i);
                int k = DateColumns.bind(p, 3, timeline.get(i).date());
                p.setString(k, timeline.get(i).text());
                p.addBatch();
            }
            p.executeBatch();
        }
        for (int i = 0; i < timeline.size(); i++) {
            citations(c, "INSERT INTO timeline_citations (story_id, entry_seq, seq, article_id, start, end)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", story, i, timeline.get(i).citations());
        }
    }

    /** Inserts citations with {@code sql}, whose parameters are story, [owner,] seq, article, start, end. */
    private static void citations(Connection c, String sql, String story, Integer owner, List<Citation> citations)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < citations.size(); i++) {
                Citation cite = citations.get(i);
                int k = 1;
                p.setString(k++, story);
                if (owner != null) {
                    p.setInt(k++, owner);
                }
                p.setInt(k++, i);
                p.setString(k++, cite.article().value());
                p.setInt(k++, cite.span().start());
                p.setInt(k, cite.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void bound(PreparedStatement p, int index, double v) throws SQLException {
        if (Double.isFinite(v)) {
            p.setDouble(index, v);
        } else {
            p.setNull(index, java.sql.Types.REAL);
        }
    }

    private static String idOrNull(EntityId id) {
        return id == null ? null : Objects.toString(id.value());
    }
}
