package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.extract.Article;
import org.sitrep.extract.MetadataEvidence;
import org.sitrep.extract.RemovedBlock;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Fingerprint;

/**
 * Reads and writes articles: the {@code articles} row, its removed boilerplate and metadata
 * evidence, its annotation layers, sentences and mentions. Stateless; the caller owns the
 * connection and the transaction.
 */
final class ArticleRows {

    /** Hex digits of the SHA-256 kept in {@code articles.content_hash}. */
    private static final int CONTENT_HASH_DIGITS = 16;

    /** Ids per {@code IN (...)} list, well under SQLite's limit on bound parameters. */
    static final int IDS_PER_QUERY = 500;

    private ArticleRows() {
    }

    /** Stores {@code a} with all its annotations as the {@code seq}th article. */
    static void insert(Connection c, AnnotatedArticle a, long seq, String now) throws SQLException {
        Article article = a.article();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles (id, content_hash, source, origin_path,"
                + " origin_line, origin_warc_record, origin_url, title, published_iso, published_first, published_last,"
                + " published_precision, updated_iso, updated_first, updated_last, updated_precision, author, publisher,"
                + " language, text, truncated, ingest_seq, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Origin o = article.origin();
            p.setString(1, article.id().value());
            p.setString(2, contentHash(article.text()));
            p.setString(3, o.source());
            p.setString(4, o.path());
            if (o.line() == null) {
                p.setNull(5, Types.INTEGER);
            } else {
                p.setInt(5, o.line());
            }
            p.setString(6, o.warcRecordId());
            p.setString(7, o.url());
            p.setString(8, article.title());
            int i = DateColumns.bind(p, 9, article.published());
            i = DateColumns.bind(p, i, article.updated());
            p.setString(i++, article.author());
            p.setString(i++, article.publisher());
            p.setString(i++, article.language());
            p.setString(i++, article.text());
            p.setInt(i++, article.truncated() ? 1 : 0);
            p.setLong(i++, seq);
            p.setString(i, now);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO article_boilerplate (article_id, seq, text, reason) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (RemovedBlock b : article.boilerplate()) {
                p.setString(1, article.id().value());
                p.setInt(2, n++);
                p.setString(3, b.text());
                p.setString(4, b.reason());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO article_evidence (article_id, seq, field, value, basis) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (MetadataEvidence e : article.evidence()) {
                p.setString(1, article.id().value());
                p.setInt(2, n++);
                p.setString(3, e.field());
                p.setString(4, e.value());
                p.setString(5, e.basis());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO article_layers (article_id, format, layers) VALUES (?, ?, ?)")) {
            p.setString(1, article.id().value());
            p.setInt(2, LayersCodec.FORMAT);
            p.setBytes(3, LayersCodec.encode(a));
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)")) {
            for (Sentence s : a.sentences()) {
                p.setString(1, article.id().value());
                p.setInt(2, s.index());
                p.setInt(3, s.span().start());
                p.setInt(4, s.span().end());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO mentions (article_id, seq, start, end, text, type, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Mention m : a.mentions()) {
                p.setString(1, article.id().value());
                p.setInt(2, n++);
                p.setInt(3, m.span().start());
                p.setInt(4, m.span().end());
                p.setString(5, m.text());
                p.setString(6, m.type().label());
                p.setInt(7, m.sentence());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The content hash stored for a clean text. */
    static String contentHash(String text) {
        return Fingerprint.of(text, CONTENT_HASH_DIGITS);
    }

    /** The ids among {@code ids} that the workspace already holds. */
    static List<ArticleId> known(Connection c, Collection<ArticleId> ids) throws SQLException {
        List<ArticleId> known = new ArrayList<>();
        List<ArticleId> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<ArticleId> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE id IN (" + marks(chunk.size()) + ")")) {
                bindIds(p, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        known.add(new ArticleId(r.getString(1)));
                    }
                }
            }
        }
        return known;
    }

    /** The stored articles among {@code ids}, in the order of {@code ids}; unknown ids are left out. */
    static Map<ArticleId, Article> read(Connection c, List<ArticleId> ids) throws SQLException {
        Map<ArticleId, Article> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<ArticleId> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Map<String, List<RemovedBlock>> boilerplate = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT article_id, text, reason FROM article_boilerplate"
                    + " WHERE article_id IN (" + marks(chunk.size()) + ") ORDER BY article_id, seq")) {
                bindIds(p, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        boilerplate.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new RemovedBlock(r.getString(2), r.getString(3)));
                    }
                }
            }
            Map<String, List<MetadataEvidence>> evidence = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT article_id, field, value, basis FROM article_evidence"
                    + " WHERE article_id IN (" + marks(chunk.size()) + ") ORDER BY article_id, seq")) {
                bindIds(p, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        evidence.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new MetadataEvidence(r.getString(2), r.getString(3), r.getString(4)));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM articles WHERE id IN (" + marks(chunk.size()) + ")")) {
                bindIds(p, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString("id");
                        int line = r.getInt("origin_line");
                        Integer originLine = r.wasNull() ? null : line;
                        Origin origin = new Origin(r.getString("origin_path"), originLine, r.getString("origin_warc_record"),
                                r.getString("origin_url"));
                        found.put(new ArticleId(id), new Article(new ArticleId(id), origin, r.getString("title"),
                                DateColumns.read(r, "published"), DateColumns.read(r, "updated"), r.getString("author"),
                                r.getString("publisher"), r.getString("language"), r.getString("text"),
                                boilerplate.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()),
                                r.getInt("truncated") == 1));
                    }
                }
            }
        }
        Map<ArticleId, Article> ordered = new LinkedHashMap<>();
        for (ArticleId id : ids) {
            Article a = found.get(id);
            if (a != null) {
                ordered.put(id, a);
            }
        }
        return ordered;
    }

    /** The stored articles among {@code ids} with their annotation layers, in the order of {@code ids}. */
    static Map<ArticleId, AnnotatedArticle> readAnnotated(Connection c, List<ArticleId> ids) throws SQLException {
        Map<ArticleId, Article> articles = read(c, ids);
        Map<ArticleId, byte[]> layers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<ArticleId> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement p = c.prepareStatement("SELECT article_id, format, layers FROM article_layers"
                    + " WHERE article_id IN (" + marks(chunk.size()) + ")")) {
                bindIds(p, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (r.getInt(2) != LayersCodec.FORMAT) {
                            throw new WorkspaceException("article " + r.getString(1) + " has annotations in format "
                                    + r.getInt(2) + "; this Sitrep reads format " + LayersCodec.FORMAT);
                        }
                        layers.put(new ArticleId(r.getString(1)), r.getBytes(3));
                    }
                }
            }
        }
        Map<ArticleId, AnnotatedArticle> annotated = new LinkedHashMap<>();
        for (Map.Entry<ArticleId, Article> e : articles.entrySet()) {
            byte[] bytes = layers.get(e.getKey());
            if (bytes == null) {
                throw new WorkspaceException("article " + e.getKey() + " has no stored annotations");
            }
            annotated.put(e.getKey(), LayersCodec.decode(e.getValue(), bytes));
        }
        return annotated;
    }

    /** {@code n} comma-separated parameter marks. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static void bindIds(PreparedStatement p, List<ArticleId> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            p.setString(i + 1, ids.get(i).value());
        }
    }
}
