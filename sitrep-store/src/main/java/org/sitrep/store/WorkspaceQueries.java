package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.EntityId;
import org.sitrep.model.StoryId;

/**
 * The read side of a workspace, as the HTTP API needs it: a page of stories by date, entity and
 * words; one story as its {@link StoryAnalysis}; one article with its annotations; one entity across
 * stories; full-text search over articles. Every query is a few indexed SQLite statements on a
 * pooled read connection and sees the last committed state.
 *
 * <p>Thread-safe.
 */
public final class WorkspaceQueries {

    /** Names of prominent entities shown per story in a list. */
    private static final int TOP_ENTITIES = 4;

    /** Appearances listed for one entity, most recent stories first. */
    public static final int MAX_APPEARANCES = 100;

    /** Most recent stories first, undated last (SQLite sorts NULL last when descending), as the stories_recent index. */
    private static final String RECENT_FIRST = " ORDER BY s.last_date DESC, s.id";

    private final Workspace workspace;

    public WorkspaceQueries(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** One page of stories matching {@code filter}, the most recent first. */
    public Page<StorySummary> stories(StoryFilter filter) {
        List<String> where = new ArrayList<>();
        List<String> args = new ArrayList<>();
        String fts = FtsQuery.of(filter.text());
        if (fts != null) {
            where.add("s.id IN (SELECT sa.story_id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
                    + " JOIN story_articles sa ON sa.article_id = a.id WHERE articles_fts MATCH ?)");
            args.add(fts);
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.add("s.id IN (SELECT story_id FROM entities WHERE id = ? OR name = ? COLLATE NOCASE"
                    + " UNION SELECT e.story_id FROM entity_aliases x JOIN entities e ON e.id = x.entity_id"
                    + " WHERE x.alias = ? COLLATE NOCASE)");
            String e = filter.entity().strip();
            args.addAll(List.of(e, e, e));
        }
        if (filter.from() != null) {
            where.add("s.last_date >= ?");
            args.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.add("s.first_date <= ?");
            args.add(filter.to().toString());
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return workspace.read(c -> {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM stories s" + clause)) {
                bind(p, args);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<StorySummary> items = new ArrayList<>();
            // the page is chosen on the stories_recent index first, so that publishers and top
            // entities are looked up for the page's stories only, not for every skipped one
            String sql = "SELECT s.id, s.headline, s.first_date, s.last_date, s.article_count,"
                    + " (SELECT group_concat(publisher, char(31)) FROM (SELECT DISTINCT a.publisher FROM story_articles sa"
                    + "   JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id AND a.publisher IS NOT NULL"
                    + "   ORDER BY a.publisher)),"
                    + " (SELECT group_concat(name, char(31)) FROM (SELECT name FROM entities e WHERE e.story_id = s.id"
                    + "   ORDER BY e.seq LIMIT " + TOP_ENTITIES + "))"
                    + " FROM (SELECT s.* FROM stories s" + clause + RECENT_FIRST + " LIMIT ? OFFSET ?) s" + RECENT_FIRST;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int next = bind(p, args);
                p.setInt(next, filter.limit());
                p.setInt(next + 1, filter.offset());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        items.add(new StorySummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getInt(5), split(r.getString(6)), split(r.getString(7))));
                    }
                }
            }
            return new Page<>(items, total, filter.limit(), filter.offset());
        });
    }

    /**
     * The stored story {@code id} as its {@code report.json} story object, JSON text written when the
     * story was last analysed; one indexed read.
     */
    public Optional<String> storyJson(StoryId id) {
        return Optional.ofNullable(workspace.read(c -> StoryDocuments.read(c, id)));
    }

    /** The articles of story {@code id} in story order, without their text; empty when there is no such story. */
    public Optional<List<StorySource>> sources(StoryId id) {
        return workspace.read(c -> {
            List<StorySource> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.title, a.publisher, a.author, a.published_iso,"
                    + " a.source, a.origin_url, sa.copy_of FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                    + " WHERE sa.story_id = ? ORDER BY sa.seq")) {
                p.setString(1, id.value());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StorySource(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                    }
                }
            }
            return out.isEmpty() ? Optional.<List<StorySource>>empty() : Optional.of(List.copyOf(out));
        });
    }

    /** The stored story {@code id} as it would stand in a report, if there is one. */
    public Optional<StoryAnalysis> story(StoryId id) {
        return Optional.ofNullable(workspace.read(c -> AnalysisReader.read(c, id, false)));
    }

    /** The stored article {@code id} with its annotations and story, if there is one. */
    public Optional<StoredArticle> article(ArticleId id) {
        return workspace.read(c -> {
            Map<ArticleId, AnnotatedArticle> found = ArticleRows.readAnnotated(c, List.of(id));
            AnnotatedArticle a = found.get(id);
            if (a == null) {
                return Optional.<StoredArticle>empty();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ?")) {
                p.setString(1, id.value());
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new WorkspaceException("article " + id + " belongs to no story");
                    }
                    return Optional.of(new StoredArticle(a, new StoryId(r.getString(1))));
                }
            }
        });
    }

    /**
     * Every story's entity that stands for the same actor as entity {@code id} (same name ignoring
     * case, same type), the most recent stories first; empty when there is no such entity.
     */
    public List<EntityAppearance> entity(EntityId id) {
        return workspace.read(c -> {
            String name;
            String type;
            try (PreparedStatement p = c.prepareStatement("SELECT name, type FROM entities WHERE id = ?")) {
                p.setString(1, id.value());
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return List.<EntityAppearance>of();
                    }
                    name = r.getString(1);
                    type = r.getString(2);
                }
            }
            List<EntityAppearance> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.name, e.type, s.id, s.headline, s.first_date,"
                    + " s.last_date, e.mentions,"
                    + " (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM entity_aliases x"
                    + "   WHERE x.entity_id = e.id ORDER BY x.seq))"
                    + " FROM entities e JOIN stories s ON s.id = e.story_id"
                    + " WHERE e.name = ? COLLATE NOCASE AND e.type = ?"
                    + RECENT_FIRST + " LIMIT " + MAX_APPEARANCES)) {
                p.setString(1, name);
                p.setString(2, type);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new EntityAppearance(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7), split(r.getString(9)), r.getInt(8)));
                    }
                }
            }
            return out;
        });
    }

    /** Articles containing all the words of {@code text}, best match first; empty when it has no word. */
    public Page<SearchHit> search(String text, int limit, int offset) {
        if (limit < 1 || limit > StoryFilter.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be between 1 and " + StoryFilter.MAX_LIMIT
                    + " and offset not negative");
        }
        String fts = FtsQuery.of(text);
        if (fts == null) {
            return new Page<>(List.of(), 0, limit, offset);
        }
        SearchSnippet snippets = new SearchSnippet(FtsQuery.words(text));
        return workspace.read(c -> {
            long total;
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")) {
                p.setString(1, fts);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            // the page of hits is chosen by FTS5 alone (it orders by rank itself, no sort in the plan),
            // then joined to the articles: two to three times faster than ranking inside the join;
            // the snippet is made here, see SearchSnippet
            try (PreparedStatement p = c.prepareStatement("SELECT a.id, sa.story_id, a.title, a.publisher, a.published_iso,"
                    + " a.text FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ?"
                    + " ORDER BY rank LIMIT ? OFFSET ?) f JOIN articles a ON a.rowid = f.rowid"
                    + " LEFT JOIN story_articles sa ON sa.article_id = a.id ORDER BY f.rank")) {
                p.setString(1, fts);
                p.setInt(2, limit);
                p.setInt(3, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        hits.add(new SearchHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), snippets.of(r.getString(6))));
                    }
                }
            }
            return new Page<>(hits, total, limit, offset);
        });
    }

    /** Every stored article's id, in the order they were added. */
    public List<ArticleId> articleIds() {
        return workspace.read(c -> {
            List<ArticleId> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles ORDER BY ingest_seq");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(new ArticleId(r.getString(1)));
                }
            }
            return ids;
        });
    }

    /** The stored articles among {@code ids} with their annotation layers, in the order of {@code ids}. */
    public List<AnnotatedArticle> annotated(List<ArticleId> ids) {
        return workspace.read(c -> new ArrayList<>(ArticleRows.readAnnotated(c, ids).values()));
    }

    /** Totals of the workspace: articles, stories, entities. */
    public long[] counts() {
        return workspace.read(c -> {
            long[] n = new long[3];
            String[] tables = {"articles", "stories", "entities"};
            for (int i = 0; i < tables.length; i++) {
                try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + tables[i]);
                        ResultSet r = p.executeQuery()) {
                    r.next();
                    n[i] = r.getLong(1);
                }
            }
            return n;
        });
    }

    private static int bind(PreparedStatement p, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setString(i + 1, args.get(i));
        }
        return args.size() + 1;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001f"));
    }
}
