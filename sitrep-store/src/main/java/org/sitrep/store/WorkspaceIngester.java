package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;

/**
 * Adds articles to a workspace incrementally: extracts the inputs, leaves out articles the workspace
 * already holds (same id, i.e. same source and clean text), and takes the rest in publication order,
 * in batches. For each batch it annotates the articles, loads the active stories (those whose dates
 * come within {@link IngestSettings#windowDays()} of the batch, most recently changed first, up to
 * {@link IngestSettings#contextArticles()} articles), places the batch with
 * {@link Sitrep#place}, analyses every story that changed, and commits articles, memberships and
 * analyses in one transaction. A story keeps its id as it grows; articles never move between
 * stories.
 *
 * <p>A process killed at any moment leaves the workspace as it was after the last committed batch:
 * every stored article has its annotations and its story, every story its members and analysis.
 * Running the same ingest again adds what is missing and nothing twice.
 *
 * <p>Not thread-safe: one ingest at a time per workspace (writes are serialised by the workspace in
 * any case). Cost is dominated by annotation; placing costs the batch clusterer's time on at most
 * {@code batchSize + contextArticles} articles per batch.
 */
public final class WorkspaceIngester {

    /** Progress phase of storing batches, counted in articles. */
    public static final String PHASE = "ingest";

    private final Workspace workspace;
    private final Sitrep sitrep;
    private final IngestSettings settings;

    public WorkspaceIngester(Workspace workspace, Sitrep sitrep, IngestSettings settings) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.sitrep = Objects.requireNonNull(sitrep, "sitrep");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Reads and extracts the inputs, then {@linkplain #add adds} their articles. */
    public IngestResult ingest(List<String> inputs, RunOptions options, ProgressListener progress, ProblemSink problems) {
        return add(sitrep.extract(inputs, options, progress, problems), progress, problems);
    }

    /** Adds extracted articles: annotates, places, analyses and stores those the workspace lacks. */
    public IngestResult add(List<Article> extracted, ProgressListener progress, ProblemSink problems) {
        Map<ArticleId, Article> unique = new LinkedHashMap<>();
        for (Article a : extracted) {
            Article earlier = unique.putIfAbsent(a.id(), a);
            if (earlier != null) {
                problems.report(Problem.readOnce(a.origin().location(), earlier.origin().location()));
            }
        }
        Set<ArticleId> known = new HashSet<>(workspace.read(c -> ArticleRows.known(c, unique.keySet())));
        List<Article> fresh = new ArrayList<>();
        for (Article a : unique.values()) {
            if (!known.contains(a.id())) {
                fresh.add(a);
            }
        }
        fresh.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id));
        return addAnnotated(unique.size(), known.size(), fresh, a -> sitrep.annotate(a, ProgressListener.NONE, problems),
                progress);
    }

    /**
     * Adds articles that are already annotated (e.g. copied from another workspace), skipping the
     * ones the workspace holds; same batching and transactions as {@link #add}.
     */
    public IngestResult addAnnotated(List<AnnotatedArticle> annotated, ProgressListener progress) {
        Map<ArticleId, AnnotatedArticle> byId = new LinkedHashMap<>();
        annotated.forEach(a -> byId.putIfAbsent(a.id(), a));
        Set<ArticleId> known = new HashSet<>(workspace.read(c -> ArticleRows.known(c, byId.keySet())));
        List<Article> fresh = new ArrayList<>();
        for (AnnotatedArticle a : byId.values()) {
            if (!known.contains(a.id())) {
                fresh.add(a.article());
            }
        }
        fresh.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id));
        return addAnnotated(byId.size(), known.size(), fresh,
                batch -> batch.stream().map(a -> byId.get(a.id())).toList(), progress);
    }

    private IngestResult addAnnotated(int read, int alreadyPresent, List<Article> fresh, Annotation annotation,
            ProgressListener progress) {
        int added = 0;
        Set<StoryId> started = new HashSet<>();
        Set<StoryId> changed = new HashSet<>();
        progress.start(PHASE, fresh.size());
        try {
            for (int from = 0; from < fresh.size(); from += settings.batchSize()) {
                List<Article> batch = fresh.subList(from, Math.min(fresh.size(), from + settings.batchSize()));
                List<AnnotatedArticle> annotated = annotation.apply(batch);
                if (!annotated.isEmpty()) {
                    List<Story> active = workspace.read(c -> activeStories(c, annotated));
                    Set<StoryId> activeIds = new HashSet<>();
                    active.forEach(s -> activeIds.add(s.id()));
                    List<StoryAnalysis> analyses = new ArrayList<>();
                    for (Story s : sitrep.place(active, annotated)) {
                        analyses.add(sitrep.analyse(s));
                        changed.add(s.id());
                        if (!activeIds.contains(s.id())) {
                            started.add(s.id());
                        }
                    }
                    commit(annotated, analyses);
                    added += annotated.size();
                }
                progress.advance(PHASE, batch.size());
            }
        } finally {
            progress.finish(PHASE);
        }
        long[] totals = workspace.read(c -> new long[] {count(c, "articles"), count(c, "stories")});
        return new IngestResult(read, added, alreadyPresent, started.size(), changed.size(), totals[0], totals[1]);
    }

    /** Stores a batch: its articles, then every changed story with its analysis, in one transaction. */
    private void commit(List<AnnotatedArticle> articles, List<StoryAnalysis> analyses) {
        String now = Instant.now().toString();
        workspace.write(c -> {
            long seq = nextSeq(c);
            for (AnnotatedArticle a : articles) {
                ArticleRows.insert(c, a, seq++, now);
            }
            for (StoryAnalysis s : analyses) {
                AnalysisRows.replace(c, s, seq - 1, now);
            }
            return null;
        });
    }

    /** The stored stories the batch may join, with their annotated articles. */
    private List<Story> activeStories(Connection c, List<AnnotatedArticle> batch) throws SQLException {
        LocalDate earliest = null;
        LocalDate latest = null;
        boolean undated = false;
        for (AnnotatedArticle a : batch) {
            DateRange d = a.article().published();
            if (d == null) {
                undated = true;
            } else {
                earliest = earliest == null || d.first().isBefore(earliest) ? d.first() : earliest;
                latest = latest == null || d.last().isAfter(latest) ? d.last() : latest;
            }
        }
        String sql = undated
                ? "SELECT id, article_count FROM stories ORDER BY updated_seq DESC"
                : "SELECT id, article_count FROM stories WHERE first_date IS NULL OR (last_date >= ? AND first_date <= ?)"
                        + " ORDER BY updated_seq DESC";
        List<StoryId> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (!undated) {
                p.setString(1, earliest.minusDays(settings.windowDays()).toString());
                p.setString(2, latest.plusDays(settings.windowDays()).toString());
            }
            try (ResultSet r = p.executeQuery()) {
                int articles = 0;
                while (r.next()) {
                    int n = r.getInt(2);
                    if (articles + n > settings.contextArticles()) {
                        break;
                    }
                    articles += n;
                    ids.add(new StoryId(r.getString(1)));
                }
            }
        }
        List<Story> stories = new ArrayList<>();
        for (StoryId id : ids) {
            stories.add(AnalysisReader.story(c, id, true));
        }
        return stories;
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(ingest_seq), 0) + 1 FROM articles")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Turns a batch of extracted articles into annotated ones, leaving out failures. */
    @FunctionalInterface
    private interface Annotation {
        List<AnnotatedArticle> apply(List<Article> batch);
    }
}
