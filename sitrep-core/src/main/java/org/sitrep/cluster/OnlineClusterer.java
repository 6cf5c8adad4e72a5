package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.text.Embedding;

/**
 * The clustering stage of a batch run, done as a stream: sketches every article (in parallel, the
 * lead embeddings in one batch), then offers them to a fresh {@link StoryTracker} in publication order
 * and builds the stories from its assignments. A batch and a stream of the same articles in
 * publication order give the same stories.
 *
 * <p>Order: dated articles by day, then id, so the result does not depend on file order beyond
 * ties. An article without a day is placed by input order (see {@link #streamOrder}) and reported as
 * a warning, as is an article with nothing to compare.
 *
 * <p>Within a story, a copy's original is the earliest article of its group; among originals of the
 * same day, the one with fewest shingles (a copy adds a credit, a line, its own boilerplate, and rarely
 * drops any), as the batch near-duplicate finder decides.
 *
 * <p>Thread-safe: each call uses its own tracker. Cost: the embeddings, then a bounded amount of work
 * per article (see {@link StoryTracker}).
 */
public final class OnlineClusterer implements StoryClusterer {

    private final TrackerConfig trackerConfig;
    private final TrackerLimits limits;
    private final ArticleSketcher sketcher;
    private final SentenceEmbedder embedder;

    /** A clusterer embedding leads with {@code embedder}, or lexical only when it is null. */
    public OnlineClusterer(TrackerConfig trackerConfig, TrackerLimits limits, SketchConfig sketchConfig,
            SentenceEmbedder embedder) {
        this.trackerConfig = Objects.requireNonNull(trackerConfig, "trackerConfig");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.embedder = embedder;
        this.sketcher = new ArticleSketcher(sketchConfig, null);
    }

    /** Default settings, embedding leads with {@code embedder} (null: terms and names only). */
    public static OnlineClusterer withDefaults(SentenceEmbedder embedder) {
        return new OnlineClusterer(TrackerConfig.defaults(), TrackerLimits.defaults(), SketchConfig.defaults(),
                embedder);
    }

    public TrackerConfig trackerConfig() {
        return trackerConfig;
    }

    /** The sketcher this clusterer uses, with its embedder: the one a stream should use to match it. */
    public ArticleSketcher sketcher() {
        return new ArticleSketcher(sketcher.config(), embedder);
    }

    @Override
    public List<Story> apply(List<AnnotatedArticle> articles) {
        return apply(articles, ProblemSink.IGNORE);
    }

