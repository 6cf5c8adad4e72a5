package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.SketchConfig;
import org.sitrep.cluster.StoryTracker;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.cluster.TrackerLimits;
import org.sitrep.eval.cluster.EcbPlusCorpus;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.text.Embedding;

/**
 * How online story clustering scales: {@code ClusteringScaleBenchmark ECBPLUS_DIR [SIZES...]} (sizes
 * default 10000 100000). The real ECB+ documents are annotated with CoreNLP and sketched with their
 * MiniLM lead embeddings once; a dated stream of generated variants is then offered to a fresh
 * {@link StoryTracker} with the default settings and limits, for each size. Only the clustering stage
 * is timed (the {@code offer} calls), not the making of the variants: the stage's input is an
 * embedded article.
 *
 * <p>The stream: {@value #ARTICLES_PER_DAY} articles a day; each article starts a new story with
 * probability 1/{@value #MEAN_STORY_SIZE}, otherwise joins one of the {@value #LIVE_STORIES} most
 * recently started stories. A story is one real document's sketch with, added, terms of its own, names
 * of its own instead of the document's, and an embedding of its own that keeps a share of the
 * document's, and each of its articles adds its own noise to the embedding; one
 * article in {@value #COPY_EVERY} is a copy (same shingle signature) of its story's first. So the
 * number of active stories depends on the window and the rate, not the stream's length, which is
 * what the benchmark checks: rate flat, heap flat.
 *
 * <p>Time: wall-clock time in the stage, and the CPU time of the clustering thread in it (on a loaded
 * machine the wall clock counts time spent waiting for a core). Heap: the live heap measured after a full collection at ten checkpoints of each run (the most
 * is printed), and the JVM's peak heap, garbage included, since the run began.
 */
public final class ClusteringScaleBenchmark {

    private static final int ARTICLES_PER_DAY = 2_000;
    private static final int MEAN_STORY_SIZE = 10;
    private static final int LIVE_STORIES = 400;
    private static final int COPY_EVERY = 20;
    private static final int OWN_TERMS = 24;
    private static final int OWN_NAMES = 4;
    private static final double BASE_SHARE = 0.3;
    private static final double ARTICLE_NOISE = 0.25;
    private static final int CHECKPOINTS = 10;
    private static final long SEED = 6L;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final double MB = 1024.0 * 1024.0;

