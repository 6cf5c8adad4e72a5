package org.sitrep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.sitrep.analyse.RecurringClaimFinder;
import org.sitrep.analyse.StandardAnalysers;
import org.sitrep.analyse.StoryAnalyser;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotationCache;
import org.sitrep.annotate.AnnotationLayer;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.annotate.StandardLayers;
import org.sitrep.cluster.ClusteringConfig;
import org.sitrep.cluster.IncrementalClusterer;
import org.sitrep.cluster.Reclusterer;
import org.sitrep.cluster.SimilarityClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.extract.Article;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.ExtractionException;
import org.sitrep.extract.StandardArticleExtractor;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Capability;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.pipeline.RecentMemory;
import org.sitrep.pipeline.StageChain;
import org.sitrep.report.Report;
import org.sitrep.report.RunStats;

/**
 * The one way in: builds the pipeline of DESIGN.md (ingest, extract, annotate, cluster, analyse) and
 * runs it. The CLI, the server, the Flink job and library callers all go through this class, so all
 * of them give the same answer for the same input.
 *
 * <pre>{@code
 * try (Sitrep sitrep = Sitrep.builder().annotator(new CoreNlpAnnotator(CoreNlpConfig.defaults())).build()) {
 *     Report report = sitrep.report(List.of("articles/"), RunOptions.defaults(), ProgressListener.NONE, System.err::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe: the stages are. {@link #close()} releases the annotator's models and the worker
 * threads.
 */
public final class Sitrep implements AutoCloseable {

    private final IngestConfig ingestConfig;
    private final ArticleExtractor extractor;
    private final ArticleAnnotator annotator;
    private final StageChain<AnnotatedArticle> layers;
    private final StoryClusterer clusterer;
    private final IncrementalClusterer placer;
    private final StageChain<StoryAnalysis> analysers;
    private final ExecutorService workers;

    private Sitrep(Builder b) {
        this.ingestConfig = b.ingest;
        this.extractor = b.extractor;
        this.annotator = Objects.requireNonNull(b.annotator, "an annotator is required");
        this.clusterer = b.clusterer;
        this.placer = b.placer;
        EnumSet<Capability> have = EnumSet.of(Capability.RAW_DOCUMENT);
        have.addAll(extractor.provides());
        have.addAll(annotator.provides());
        this.layers = StageChain.of("annotation", have, b.layers);
        have.addAll(layers.provides());
        EnumSet<Capability> missing = EnumSet.copyOf(clusterer.requires());
        missing.removeAll(have);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("clusterer '" + clusterer.name() + "' requires " + missing);
        }
        EnumSet<Capability> missingToPlace = EnumSet.copyOf(placer.requires());
        missingToPlace.removeAll(have);
        if (!missingToPlace.isEmpty()) {
            throw new IllegalStateException("incremental clusterer '" + placer.name() + "' requires " + missingToPlace);
        }
        have.addAll(clusterer.provides());
        this.analysers = StageChain.of("analysis", have, b.analysers);
        this.workers = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Extracts one document; throws {@link ExtractionException} when it holds no article. */
    public Article extract(RawDocument document) {
        return extractor.apply(document);
    }

    /** Annotates one article with the model and every annotation layer. */
    public AnnotatedArticle annotate(Article article) {
        return layers.apply(annotator.apply(article));
    }

    /**
     * Annotates one article with the model (or takes the model's annotation from {@code cache}, when
     * not null) and every annotation layer, reporting text the model cut or split to {@code problems}.
     */
    public AnnotatedArticle annotate(Article article, AnnotationCache cache, ProblemSink problems) {
        AnnotatedArticle modelled = cache == null ? annotator.annotate(article, problems)
                : cache.annotate(annotator, article, problems);
        return layers.apply(modelled);
    }

    /** Groups annotated articles into stories. */
    public List<Story> cluster(List<AnnotatedArticle> articles) {
        return clusterer.apply(articles);
    }

    /**
     * The clustering stage, for callers that run it other than on a whole list: the Flink job feeds an
     * {@link org.sitrep.cluster.OnlineClusterer}'s session a day at a time.
     */
    public StoryClusterer clusterer() {
        return clusterer;
    }

    /**
     * Places newly arrived articles into the active stories or new ones (the contract of
     * {@link IncrementalClusterer#place}); the workspace's incremental ingest calls it.
     */
    public List<Story> place(List<Story> active, List<AnnotatedArticle> incoming) {
        return placer.place(active, incoming);
    }