    @Override
    public List<Story> apply(List<AnnotatedArticle> articles, ProblemSink problems) {
        List<ArticleSketch> sketches = sketch(articles);
        StoryTracker tracker = new StoryTracker(trackerConfig, limits);
        Map<StoryId, List<Integer>> members = new LinkedHashMap<>();
        Map<ArticleId, ArticleId> copyOf = new HashMap<>();
        for (int i : streamOrder(articles)) {
            Assignment a = tracker.offer(sketches.get(i));
            members.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(i);
            if (a.copyOf() != null) {
                copyOf.put(a.article(), a.copyOf());
            }
            report(articles.get(i), a, problems);
        }
        Map<ArticleId, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            indexOf.put(articles.get(i).id(), i);
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            List<AnnotatedArticle> list = new ArrayList<>(group.stream().map(articles::get).toList());
            list.sort(SimilarityClusterer.publicationOrder());
            Map<ArticleId, ArticleId> copies = sameDayOriginals(group, copyOf, sketches, indexOf);
            stories.add(new Story(StoryId.of(list.stream().map(AnnotatedArticle::id).toList()), list, copies));
        }
        stories.sort(Comparator.comparing(OnlineClusterer::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> -s.articles().size())
                .thenComparing(Story::id));
        return stories;
    }

    private List<ArticleSketch> sketch(List<AnnotatedArticle> articles) {
        List<Embedding> leads = new ArrayList<>();
        if (embedder != null) {
            List<String> texts = articles.parallelStream().map(sketcher::leadText).toList();
            leads = embedder.embedAll(texts);
        }
        List<Embedding> embedded = leads;
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> sketcher.sketch(articles.get(i), embedded.isEmpty() ? null : embedded.get(i)))
                .toList();
    }

    /**
     * Indexes of {@code articles} in the order they are offered. An article dated to the day is
     * offered on that day; an undated article on its reference day, the latest day of the dated
     * articles before it in the input (or, when none, of the next dated one after it); an article
     * dated only to a range on its reference day moved into that range. Within a day, dated articles
     * come first, by id, then the others in input order.
     */
    static List<Integer> streamOrder(List<AnnotatedArticle> articles) {
        int n = articles.size();
        LocalDate[] exact = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            DateRange d = articles.get(i).article().published();
            exact[i] = d != null && d.first().equals(d.last()) ? d.first() : null;
        }
        LocalDate[] reference = new LocalDate[n];
        LocalDate latest = null;
        for (int i = 0; i < n; i++) {
            reference[i] = latest;
            if (exact[i] != null && (latest == null || exact[i].isAfter(latest))) {
                latest = exact[i];
            }
        }
        LocalDate next = null;
        for (int i = n - 1; i >= 0; i--) {
            if (reference[i] == null) {
                reference[i] = next;
            }
            if (exact[i] != null) {
                next = exact[i];
            }
        }
        LocalDate[] day = new LocalDate[n];
        int[] kind = new int[n];
        for (int i = 0; i < n; i++) {
            DateRange d = articles.get(i).article().published();
            if (exact[i] != null) {
                day[i] = exact[i];
            } else if (d != null) {
                kind[i] = 1;
                LocalDate r = reference[i] == null ? d.first() : reference[i];
                day[i] = r.isBefore(d.first()) ? d.first() : r.isAfter(d.last()) ? d.last() : r;
            } else {
                kind[i] = 2;
                day[i] = reference[i];
            }
        }
        Comparator<Integer> order = Comparator.comparing((Integer i) -> day[i],
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(i -> kind[i])
                .thenComparing((a, b) -> kind[a] == 0 ? articles.get(a).id().compareTo(articles.get(b).id())
                        : Integer.compare(a, b));
        return IntStream.range(0, n).boxed().sorted(order).toList();
    }

    /**
     * The story's copy map with each group's original moved, among the articles of the original's day,
     * to the one with fewest shingles (ties: the earlier offered).
     */
    private static Map<ArticleId, ArticleId> sameDayOriginals(List<Integer> group, Map<ArticleId, ArticleId> copyOf,
            List<ArticleSketch> sketches, Map<ArticleId, Integer> indexOf) {
        Map<ArticleId, List<ArticleId>> byOriginal = new LinkedHashMap<>();
        for (int i : group) {
            ArticleId id = sketches.get(i).id();
            ArticleId original = copyOf.get(id);
            if (original != null) {
                byOriginal.computeIfAbsent(original, k -> new ArrayList<>(List.of(k))).add(id);
            }
        }
        Map<ArticleId, ArticleId> out = new HashMap<>();
        for (Map.Entry<ArticleId, List<ArticleId>> e : byOriginal.entrySet()) {
            ArticleSketch original = sketches.get(indexOf.get(e.getKey()));
            ArticleSketch best = original;
            for (ArticleId id : e.getValue()) {
                ArticleSketch s = sketches.get(indexOf.get(id));
                if (Objects.equals(s.earliest, original.earliest) && Objects.equals(s.latest, original.latest)
                        && s.shingles < best.shingles) {
                    best = s;
                }
            }
            for (ArticleId id : e.getValue()) {
                if (!id.equals(best.id)) {
                    out.put(id, best.id);
                }
            }
        }
        return out;
    }

    private static void report(AnnotatedArticle article, Assignment a, ProblemSink problems) {
        String where = article.article().origin().location();
        String placed = a.placedOn() == null ? "without a date (no article before it in the input has one)"
                : "as of " + a.placedOn() + ", by its place in the input";
        if (a.notes().contains(Assignment.Note.UNDATED)) {
            problems.report(Problem.warning(where, "no published date; clustered " + placed));
        }
        if (a.notes().contains(Assignment.Note.COARSE_DATE)) {
            problems.report(Problem.warning(where, "published date " + article.article().published().iso()
                    + " is not a day; clustered " + placed));
        }
        if (a.notes().contains(Assignment.Note.EMPTY)) {
            problems.report(Problem.warning(where, "nothing to compare for clustering (no words); kept as a story of its own"));
        }
    }

    private static DateRange firstDate(Story s) {
        return s.articles().stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
