package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.text.Embedding;

/**
 * The clustering stage of a batch run, done as a stream: a fresh {@link ClusteringSession} is fed the
 * input's days in turn, then the articles without a day, and the stories it hands out are sorted by
 * first date. A stream job that opens a session ({@link #openSession}) and feeds it each day once the
 * day is complete gets the same stories.
 *
 * <p>Order: dated articles by day, then id, so the result does not depend on file order beyond
 * ties; then the articles without a day (no date, or only a week, a month or a year) in input order,
 * each reported as a warning, as is an article with nothing to compare. The lead embeddings of the
 * whole input are computed first, each lead alone ({@link ArticleSketcher#leadEmbedding}), in parallel
 * on the common fork-join pool ({@link LeadEmbeddings}); each day's articles are then sketched in
 * parallel.
 *
 * <p>Within a story, a copy's original is the earliest article of its group; among originals of the
 * same day, the one with fewest shingles (see {@link ClusteringSession}).
 *
 * <p>Thread-safe: each call uses its own session. Cost: the embeddings, then a bounded amount of work
 * per article (see {@link StoryTracker}).
 */
public final class OnlineClusterer implements StoryClusterer {

    private final TrackerConfig trackerConfig;
    private final TrackerLimits limits;
    private final ArticleSketcher sketcher;

    /** A clusterer embedding leads with {@code embedder}, or lexical only when it is null. */
    public OnlineClusterer(TrackerConfig trackerConfig, TrackerLimits limits, SketchConfig sketchConfig,
            SentenceEmbedder embedder) {
        this.trackerConfig = Objects.requireNonNull(trackerConfig, "trackerConfig");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sketcher = new ArticleSketcher(sketchConfig, embedder);
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
        return sketcher;
    }

    @Override
    public List<Story> apply(List<AnnotatedArticle> articles) {
        return apply(articles, ProblemSink.IGNORE);
    }

    @Override
    public List<Story> apply(List<AnnotatedArticle> articles, ProblemSink problems) {
        // the whole batch's leads embedded at once over the pool: a day at a time would use one core
        Map<ArticleId, Embedding> leads = LeadEmbeddings.of(sketcher, articles);
        ClusteringSession session = new ClusteringSession(sketcher, new StoryTracker(trackerConfig, limits),
                HeldArticles.inMemory());
        ClusteringSession.Schedule schedule = ClusteringSession.Schedule.of(articles);
        List<Story> stories = new ArrayList<>();
        for (List<AnnotatedArticle> day : schedule.days().values()) {
            stories.addAll(session.offerDay(day, leads, problems));
        }
        stories.addAll(session.finish(schedule.undated(), leads, problems));
        stories.sort(Comparator.comparing(StoryOrder::of));
        return stories;
    }

    /** A session of this clusterer that keeps the articles of open stories in {@code held}. */
    public ClusteringSession openSession(HeldArticles held) {
        return new ClusteringSession(sketcher, new StoryTracker(trackerConfig, limits), held);
    }

    /**
     * A session continuing from {@link ClusteringSession#snapshot} bytes taken of a session of a
     * clusterer with these settings, the articles of its open stories in {@code held}.
     */
    public ClusteringSession restoreSession(byte[] snapshot, HeldArticles held) {
        return ClusteringSession.restore(sketcher, trackerConfig, limits, snapshot, held);
    }
}
