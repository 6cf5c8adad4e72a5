package org.sitrep.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ClusteringSession;
import org.sitrep.cluster.HeldArticles;
import org.sitrep.cluster.OnlineClusterer;
import org.sitrep.flink.RecordCodec;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.ProblemSink;

/**
 * What the Flink job's clustering operator holds when it streams, replayed outside Flink: the articles
 * are offered to a {@link ClusteringSession} a day at a time, as the operator offers them once the
 * watermark passes each day, and after every day the state is measured: the encoded articles of the
 * open stories ({@link RecordCodec}, as the keyed state holds them), the open stories, and the
 * session's snapshot (tracker and bookkeeping, the operator state). Articles without a day wait for
 * the end of the input, so they are counted apart.
 */
record StreamingState(int days, int peakOpenStories, long peakHeldBytes, long peakSnapshotBytes,
        double meanBytesPerOpenStory, int undated, long undatedBytes) {

    static StreamingState replay(OnlineClusterer clusterer, List<AnnotatedArticle> articles) {
        ClusteringSession.Schedule schedule = ClusteringSession.Schedule.of(articles);
        List<AnnotatedArticle> undated = schedule.undated();
        Counting held = new Counting();
        ClusteringSession session = clusterer.openSession(held);
        int peakOpen = 0;
        long peakHeld = 0;
        long peakSnapshot = 0;
        double perStorySum = 0;
        int samples = 0;
        for (List<AnnotatedArticle> day : schedule.days().values()) {
            session.offerDay(day, ProblemSink.IGNORE);
            int open = session.activeStories();
            peakOpen = Math.max(peakOpen, open);
            peakHeld = Math.max(peakHeld, held.bytes);
            peakSnapshot = Math.max(peakSnapshot, session.snapshot().length);
            if (open > 0) {
                perStorySum += (double) held.bytes / open;
                samples++;
            }
        }
        session.finish(undated, ProblemSink.IGNORE);
        long undatedBytes = undated.stream().mapToLong(a -> RecordCodec.annotated(a).length).sum();
        return new StreamingState(schedule.days().size(), peakOpen, peakHeld, peakSnapshot,
                samples == 0 ? 0 : perStorySum / samples, undated.size(), undatedBytes);
    }

    String line() {
        return String.format(Locale.ROOT, "streaming clustering state over %d days: at most %d open stories, "
                + "%.1f KB of their articles (%.1f KB per open story on average over the days), session snapshot "
                + "at most %.1f KB; %d articles without a day wait for the end (%.1f KB)%n", days, peakOpenStories,
                peakHeldBytes / 1024.0, meanBytesPerOpenStory / 1024.0, peakSnapshotBytes / 1024.0, undated,
                undatedBytes / 1024.0);
    }

    /** Held articles in memory, counting their encoded size. */
    private static final class Counting implements HeldArticles {
        private final Map<ArticleId, AnnotatedArticle> map = new HashMap<>();
        private final Map<ArticleId, Integer> sizes = new HashMap<>();
        long bytes;

        @Override
        public void put(AnnotatedArticle article) {
            int size = RecordCodec.annotated(article).length;
            map.put(article.id(), article);
            sizes.put(article.id(), size);
            bytes += size;
        }

        @Override
        public AnnotatedArticle remove(ArticleId id) {
            Integer size = sizes.remove(id);
            if (size != null) {
                bytes -= size;
            }
            return map.remove(id);
        }

        @Override
        public boolean contains(ArticleId id) {
            return map.containsKey(id);
        }
    }
}
