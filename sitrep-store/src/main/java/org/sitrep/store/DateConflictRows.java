package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.DateConflict;
import org.sitrep.analyse.DatedMention;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

/**
 * A story's date comparisons in the {@code date_conflicts} and {@code date_conflict_dates} tables:
 * what was compared, the verdict and its explanation, and each source's date with the words that
 * give it. Stateless; the caller owns the transaction.
 */
final class DateConflictRows {

    private DateConflictRows() {
    }

    /** Inserts the comparisons of {@code story}, whose earlier rows the caller has deleted. */
    static void insert(Connection c, String story, List<DateConflict> conflicts) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO date_conflicts (story_id, seq, subject, verdict, explanation) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement d = c.prepareStatement("INSERT INTO date_conflict_dates (story_id, conflict_seq, seq,"
                        + " article_id, text, date_iso, date_first, date_last, date_precision, start, end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < conflicts.size(); i++) {
                DateConflict conflict = conflicts.get(i);
                p.setString(1, story);
                p.setInt(2, i);
                p.setString(3, conflict.subject());
                p.setString(4, conflict.verdict().label());
                p.setString(5, conflict.explanation());
                p.addBatch();
                for (int j = 0; j < conflict.dates().size(); j++) {
                    DatedMention m = conflict.dates().get(j);
                    d.setString(1, story);
                    d.setInt(2, i);
                    d.setInt(3, j);
                    d.setString(4, m.article().value());
                    d.setString(5, m.text());
                    int k = DateColumns.bind(d, 6, m.date());
                    d.setInt(k, m.span().start());
                    d.setInt(k + 1, m.span().end());
                    d.addBatch();
                }
            }
            p.executeBatch();
            d.executeBatch();
        }
    }

    /** The stored comparisons of {@code story}, in report order. */
    static List<DateConflict> read(Connection c, String story) throws SQLException {
        Map<Integer, List<DatedMention>> dates = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT * FROM date_conflict_dates WHERE story_id = ? ORDER BY conflict_seq, seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    dates.computeIfAbsent(r.getInt("conflict_seq"), k -> new ArrayList<>()).add(new DatedMention(
                            new ArticleId(r.getString("article_id")), r.getString("text"), DateColumns.read(r, "date"),
                            new Span(r.getInt("start"), r.getInt("end"))));
                }
            }
        }
        List<DateConflict> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM date_conflicts WHERE story_id = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new DateConflict(r.getString("subject"), AnalysisReader.verdict(r.getString("verdict")),
                            r.getString("explanation"), dates.getOrDefault(r.getInt("seq"), List.of())));
                }
            }
        }
        return out;
    }
}
