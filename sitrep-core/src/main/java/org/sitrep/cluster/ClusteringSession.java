package org.sitrep.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.text.Embedding;

/**
 * One run of the online clusterer, fed a day at a time: {@link #offerDay} offers one day's articles
 * to the {@link StoryTracker} and returns the stories that closed meanwhile, complete;
 * {@link #finish} offers the articles without a day and returns every story still open. The batch
 * clusterer ({@link OnlineClusterer#apply}) is this session fed every day of its input in turn, and a
 * stream job feeds it each day as the day's articles are all in, so both give the same stories for
 * the same days.
 *
 * <p>The order is the contract: days ascending, each day's articles by id ({@link #offerDay} sorts
 * them), then the articles without a day ({@link #dayOf} is null: no date, or one that is only a
 * week, a month or a year) in input order, placed on the latest day offered and reported as a warning.
 * The rule for those is one a stream can follow (it needs no other article) at the cost that they join
 * only stories still open at the end.
 *
 * <p>A story's final form: its id from all its article ids ({@link StoryId#of}), members in publication
 * order, and each copy mapped to its group's original, which among originals of the same day is the
 * one with fewest shingles (a copy adds a credit, a line, its own boilerplate, and rarely drops any).
 *
 * <p>State: the tracker (bounded by the active set), a few fields per article of an active story, and
 * the articles themselves in the caller's {@link HeldArticles}, released when their story closes.
 * {@link #snapshot} and {@link OnlineClusterer#restoreSession} carry the first two across a restart.
 * Not thread-safe; sketching a day's articles (each lead embedded alone, so that a stream job may embed
 * them in its parallel stage and get the same vectors) runs on the common fork-join pool. A stream job
 * may also hand in whole sketches made elsewhere ({@link #offerSketchedDay}); the session then reads of
 * such an article only its id, published dates and origin.
 */
public final class ClusteringSession {

    private static final int FORMAT = 1;
    private static final long NO_DATE = Long.MIN_VALUE;

    private final ArticleSketcher sketcher;
    private final StoryTracker tracker;
    private final HeldArticles held;
    /** Active stories by the tracker's id, each with its members in the order offered. */
    private final LinkedHashMap<StoryId, List<Member>> active;
    private boolean finished;

    /** What assembling a story needs of one article besides the article itself. */
    private record Member(ArticleId id, LocalDate earliest, LocalDate latest, int shingles, ArticleId copyOf) {
    }

    ClusteringSession(ArticleSketcher sketcher, StoryTracker tracker, HeldArticles held) {
        this(sketcher, tracker, held, new LinkedHashMap<>(), false);
    }

    private ClusteringSession(ArticleSketcher sketcher, StoryTracker tracker, HeldArticles held, LinkedHashMap<StoryId, List<Member>> active, boolean finished) {
        this.sketcher = Objects.requireNonNull(sketcher, "sketcher");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.held = Objects.requireNonNull(held, "held");
        this.active = active;
        this.finished = finished;
    }

    /**
     * A collection as a session is fed it: the dated articles by day, ascending, and the articles
     * without a day in the collection's order.
     */
    public record Schedule(SortedMap<LocalDate, List<AnnotatedArticle>> days, List<AnnotatedArticle> undated) {

        /** The schedule of {@code articles}, taken in their order. */
        public static Schedule of(List<AnnotatedArticle> articles) {
            TreeMap<LocalDate, List<AnnotatedArticle>> days = new TreeMap<>();
            List<AnnotatedArticle> undated = new ArrayList<>();
            for (AnnotatedArticle a : articles) {
                LocalDate day = dayOf(a);
                if (day == null) {
                    undated.add(a);
                } else {
                    days.computeIfAbsent(day, d -> new ArrayList<>()).add(a);
                }
            }
            return new Schedule(Collections.unmodifiableSortedMap(days), List.copyOf(undated));
        }
    }

    /**
     * The day an article is offered on: its published day, or null when it gives none or only a week,
     * a month or a year (it is then offered by {@link #finish}).
     */
    public static LocalDate dayOf(AnnotatedArticle article) {
        DateRange d = article.article().published();
        return d != null && d.first().equals(d.last()) ? d.first() : null;
    }

    /**
     * Offers articles sorted by id (one day's, normally; an article dated before the latest day offered
     * is placed on its own day among the stories still open) and returns the stories that closed,
     * complete and with their articles released from the store. An article whose id is already held is
     * reported and skipped.
     */
    public List<Story> offerDay(List<AnnotatedArticle> articles, ProblemSink problems) {
        return offerDay(articles, Map.of(), problems);
    }