    /**
     * Annotates articles on the worker threads, in input order. Articles whose annotation fails are
     * reported to {@code problems} and left out.
     */
    public List<AnnotatedArticle> annotate(List<Article> articles, ProgressListener progress, ProblemSink problems) {
        return annotate(articles, null, progress, problems);
    }

    /**
     * Annotates articles on the worker threads, in input order, taking the model's annotation from
     * {@code cache} when not null. Articles whose annotation fails are reported to {@code problems}
     * and left out.
     */
    public List<AnnotatedArticle> annotate(List<Article> articles, AnnotationCache cache, ProgressListener progress,
            ProblemSink problems) {
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (AnnotatedArticle a : parallel("annotate", articles, a -> annotateOrReport(a, cache, problems),
                progress)) {
            if (a != null) {
                annotated.add(a);
            }
        }
        return annotated;
    }

    /** Analyses one story with every analyser. */
    public StoryAnalysis analyse(Story story) {
        return analysers.apply(StoryAnalysis.of(story));
    }

    /**
     * Reads the inputs and extracts every article, in input order. Documents that hold no article are
     * reported to {@code problems} and left out.
     */
    public List<Article> extract(List<String> inputs, RunOptions options, ProgressListener progress,
            ProblemSink problems) {
        List<RawDocument> documents = new ArrayList<>();
        new InputReader(ingestConfig).read(inputs, documents::add, problems);
        List<Article> articles = new ArrayList<>();
        for (Article a : parallel("extract", documents, d -> extractOrReport(d, problems), progress)) {
            if (a != null) {
                articles.add(withDefaultDate(a, options));
            }
        }
        return articles;
    }

    /** Runs the whole pipeline on the inputs and returns the report. */
    public Report report(List<String> inputs, RunOptions options, ProgressListener progress, ProblemSink problems) {
        CountingSink counting = new CountingSink(problems);
        List<RawDocument> documents = new ArrayList<>();
        new InputReader(ingestConfig).read(inputs, documents::add, counting);
        List<Article> extracted = new ArrayList<>();
        for (Article a : parallel("extract", documents, d -> extractOrReport(d, counting), progress)) {
            if (a != null) {
                extracted.add(withDefaultDate(a, options));
            }
        }
        Map<ArticleId, Article> unique = new LinkedHashMap<>();
        for (Article a : extracted) {
            Article earlier = unique.putIfAbsent(a.id(), a);
            if (earlier != null) {
                counting.report(Problem.readOnce(a.origin().location(), earlier.origin().location()));
            }
        }
        AnnotationCache cache = options.annotationCache() == null ? null : AnnotationCache.at(options.annotationCache());
        List<AnnotatedArticle> annotated = annotate(new ArrayList<>(unique.values()), cache, progress, counting);
        progress.start("cluster", annotated.size());
        List<Story> stories = clusterer.apply(annotated, counting);
        progress.advance("cluster", annotated.size());
        progress.finish("cluster");
        List<StoryAnalysis> analyses = parallel("analyse", stories, this::analyse, progress, Sitrep::sentences);
        RunStats stats = new RunStats(documents.size(), annotated.size(), stories.size(), counting.errors(),
                counting.warnings());
        return new Report(annotated, analyses, new RecurringClaimFinder().find(analyses), stats);
    }

