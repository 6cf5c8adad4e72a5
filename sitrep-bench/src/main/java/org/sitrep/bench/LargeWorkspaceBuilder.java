package org.sitrep.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.IngestResult;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceIngester;
import org.sitrep.store.WorkspaceQueries;

/**
 * Builds a large workspace for the load benchmark from a small one made by the real pipeline:
 * {@code LargeWorkspaceBuilder SOURCE_DIR TARGET_DIR COPIES [SHIFT_DAYS [FIRST_COPY]]}. Every article of SOURCE
 * (real text, real CoreNLP annotations) is copied COPIES times; copy k gets a new origin
 * ({@code variant-k/...}, hence a new id) and its published date and resolved time expressions
 * shifted by {@code k * SHIFT_DAYS} days (default 60, more than the clustering window, so copies form
 * stories of their own). The copies then go through the real incremental ingest: placement,
 * clustering, analysis and storage; only annotation is reused rather than run again, because
 * annotating 10,000 articles with CoreNLP takes hours on a 2-core machine. FIRST_COPY (default 0)
 * lets two processes build disjoint ranges of copies into two workspaces at once.
 */
public final class LargeWorkspaceBuilder {

    private static final long DEFAULT_SHIFT_DAYS = 60;

    /** One batch per copy, and a small context: copies never share stories, so a wide context buys nothing. */
    private static final int BATCH = 400;
    private static final int CONTEXT = 100;

    private LargeWorkspaceBuilder() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: LargeWorkspaceBuilder SOURCE_DIR TARGET_DIR COPIES [SHIFT_DAYS [FIRST_COPY]]");
            System.exit(2);
        }
        int copies = Integer.parseInt(args[2]);
        long shift = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SHIFT_DAYS;
        int firstCopy = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        List<AnnotatedArticle> originals;
        try (Workspace source = Workspace.openReadOnly(Path.of(args[0]))) {
            WorkspaceQueries q = new WorkspaceQueries(source);
            originals = q.annotated(q.articleIds());
        }
        long start = System.nanoTime();
        try (Workspace target = Workspace.open(Path.of(args[1]));
                Sitrep sitrep = Sitrep.builder().threads(2).annotator(new Unused()).build()) {
            WorkspaceIngester ingester = new WorkspaceIngester(target, sitrep, new IngestSettings(BATCH, CONTEXT, IngestSettings.defaults().windowDays()));
            for (int k = firstCopy; k < copies; k++) {
                List<AnnotatedArticle> variants = new ArrayList<>();
                for (AnnotatedArticle a : originals) {
                    variants.add(variant(a, k, k * shift));
                }
                IngestResult r = ingester.addAnnotated(variants, ProgressListener.NONE);
                System.err.printf("copy %d: %d added, %d stories changed; workspace %d articles, %d stories (%.0f s)%n",
                        k, r.added(), r.storiesChanged(), r.totalArticles(), r.totalStories(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Copy {@code k} of {@code a}: new origin and id, dates shifted by {@code days}. */
    static AnnotatedArticle variant(AnnotatedArticle a, int k, long days) {
        Article o = a.article();
        Origin origin = new Origin("variant-" + k + "/" + o.origin().path(), o.origin().line(), o.origin().warcRecordId(),
                o.origin().url() == null ? null : o.origin().url() + "#variant-" + k);
        Article moved = new Article(ArticleId.of(origin.source(), o.text()), origin, o.title(), shift(o.published(), days),
                shift(o.updated(), days), o.author(), o.publisher(), o.language(), o.text(), o.boilerplate(), o.evidence(),
                o.truncated());
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            times.add(t.resolved() == null ? t : t.withResolved(shift(t.resolved(), days), t.basis()));
        }
        return new AnnotatedArticle(moved, a.tokens(), a.sentences(), a.mentions(), times, a.quantities(), a.quotes());
    }

    private static DateRange shift(DateRange d, long days) {
        return d == null ? null : new DateRange(d.first().plusDays(days), d.last().plusDays(days), d.precision());
    }

    /** The builder never annotates: every article arrives annotated. */
    private static final class Unused implements ArticleAnnotator {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public AnnotatedArticle apply(Article article) {
            throw new IllegalStateException("articles arrive annotated");
        }
    }
}
