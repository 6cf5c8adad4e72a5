package org.sitrep.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ClusteringSession;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * What the clustering operator does with the online clusterer, apart from Flink's timers: articles
 * wait in keyed state by published day until the watermark passes the day, then the day is offered to
 * a {@link ClusteringSession}, which hands out each story when the story closes and releases its
 * articles; articles without a day wait for the end of the input, as the batch clusterer offers them
 * last. On an input without end ({@code undatedWithNextDay}) they wait instead for the next day the
 * watermark passes and are offered with that day's articles (after them, as the session orders an
 * undated article), a rule of the stream's own: {@code sitrep report} offers them after every dated
 * article, so their stories may differ. So the state holds the days the watermark has not passed and
 * the articles of open stories, not the input.
 *
 * <p>Same stories as {@code sitrep report} when no article arrives after the watermark passed its day.
 * One that does (late: further out of order than the watermark allows) is offered on arrival among the
 * stories still open, and reported, since its story may differ from the batch run's. Repeated articles
 * (same id) are read once, keeping the first in the order {@code sitrep report} reads inputs while both
 * are waiting; a repeat of an article already offered is dropped, one of an article whose story has
 * closed is clustered again (and, unless it is as late as that story, it is reported as late).
 *
 * <p>Used from one operator instance, whose key Flink has set: not thread-safe.
 */
final class DailyClustering {

    private static final char KEY_SEPARATOR = '/';
    /** Starts the sketch key of an article without a day; a waiting day's keys start with the day's number. */
    private static final String UNDATED_SKETCH = "undated/";

    private final ClusteringSession session;
    private final InputRoots roots;
    /** Articles waiting for their day to pass, under "epoch day/article id". */
    private final EncodedArticles pending;
    /** Articles without a day, by id, waiting for the end of the input. */
    private final EncodedArticles undated;
    /** The session's articles of open stories, by id. */
    private final EncodedArticles held;
    /** The session's store over {@link #held}, which moves the articles' bytes along without encoding them again. */
    private final HeldInState store;
    /** The sketches of the waiting articles, under their article's key (undated: {@link #UNDATED_SKETCH} + id). */
    private final WaitingSketches sketches;
    /** True to offer the undated articles with the next day passed rather than at the end of the input. */
    private final boolean undatedWithNextDay;
    private boolean changed;

    /**
     * @param snapshot the session's state from a checkpoint ({@link #snapshot}), or null to start afresh
     */
    DailyClustering(OnlineClusterer clusterer, byte[] snapshot, InputRoots roots,
            EncodedArticles pending, EncodedArticles undated,
            EncodedArticles held, WaitingSketches sketches) {
        this(clusterer, snapshot, roots, pending, undated, held, sketches, false);
    }

    /**
     * @param undatedWithNextDay true for an input without end: articles without a day are offered with
     *     the next day the watermark passes after they arrive, not at the end of the input
     */
    DailyClustering(OnlineClusterer clusterer, byte[] snapshot, InputRoots roots,
            EncodedArticles pending, EncodedArticles undated,
            EncodedArticles held, WaitingSketches sketches, boolean undatedWithNextDay) {
        this.undatedWithNextDay = undatedWithNextDay;
        this.store = new HeldInState(held);
        this.session = snapshot == null ? clusterer.openSession(store) : clusterer.restoreSession(snapshot, store);
        this.roots = roots;
        this.pending = pending;
        this.undated = undated;
        this.held = held;
        this.sketches = sketches;
    }

    /**
     * Takes one article. Returns the day it waits for, whose end the caller sets a timer at, or null
     * when it waits for the end of the input (or, followed, for a dated article's day), was offered at
     * once (late) or was a repeat.
     */
    LocalDate accept(EncodedArticle article, long watermark, Consumer<EncodedStory> out, ProblemSink problems)
            throws Exception {
        LocalDate day = article.day();
        if (day == null) {
            keepFirst(undated, article.id(), UNDATED_SKETCH + article.id(), article, problems);
            // followed: offered with the next day the watermark passes, which a timer at its end makes sure of
            // even when no dated article waits for it (before the first watermark, a dated article's day does)
            return undatedWithNextDay && watermark != Long.MIN_VALUE ? PublishedDays.dayOf(watermark + 1) : null;
        }
        AnnotatedArticle offered = held.get(article.id());
        if (offered != null) {
            problems.report(repeat(article.decode(), offered));
            return null;
        }
        if (PublishedDays.passed(day, watermark)) {
            AnnotatedArticle late = article.decode();
            store.arriving(late, article.bytes());
            problems.report(Problem.warning(late.article().origin().location(), "published " + day
                    + ", a day the stream had passed when it arrived (watermark at "
                    + PublishedDays.dayOf(watermark) + "); clustered on arrival, so its story may differ from "
                    + "sitrep report's (allow more days out of order to avoid this)"));
            ArticleSketch sketch = article.decodeSketch();
            offer(List.of(late), sketch == null ? Map.of() : Map.of(late.id(), sketch), out, problems);
            return null;
        }
        String key = day.toEpochDay() + String.valueOf(KEY_SEPARATOR) + article.id();
        keepFirst(pending, key, key, article, problems);
        return day;
    }

