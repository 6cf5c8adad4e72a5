package org.sitrep.flink;

import java.time.Duration;
import java.time.LocalDate;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ClusteringSession;

/**
 * The job's event time: an article's timestamp is the start (UTC) of the day it is clustered on
 * ({@link ClusteringSession#dayOf}), and a day is complete when the watermark reaches its last
 * millisecond. Articles without a day get {@link Long#MIN_VALUE}, which moves no watermark: they wait
 * for the end of the input.
 */
final class PublishedDays {

    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private PublishedDays() {
    }

    /**
     * Bounded out-of-orderness over the published day: the watermark trails the latest day seen by
     * {@code bound}, so an article may arrive that much behind articles published after it and still be
     * clustered in its day.
     */
    static WatermarkStrategy<AnnotatedArticle> watermarks(Duration bound) {
        return WatermarkStrategy.<AnnotatedArticle>forBoundedOutOfOrderness(bound)
                .withTimestampAssigner((SerializableTimestampAssigner<AnnotatedArticle>) (a, previous) -> timestamp(a));
    }

    /** The article's event time: the start of its day, or {@link Long#MIN_VALUE} without one. */
    static long timestamp(AnnotatedArticle a) {
        LocalDate day = ClusteringSession.dayOf(a);
        return day == null ? Long.MIN_VALUE : start(day);
    }

    static long start(LocalDate day) {
        return day.toEpochDay() * DAY_MS;
    }

    /** The last millisecond of {@code day}: once the watermark is there, the day is complete. */
    static long end(LocalDate day) {
        return start(day) + DAY_MS - 1;
    }

    /** True when the watermark has passed the whole of {@code day}. */
    static boolean passed(LocalDate day, long watermark) {
        return end(day) <= watermark;
    }

    /** The day the watermark is in (for messages). */
    static LocalDate dayOf(long watermark) {
        return LocalDate.ofEpochDay(Math.floorDiv(watermark, DAY_MS));
    }
}
