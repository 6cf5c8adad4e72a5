package org.sitrep.eval.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.SketchConfig;
import org.sitrep.cluster.StoryTracker;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.cluster.TrackerLimits;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.StoryId;
import org.sitrep.text.Embedding;

/**
 * Scores online story clustering on ECB+ documents with B-cubed against the gold sub-topic stories.
 * Each document becomes an article (its sentences as paragraphs, no title, no date), is annotated,
 * and is sketched once; the tracker then runs over the sketches in file order and in
 * {@code shuffles} seeded random orders (ECB+ documents have no dates, so the online clusterer sees
 * them all as undated and places them in input order: the order matters and is reported), without
 * embeddings (terms and names only), and over a grid of join thresholds. The K-means baseline is
 * scored on the same texts.
 *
 * <p>Needs an annotator giving tokens with parts of speech and mentions (the standard pipeline's);
 * the embedder is optional. Cost: annotating and embedding the documents once; each clustering run
 * takes milliseconds. Not thread-safe (runs are sequential).
 */
public final class StoryClusteringEvaluation {

    /** Join thresholds of the sensitivity table. */
    static final double[] THRESHOLDS = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50};
    private static final long SHUFFLE_SEED = 20_260_317L;

    /**
     * The topics of {@code ../shared/bench/ecbplus-dev} (36 to 40) kept aside: the clusterer's settings
     * were chosen on the others, and these are scored on their own.
     */
    public static final List<String> ECBPLUS_DEV_HELD_OUT = List.of("39", "40");

    private final Function<Article, AnnotatedArticle> annotator;
    private final SentenceEmbedder embedder;

    /**
     * @param annotator annotates one article (model and annotation layers); must be thread-safe
     * @param embedder embeds leads, or null to score lexical clustering only
     */
    public StoryClusteringEvaluation(Function<Article, AnnotatedArticle> annotator, SentenceEmbedder embedder) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.embedder = embedder;
    }

    /** One clustering of the corpus: how many stories it made and its score. */
    public record Run(int stories, BCubed score) {
    }

    /** F1 at one join threshold: in file order, and the mean over the shuffled orders. */
    public record ThresholdPoint(double threshold, double fileOrderF1, double meanShuffledF1) {
    }

    /**
     * Everything {@code sitrep eval cluster} prints.
     *
     * @param fileOrder the tracker with the configured thresholds, documents in file order
     * @param shuffled the same in each shuffled order
     * @param lexical without embeddings (lexical threshold), file order
     * @param lexicalShuffled without embeddings, shuffled orders
     * @param baseline K-means with the gold number of stories
     * @param sensitivity F1 as the join threshold (with embeddings) or the lexical threshold (without)
     *     moves over {@link #THRESHOLDS}
     */
    public record Result(EcbPlusCorpus corpus, TrackerConfig config, boolean embedded, Run fileOrder,
            List<Run> shuffled, Run lexical, List<Run> lexicalShuffled, Run baseline, List<ThresholdPoint> sensitivity,
            List<ThresholdPoint> lexicalSensitivity) {

        public Result {
            shuffled = List.copyOf(shuffled);
            lexicalShuffled = List.copyOf(lexicalShuffled);
            sensitivity = List.copyOf(sensitivity);
            lexicalSensitivity = List.copyOf(lexicalSensitivity);
        }
    }

    /**
     * The scores of the whole corpus and, separately, of a held-out split of its topics and of the
     * rest (each split clustered on its own, as if it were the whole stream).
     *
     * @param heldOutTopics the topic numbers kept aside (none of the method's settings were chosen on them)
     */
    public record Splits(Result all, Result tuning, Result heldOut, List<String> heldOutTopics) {

        public Splits {
            heldOutTopics = List.copyOf(heldOutTopics);
        }
    }

    /** Annotates, sketches and scores {@code corpus} under {@code config}. */
    public Result evaluate(EcbPlusCorpus corpus, TrackerConfig config, int shuffles) {
        return score(corpus, sketch(corpus), config, shuffles);
    }

    /**
     * Annotates and sketches {@code corpus} once, then scores it whole, its topics outside
     * {@code heldOutTopics}, and its topics inside; throws {@link IllegalArgumentException} when
     * either split would be empty.
     */
    public Splits evaluate(EcbPlusCorpus corpus, TrackerConfig config, int shuffles, Collection<String> heldOutTopics) {
        List<String> heldOut = corpus.topics().stream().filter(heldOutTopics::contains).toList();
        List<String> tuning = corpus.topics().stream().filter(t -> !heldOutTopics.contains(t)).toList();
        if (heldOut.isEmpty() || tuning.isEmpty()) {
            throw new IllegalArgumentException("held-out topics " + heldOutTopics + " must be some but not all of "
                    + corpus.topics());
        }
        Sketches all = sketch(corpus);
        return new Splits(score(corpus, all, config, shuffles),
                score(corpus.ofTopics(tuning), all.of(corpus, tuning), config, shuffles),
                score(corpus.ofTopics(heldOut), all.of(corpus, heldOut), config, shuffles), heldOut);
    }

    /** Each document's sketch without and with its lead embedding, in document order. */
    private record Sketches(List<ArticleSketch> lexical, List<ArticleSketch> embedded) {

        Sketches of(EcbPlusCorpus corpus, Collection<String> topics) {
            List<Integer> keep = IntStream.range(0, corpus.documents().size())
                    .filter(i -> topics.contains(corpus.documents().get(i).topic())).boxed().toList();
            return new Sketches(keep.stream().map(lexical::get).toList(), keep.stream().map(embedded::get).toList());
        }
    }

    private Sketches sketch(EcbPlusCorpus corpus) {
        List<AnnotatedArticle> articles = annotate(corpus);
        ArticleSketcher sketcher = new ArticleSketcher(SketchConfig.defaults(), embedder);
        List<ArticleSketch> lexical = articles.parallelStream().map(a -> sketcher.sketch(a, null)).toList();
        List<ArticleSketch> embedded = lexical;
        if (embedder != null) {
            List<Embedding> leads = embedder.embedAll(articles.stream().map(sketcher::leadText).toList());
            embedded = IntStream.range(0, articles.size()).mapToObj(i -> sketcher.sketch(articles.get(i), leads.get(i)))
                    .toList();
        }
        return new Sketches(lexical, embedded);
    }

    private Result score(EcbPlusCorpus corpus, Sketches sketches, TrackerConfig config, int shuffles) {
        List<ArticleSketch> lexical = sketches.lexical();
        List<ArticleSketch> embedded = sketches.embedded();
        List<String> gold = corpus.gold();
        List<List<Integer>> orders = orders(corpus.documents().size(), shuffles);
        List<Run> runs = new ArrayList<>();
        List<Run> lexicalRuns = new ArrayList<>();
        for (List<Integer> order : orders) {
            runs.add(run(embedded, order, config, gold));
            lexicalRuns.add(run(lexical, order, config, gold));
        }
        List<ThresholdPoint> sensitivity = new ArrayList<>();
        List<ThresholdPoint> lexicalSensitivity = new ArrayList<>();
        for (double t : THRESHOLDS) {
            if (embedder != null) {
                sensitivity.add(point(t, embedded, orders, config.withThresholds(t, config.lexicalJoinThreshold()), gold));
            }
            lexicalSensitivity.add(point(t, lexical, orders, config.withThresholds(config.joinThreshold(), t), gold));
        }
        List<String> texts = corpus.documents().stream().map(EcbPlusCorpus.Document::text).toList();
        List<Integer> baseline = KMeansBaseline.cluster(texts, (int) corpus.stories(), SHUFFLE_SEED);
        Run baselineRun = new Run((int) baseline.stream().distinct().count(), BCubed.score(baseline, gold));
        return new Result(corpus, config, embedder != null, runs.get(0), runs.subList(1, runs.size()),
                lexicalRuns.get(0), lexicalRuns.subList(1, lexicalRuns.size()), baselineRun, sensitivity,
                lexicalSensitivity);
    }

    private List<AnnotatedArticle> annotate(EcbPlusCorpus corpus) {
        return corpus.documents().parallelStream().map(d -> {
            String text = d.text();
            String source = corpus.file().getFileName() + "#" + d.id();
            Article article = new Article(ArticleId.of(source, text), Origin.file(source), null, null, null, null,
                    null, "en", text, List.of(), List.of(), false);
            return annotator.apply(article);
        }).toList();
    }

    /** File order first, then {@code shuffles} seeded permutations. */
    static List<List<Integer>> orders(int n, int shuffles) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> identity = IntStream.range(0, n).boxed().toList();
        out.add(identity);
        Random random = new Random(SHUFFLE_SEED);
        for (int s = 0; s < shuffles; s++) {
            List<Integer> order = new ArrayList<>(identity);
            Collections.shuffle(order, random);
            out.add(order);
        }
        return out;
    }

    private static ThresholdPoint point(double threshold, List<ArticleSketch> sketches, List<List<Integer>> orders,
            TrackerConfig config, List<String> gold) {
        double first = run(sketches, orders.get(0), config, gold).score().f1();
        double sum = 0;
        for (List<Integer> order : orders.subList(1, orders.size())) {
            sum += run(sketches, order, config, gold).score().f1();
        }
        return new ThresholdPoint(threshold, first, orders.size() > 1 ? sum / (orders.size() - 1) : first);
    }

    /** One tracker over the sketches in {@code order}; scored against {@code gold}. */
    static Run run(List<ArticleSketch> sketches, List<Integer> order, TrackerConfig config, List<String> gold) {
        StoryTracker tracker = new StoryTracker(config, TrackerLimits.defaults());
        StoryId[] story = new StoryId[sketches.size()];
        for (int i : order) {
            story[i] = tracker.offer(sketches.get(i)).story();
        }
        List<StoryId> predicted = List.of(story);
        return new Run((int) predicted.stream().distinct().count(), BCubed.score(predicted, gold));
    }
}