    /** Offers, in order, every waiting day the watermark has passed. */
    void advance(long watermark, Consumer<EncodedStory> out, ProblemSink problems) throws Exception {
        TreeMap<Long, List<String>> due = new TreeMap<>();
        for (String key : pending.keys()) {
            long day = Long.parseLong(key.substring(0, key.indexOf(KEY_SEPARATOR)));
            if (PublishedDays.passed(LocalDate.ofEpochDay(day), watermark)) {
                due.computeIfAbsent(day, d -> new ArrayList<>()).add(key);
            }
        }
        Long lastDue = due.isEmpty() ? null : due.lastKey();
        for (Map.Entry<Long, List<String>> dueDay : due.entrySet()) {
            List<String> keys = dueDay.getValue();
            List<AnnotatedArticle> articles = new ArrayList<>(keys.size());
            Map<ArticleId, ArticleSketch> daySketches = new HashMap<>();
            for (String key : keys) {
                articles.add(takeOut(pending.removeEncoded(key), key, daySketches));
            }
            if (undatedWithNextDay && dueDay.getKey().equals(lastDue)) {
                takeUndated(articles, daySketches);
            }
            offer(articles, daySketches, out, problems);
        }
        if (undatedWithNextDay && lastDue == null && undated.count() > 0) {
            List<AnnotatedArticle> articles = new ArrayList<>();
            Map<ArticleId, ArticleSketch> undatedSketches = new HashMap<>();
            takeUndated(articles, undatedSketches);
            offer(articles, undatedSketches, out, problems);
        }
    }

    /** Moves every waiting undated article out of state into {@code articles}, its sketch into {@code into}. */
    private void takeUndated(List<AnnotatedArticle> articles, Map<ArticleId, ArticleSketch> into) throws Exception {
        for (String id : undated.keys()) {
            articles.add(takeOut(undated.getEncoded(id), UNDATED_SKETCH + id, into));
        }
        undated.clear();
    }

    /**
     * End of input: every waiting day, then the articles without a day in input order; every story
     * left. Only the first call does anything. Stories that close while the waiting days are offered go
     * out at once, so that analysis works on them while the rest is clustered; the stories still open
     * at the end go out costliest first (see {@link LeastLoadedPartitioner}).
     */
    void finish(Consumer<EncodedStory> out, ProblemSink problems) throws Exception {
        if (session.finished()) {
            return;
        }
        advance(Long.MAX_VALUE, out, problems);
        List<AnnotatedArticle> rest = new ArrayList<>();
        Map<ArticleId, ArticleSketch> restSketches = new HashMap<>();
        takeUndated(rest, restSketches);
        rest.sort(Comparator.comparing((AnnotatedArticle a) -> roots.orderKey(a.article().origin())));
        List<Story> closed = session.finishSketched(rest, restSketches, problems);
        store.offered();
        send(Work.costliestFirst(closed), out);
        changed = true;
    }

    /** Stories still open (for tests and metrics). */
    int openStories() {
        return session.activeStories();
    }

    /** The session's state when it changed since the last call, else null (the last one still holds). */
    byte[] snapshotIfChanged() {
        if (!changed) {
            return null;
        }
        changed = false;
        return session.snapshot();
    }

    private void offer(List<AnnotatedArticle> articles, Map<ArticleId, ArticleSketch> articleSketches,
            Consumer<EncodedStory> out, ProblemSink problems) {
        List<Story> closed = session.offerSketchedDay(articles, articleSketches, problems);
        store.offered();
        send(closed, out);
        changed = true;
    }

    /** The stories, each encoded from the bytes its articles rested as in state. */
    private void send(List<Story> stories, Consumer<EncodedStory> out) {
        for (Story s : stories) {
            out.accept(EncodedStory.of(s, store::encoded));
        }
        store.storiesSent();
    }

    /**
     * The waiting article of {@code bytes}, ready to offer: its sketch (kept under {@code sketchKey}),
     * if it has one, taken out of state into {@code into}, and the session's store told of its bytes.
     * An article sketched in the parallel stage is decoded without its annotation layers, since the
     * session then reads of it only its id, dates and origin, and its story leaves in the bytes it
     * arrived as (most of the clustering instance's decoding, which all falls in the tail with the
     * default watermark bound); one without a sketch is decoded whole for the session to sketch.
     */
    private AnnotatedArticle takeOut(byte[] bytes, String sketchKey, Map<ArticleId, ArticleSketch> into)
            throws Exception {
        ArticleSketch sketch = sketches.remove(sketchKey);
        AnnotatedArticle a = sketch == null ? RecordCodec.annotated(bytes) : RecordCodec.withoutLayers(bytes);
        if (sketch != null) {
            into.put(a.id(), sketch);
        }
        store.arriving(a, bytes);
        return a;
    }

    /** Keeps, of two waiting articles with one key, the first in input order, as the facade does. */
    private void keepFirst(EncodedArticles waiting, String key, String sketchKey, EncodedArticle article,
            ProblemSink problems) throws Exception {
        if (!waiting.contains(key)) {
            // the common case: kept as it came, decoded only when its day is offered
            waiting.put(key, article.bytes());
            sketches.put(sketchKey, article);
            return;
        }
        AnnotatedArticle earlier = waiting.get(key);
        AnnotatedArticle decoded = article.decode();
        if (roots.orderKey(decoded.article().origin()).compareTo(roots.orderKey(earlier.article().origin())) < 0) {
            waiting.put(key, article.bytes());
            sketches.put(sketchKey, article);
            problems.report(repeat(earlier, decoded));
        } else {
            problems.report(repeat(decoded, earlier));
        }
    }

    private static Problem repeat(AnnotatedArticle repeated, AnnotatedArticle kept) {
        return Problem.readOnce(repeated.article().origin().location(), kept.article().origin().location());
    }

    /** For tests: how many articles wait and are held, by kind. */
    Map<String, Long> stateSizes() throws Exception {
        return Map.of("pending", pending.count(), "undated", undated.count(), "held", held.count());
    }
}