    private ClusteringScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ClusteringScaleBenchmark ECBPLUS_DIR [SIZES...]");
            System.exit(2);
        }
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        List<ArticleSketch> bases = baseSketches(EcbPlusCorpus.read(Path.of(args[0])));
        System.out.printf(Locale.ROOT, "%d real base articles (ECB+), %d-dimensional embeddings; %d articles/day, "
                + "mean story size %d, %d live stories, 1 copy in %d; JVM max heap %.0f MB, %d cores%n%n", bases.size(),
                bases.get(0).embedding().length, ARTICLES_PER_DAY, MEAN_STORY_SIZE, LIVE_STORIES, COPY_EVERY,
                Runtime.getRuntime().maxMemory() / MB, Runtime.getRuntime().availableProcessors());
        System.out.println("| articles | clustering s | articles/s | CPU s | articles/CPU s | stories made | active at end "
                + "| live heap max MB | JVM peak heap MB |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double previous = 0;
        for (int n : sizes) {
            Row row = run(bases, n);
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %,.0f | %.1f | %,.0f | %,d | %,d | %.0f | %.0f |%n", n,
                    row.seconds, n / row.seconds, row.cpuSeconds, n / row.cpuSeconds, row.stories, row.active,
                    row.liveHeap / MB, row.peakHeap / MB);
            if (previous > 0) {
                System.out.printf(Locale.ROOT, "(time x%.1f for x%.0f articles)%n", row.seconds / previous, 10.0);
            }
            previous = row.seconds;
        }
    }

    /** The ECB+ documents annotated by the real pipeline and sketched with their lead embeddings. */
    private static List<ArticleSketch> baseSketches(EcbPlusCorpus corpus) {
        try (Sitrep sitrep = Sitrep.builder().threads(2).annotator(new CoreNlpAnnotator(CoreNlpConfig.defaults())).build();
                MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            List<AnnotatedArticle> annotated = corpus.documents().parallelStream().map(d -> {
                String source = "ecbplus#" + d.id();
                return sitrep.annotate(new Article(ArticleId.of(source, d.text()), Origin.file(source), null, null,
                        null, null, null, "en", d.text(), List.of(), List.of(), false));
            }).toList();
            ArticleSketcher sketcher = new ArticleSketcher(SketchConfig.defaults(), embedder);
            List<Embedding> leads = embedder.embedAll(annotated.stream().map(sketcher::leadText).toList());
            return IntStream.range(0, annotated.size()).mapToObj(i -> sketcher.sketch(annotated.get(i), leads.get(i)))
                    .toList();
        }
    }

    private record Row(double seconds, double cpuSeconds, long stories, int active, long liveHeap, long peakHeap) {
    }

    private static Row run(List<ArticleSketch> bases, int n) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        StoryTracker tracker = new StoryTracker(TrackerConfig.defaults(), TrackerLimits.defaults());
        Stream stream = new Stream(bases);
        long nanos = 0;
        long cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long stories = 0;
        long liveMax = 0;
        int every = Math.max(1, n / CHECKPOINTS);
        for (int i = 0; i < n; i++) {
            ArticleSketch s = stream.next(i);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            boolean founded = tracker.offer(s).founded();
            nanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            stories += founded ? 1 : 0;
            if ((i + 1) % every == 0) {
                liveMax = Math.max(liveMax, liveHeap());
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Row(nanos / 1e9, cpuNanos / 1e9, stories, tracker.activeStories(), liveMax, peak);
    }

    private static long liveHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The generated stream: article {@code i} of a run, made on demand so the stream never sits in memory. */
    private static final class Stream {
        private final List<ArticleSketch> bases;
        private final SplittableRandom random = new SplittableRandom(SEED);
        private final long[] live = new long[LIVE_STORIES];
        private final int[][] firstSignature = new int[LIVE_STORIES][];
        private long started;

        Stream(List<ArticleSketch> bases) {
            this.bases = bases;
        }

        ArticleSketch next(int i) {
            int slot;
            if (started == 0 || random.nextInt(MEAN_STORY_SIZE) == 0) {
                slot = (int) (started % LIVE_STORIES);
                live[slot] = started++;
                firstSignature[slot] = null;
            } else {
                slot = random.nextInt((int) Math.min(started, LIVE_STORIES));
            }
            long story = live[slot];
            ArticleSketch base = bases.get((int) (story % bases.size()));
            Random own = new Random(SEED * 31 + story);
            float[] embedding = base.embedding();
            double norm = 0;
            for (int d = 0; d < embedding.length; d++) {
                embedding[d] = (float) (BASE_SHARE * embedding[d] + own.nextGaussian() / Math.sqrt(embedding.length)
                        + ARTICLE_NOISE * random.nextDouble(-1, 1) / Math.sqrt(embedding.length));
                norm += embedding[d] * embedding[d];
            }
            for (int d = 0; d < embedding.length; d++) {
                embedding[d] /= (float) Math.sqrt(norm);
            }
            long[][] terms = withOwn(base.termKeys(), base.termWeights(), own, OWN_TERMS);
            long[][] names = withOwn(new long[0], new float[0], own, OWN_NAMES);
            int[] signature;
            if (firstSignature[slot] != null && random.nextInt(COPY_EVERY) == 0) {
                signature = firstSignature[slot];
            } else {
                signature = random.ints(base.signature().length).toArray();
                if (firstSignature[slot] == null) {
                    firstSignature[slot] = signature;
                }
            }
            LocalDate day = START.plusDays(i / ARTICLES_PER_DAY);
            return new ArticleSketch(ArticleId.of("generated", Integer.toString(i)), day, day, embedding,
                    terms[0], toFloats(terms[1]), names[0], toFloats(names[1]), signature, base.shingles());
        }

        /** The base keys plus {@code count} keys of the story's own, sorted, with their weights as raw bits. */
        private static long[][] withOwn(long[] keys, float[] weights, Random own, int count) {
            List<long[]> pairs = new ArrayList<>();
            for (int k = 0; k < keys.length; k++) {
                pairs.add(new long[] {keys[k], Float.floatToIntBits(weights[k])});
            }
            for (int k = 0; k < count; k++) {
                pairs.add(new long[] {own.nextLong(), Float.floatToIntBits(1.5f)});
            }
            pairs.sort((a, b) -> Long.compare(a[0], b[0]));
            List<long[]> distinct = new ArrayList<>();
            for (long[] p : pairs) {
                if (distinct.isEmpty() || distinct.get(distinct.size() - 1)[0] != p[0]) {
                    distinct.add(p);
                }
            }
            return new long[][] {distinct.stream().mapToLong(p -> p[0]).toArray(),
                    distinct.stream().mapToLong(p -> p[1]).toArray()};
        }

        private static float[] toFloats(long[] bits) {
            float[] out = new float[bits.length];
            for (int k = 0; k < bits.length; k++) {
                out[k] = Float.intBitsToFloat((int) bits[k]);
            }
            return out;
        }
    }
}
