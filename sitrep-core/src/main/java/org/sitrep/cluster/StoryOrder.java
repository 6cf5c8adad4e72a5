package org.sitrep.cluster;

import java.util.Comparator;
import java.util.Objects;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;

/**
 * Where a story stands in a report: stories are listed by the earliest published date of their
 * articles (stories with no dated article last), the larger story first on the same date, then by id.
 * The clusterers hand out their stories in this order, and a caller that gathers stories arriving in
 * any order (a Flink job) sorts them by it to list them as {@code sitrep report} does.
 *
 * @param firstPublished the earliest published date among the story's articles, or null
 * @param articles how many articles the story has
 * @param id the story's id, which breaks every tie
 */
public record StoryOrder(DateRange firstPublished, int articles, StoryId id) implements Comparable<StoryOrder> {

    private static final Comparator<StoryOrder> REPORT_ORDER = Comparator
            .comparing(StoryOrder::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(o -> -o.articles)
            .thenComparing(StoryOrder::id);

    public StoryOrder {
        Objects.requireNonNull(id, "id");
        if (articles < 1) {
            throw new IllegalArgumentException("a story has at least one article: " + articles);
        }
    }

    /** The position of {@code story}. */
    public static StoryOrder of(Story story) {
        DateRange first = story.articles().stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new StoryOrder(first, story.articles().size(), story.id());
    }

    @Override
    public int compareTo(StoryOrder o) {
        return REPORT_ORDER.compare(this, o);
    }
}