    /**
     * {@link #offerDay(List, ProblemSink)} with lead embeddings made before the articles reached the
     * session ({@link ArticleSketcher#leadEmbedding} of this session's sketcher, e.g. in a stream job's
     * parallel stage), by article id; an article missing from {@code leads} is embedded here. The
     * stories are the same either way.
     */
    public List<Story> offerDay(List<AnnotatedArticle> articles, Map<ArticleId, Embedding> leads, ProblemSink problems) {
        return offer(byDayAndId(articles), withLeads(leads), problems);
    }

    /**
     * {@link #offerDay(List, ProblemSink)} with whole sketches made before the articles reached the
     * session ({@link ArticleSketcher#sketch(AnnotatedArticle)} of this session's sketcher, e.g. in a
     * stream job's parallel stage), by article id; an article missing from {@code sketches} is sketched
     * here. A sketch depends on its article only, so the stories are the same either way, and the
     * session's own work per article is then the tracker's.
     */
    public List<Story> offerSketchedDay(List<AnnotatedArticle> articles, Map<ArticleId, ArticleSketch> sketches,
            ProblemSink problems) {
        return offer(byDayAndId(articles), given(sketches), problems);
    }

    private static List<AnnotatedArticle> byDayAndId(List<AnnotatedArticle> articles) {
        List<AnnotatedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(ClusteringSession::dayOf, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnnotatedArticle::id));
        return sorted;
    }

    /**
     * Offers the articles without a day in the order given (the input's), then closes every story:
     * returns all stories not returned before. The session takes no articles after this.
     */
    public List<Story> finish(List<AnnotatedArticle> undated, ProblemSink problems) {
        return finish(undated, Map.of(), problems);
    }

    /** {@link #finish(List, ProblemSink)} with lead embeddings made elsewhere, as for {@link #offerDay(List, Map, ProblemSink)}. */
    public List<Story> finish(List<AnnotatedArticle> undated, Map<ArticleId, Embedding> leads, ProblemSink problems) {
        return finish(undated, withLeads(leads), problems);
    }

    /** {@link #finish(List, ProblemSink)} with sketches made elsewhere, as for {@link #offerSketchedDay}. */
    public List<Story> finishSketched(List<AnnotatedArticle> undated, Map<ArticleId, ArticleSketch> sketches,
            ProblemSink problems) {
        return finish(undated, given(sketches), problems);
    }

    private List<Story> finish(List<AnnotatedArticle> undated, Function<AnnotatedArticle, ArticleSketch> sketchOf,
            ProblemSink problems) {
        List<Story> out = offer(undated, sketchOf, problems);
        finished = true;
        for (StoryId id : List.copyOf(active.keySet())) {
            out.add(assemble(id));
        }
        return out;
    }

    /** True once {@link #finish} has run. */
    public boolean finished() {
        return finished;
    }

    /** The latest day offered, or null. */
    public LocalDate clock() {
        return tracker.clock();
    }

    /** Stories still open. */
    public int activeStories() {
        return active.size();
    }

    /** Articles held for the open stories. */
    public long heldArticles() {
        return active.values().stream().mapToLong(List::size).sum();
    }

    private List<Story> offer(List<AnnotatedArticle> articles, Function<AnnotatedArticle, ArticleSketch> sketchOf,
            ProblemSink problems) {
        if (finished) {
            throw new IllegalStateException("the session has finished: it takes no more articles");
        }
        List<AnnotatedArticle> fresh = new ArrayList<>(articles.size());
        Set<ArticleId> ids = new HashSet<>();
        for (AnnotatedArticle a : articles) {
            if (held.contains(a.id()) || !ids.add(a.id())) {
                problems.report(Problem.warning(a.article().origin().location(),
                        "same id as an article already being clustered (" + a.id() + "); read once"));
            } else {
                fresh.add(a);
            }
        }
        // sketches depend on their article only: made in parallel, then offered in order
        List<ArticleSketch> sketches = fresh.parallelStream().map(sketchOf).toList();
        List<Story> closed = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            AnnotatedArticle article = fresh.get(i);
            ArticleSketch s = sketches.get(i);
            Assignment a = tracker.offer(s);
            active.computeIfAbsent(a.story(), k -> new ArrayList<>())
                    .add(new Member(s.id, s.earliest, s.latest, s.shingles, a.copyOf()));
            held.put(article);
            report(article, a, problems);
            for (StoryId id : a.closed()) {
                closed.add(assemble(id));
            }
        }
        return closed;
    }

    /** An article's sketch with its lead from {@code leads}, embedded alone ({@link ArticleSketcher#leadEmbedding}) when not given. */
    private Function<AnnotatedArticle, ArticleSketch> withLeads(Map<ArticleId, Embedding> leads) {
        return a -> {
            Embedding lead = leads.get(a.id());
            return sketcher.sketch(a, lead != null ? lead : sketcher.leadEmbedding(a));
        };
    }

    /** An article's sketch from {@code sketches}, made here when not given. */
    private Function<AnnotatedArticle, ArticleSketch> given(Map<ArticleId, ArticleSketch> sketches) {
        return a -> {
            ArticleSketch s = sketches.get(a.id());
            return s != null ? s : sketcher.sketch(a);
        };
    }

    /** The closed story {@code trackerId} as handed out, its articles taken from the store. */
    private Story assemble(StoryId trackerId) {
        List<Member> group = active.remove(trackerId);
        if (group == null) {
            throw new IllegalStateException("no open story " + trackerId);
        }
        List<AnnotatedArticle> articles = new ArrayList<>(group.size());
        for (Member m : group) {
            AnnotatedArticle a = held.remove(m.id());
            if (a == null) {
                throw new IllegalStateException("article " + m.id() + " of story " + trackerId + " is not held");
            }
            articles.add(a);
        }
        articles.sort(SimilarityClusterer.publicationOrder());
        return new Story(StoryId.of(articles.stream().map(AnnotatedArticle::id).toList()), articles,
                sameDayOriginals(group));
    }

    /**
     * The story's copy map with each group's original moved, among the articles of the original's day,
     * to the one with fewest shingles (ties: the earlier offered).
     */
    private static Map<ArticleId, ArticleId> sameDayOriginals(List<Member> group) {
        Map<ArticleId, Member> byId = new HashMap<>();
        Map<ArticleId, List<ArticleId>> byOriginal = new LinkedHashMap<>();
        for (Member m : group) {
            byId.put(m.id(), m);
            if (m.copyOf() != null) {
                byOriginal.computeIfAbsent(m.copyOf(), k -> new ArrayList<>(List.of(k))).add(m.id());
            }
        }
        Map<ArticleId, ArticleId> out = new HashMap<>();
        for (Map.Entry<ArticleId, List<ArticleId>> e : byOriginal.entrySet()) {
            Member original = byId.get(e.getKey());
            Member best = original;
            for (ArticleId id : e.getValue()) {
                Member m = byId.get(id);
                if (Objects.equals(m.earliest(), original.earliest()) && Objects.equals(m.latest(), original.latest())
                        && m.shingles() < best.shingles()) {
                    best = m;
                }
            }
            for (ArticleId id : e.getValue()) {
                if (!id.equals(best.id())) {
                    out.put(id, best.id());
                }
            }
        }
        return out;
    }

    private static void report(AnnotatedArticle article, Assignment a, ProblemSink problems) {
        String where = article.article().origin().location();
        String placed = a.placedOn() == null ? "without a date (no article offered before it has one)"
                : "after the dated articles, as of " + a.placedOn();
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

    /**
     * The session's state apart from the held articles: the tracker's snapshot and, per open story,
     * what assembling it needs of each member. Bounded by the active set. Starts with a format version.
     */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeBoolean(finished);
            byte[] trackerBytes = tracker.snapshot().toBytes();
            out.writeInt(trackerBytes.length);
            out.write(trackerBytes);
            out.writeInt(active.size());
            for (Map.Entry<StoryId, List<Member>> e : active.entrySet()) {
                out.writeUTF(e.getKey().value());
                out.writeInt(e.getValue().size());
                for (Member m : e.getValue()) {
                    out.writeUTF(m.id().value());
                    out.writeLong(m.earliest() == null ? NO_DATE : m.earliest().toEpochDay());
                    out.writeLong(m.latest() == null ? NO_DATE : m.latest().toEpochDay());
                    out.writeInt(m.shingles());
                    out.writeUTF(m.copyOf() == null ? "" : m.copyOf().value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** A session continuing from {@link #snapshot} bytes, its articles in {@code held}. */
    static ClusteringSession restore(ArticleSketcher sketcher, TrackerConfig config,
            TrackerLimits limits, byte[] snapshot, HeldArticles held) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("session snapshot format " + format + ", this version reads " + FORMAT);
            }
            boolean finished = in.readBoolean();
            byte[] trackerBytes = new byte[in.readInt()];
            in.readFully(trackerBytes);
            StoryTracker tracker = StoryTracker.restore(config, limits, TrackerState.fromBytes(trackerBytes));
            LinkedHashMap<StoryId, List<Member>> active = new LinkedHashMap<>();
            int stories = in.readInt();
            for (int s = 0; s < stories; s++) {
                StoryId id = new StoryId(in.readUTF());
                int n = in.readInt();
                List<Member> members = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ArticleId article = new ArticleId(in.readUTF());
                    LocalDate earliest = date(in.readLong());
                    LocalDate latest = date(in.readLong());
                    int shingles = in.readInt();
                    String copyOf = in.readUTF();
                    members.add(new Member(article, earliest, latest, shingles,
                            copyOf.isEmpty() ? null : new ArticleId(copyOf)));
                }
                active.put(id, members);
            }
            return new ClusteringSession(sketcher, tracker, held, active, finished);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a clustering session snapshot: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(long epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