    private Article extractOrReport(RawDocument d, ProblemSink problems) {
        try {
            return extractor.apply(d);
        } catch (ExtractionException e) {
            problems.report(Problem.error(d.origin().location(), e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            problems.report(Problem.error(d.origin().location(), "extraction failed: " + e));
            return null;
        }
    }

    private AnnotatedArticle annotateOrReport(Article a, AnnotationCache cache, ProblemSink problems) {
        try {
            return annotate(a, cache, problems);
        } catch (RuntimeException e) {
            problems.report(Problem.error(a.origin().location(), "annotation failed: " + e));
            return null;
        }
    }

    private static Article withDefaultDate(Article a, RunOptions options) {
        if (a.published() != null || options.defaultDate() == null) {
            return a;
        }
        return a.withPublished(DateRange.day(options.defaultDate()), "--date " + options.defaultDate());
    }

    /** A story's sentences: what its analysis costs grows with. */
    private static long sentences(Story story) {
        return story.articles().stream().mapToLong(a -> a.sentences().size()).sum();
    }

    /** Applies {@code f} to every item on the worker threads, keeping input order. */
    private <T, R> List<R> parallel(String phase, List<T> items, Function<T, R> f, ProgressListener progress) {
        return parallel(phase, items, f, progress, item -> 0L);
    }

    /**
     * Applies {@code f} to every item on the worker threads, the costliest first by {@code cost} (so
     * that a big story does not start last and leave the other workers idle while it runs alone),
     * returning the results in input order.
     */
    private <T, R> List<R> parallel(String phase, List<T> items, Function<T, R> f, ProgressListener progress,
            ToLongFunction<T> cost) {
        progress.start(phase, items.size());
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        // stable: items of equal cost keep input order
        order.sort(Comparator.comparingLong((Integer i) -> cost.applyAsLong(items.get(i))).reversed());
        List<Future<R>> futures = new ArrayList<>(java.util.Collections.nCopies(items.size(), (Future<R>) null));
        for (int i : order) {
            T item = items.get(i);
            futures.set(i, workers.submit(() -> {
                try {
                    return f.apply(item);
                } finally {
                    progress.advance(phase, 1);
                }
            }));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + phase, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(phase + " failed", cause);
        } finally {
            progress.finish(phase);
        }
        return results;
    }

    /**
     * Empties what the stages remember of the texts they handled ({@link RecentMemory}: the analysers'
     * sentence embeddings and pools), keeping the models loaded: the next run pays what a first run
     * pays, whatever ran before it, and gives the same results (remembered work only saves time). For
     * a pipeline that outlives one run, such as a task manager's between Flink jobs.
     */
    public void forgetRecent() {
        List<Object> stages = new ArrayList<>(List.of(extractor, annotator, clusterer, placer));
        stages.addAll(layers.stages());
        stages.addAll(analysers.stages());
        for (Object stage : stages) {
            if (stage instanceof RecentMemory memory) {
                memory.forget();
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        annotator.close();
    }

    /** Counts errors and warnings on their way to the caller's sink. */
    private static final class CountingSink implements ProblemSink {
        private final ProblemSink delegate;
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicInteger warnings = new AtomicInteger();

        CountingSink(ProblemSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void report(Problem p) {
            (p.severity() == Problem.Severity.ERROR ? errors : warnings).incrementAndGet();
            delegate.report(p);
        }

        int errors() {
            return errors.get();
        }

        int warnings() {
            return warnings.get();
        }
    }

    /**
     * Builds a {@link Sitrep}. Every stage but the model-backed annotator has a default: the
     * standard extractor, {@link StandardLayers}, the similarity clusterer (it needs no embedder; the
     * standard pipeline of the command line gives the online clusterer with lead embeddings,
     * {@code OnlineClusterer}, through {@link #clusterer}, which separates stories better than the
     * online clusterer on terms and names alone) and {@link StandardAnalysers}.
     */
    public static final class Builder {
        private IngestConfig ingest = IngestConfig.defaults();
        private ArticleExtractor extractor;
        private ArticleAnnotator annotator;
        private List<AnnotationLayer> layers;
        private StoryClusterer clusterer;
        private IncrementalClusterer placer;
        private List<StoryAnalyser> analysers;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder ingest(IngestConfig config) {
            this.ingest = Objects.requireNonNull(config);
            return this;
        }

        public Builder extractor(ArticleExtractor e) {
            this.extractor = Objects.requireNonNull(e);
            return this;
        }

        public Builder annotator(ArticleAnnotator a) {
            this.annotator = Objects.requireNonNull(a);
            return this;
        }

        public Builder layers(List<? extends AnnotationLayer> l) {
            this.layers = List.copyOf(l);
            return this;
        }

        public Builder clusterer(StoryClusterer c) {
            this.clusterer = Objects.requireNonNull(c);
            return this;
        }

        /**
         * How a growing workspace places new articles (default: a {@link Reclusterer} over the batch
         * clusterer with the default clustering settings).
         */
        public Builder incremental(IncrementalClusterer p) {
            this.placer = Objects.requireNonNull(p);
            return this;
        }

        public Builder analysers(List<? extends StoryAnalyser> a) {
            this.analysers = List.copyOf(a);
            return this;
        }

        /** Worker threads for extraction, annotation and analysis (default: one per core). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = n;
            return this;
        }

        /**
         * Builds the pipeline and checks that every stage's requirements are met by the stages
         * before it.
         */
        public Sitrep build() {
            if (extractor == null) {
                extractor = new StandardArticleExtractor(ExtractionConfig.defaults());
            }
            if (layers == null) {
                layers = StandardLayers.all();
            }
            if (clusterer == null) {
                clusterer = new SimilarityClusterer(ClusteringConfig.defaults());
            }
            if (analysers == null) {
                analysers = StandardAnalysers.all();
            }
            if (placer == null) {
                placer = new Reclusterer(clusterer, ClusteringConfig.defaults());
            }
            return new Sitrep(this);
        }
    }

}
