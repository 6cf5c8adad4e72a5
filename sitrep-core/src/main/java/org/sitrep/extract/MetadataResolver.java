package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * Chooses one value per metadata field from the signals found for it: the strongest
 * {@link SignalRank}, and among equally strong signals the first found. Rules weigh dates against
 * each other: a date banner above the headline that is later than the page's "Updated" date is the
 * day the page was rendered, not published, and is dropped; a publication or update date after the
 * day the page was captured (a WARC record's date) cannot be right and is dropped; a coarse
 * publication date (a month, a year) gives way to a weaker signal naming a day inside it; an updated
 * date earlier than the publication date is dropped as inconsistent. A dateline's month and day
 * without a year takes its year from a coarse publication date, or else is the last such day up to
 * the capture date. Every chosen value comes with its evidence. Stateless and thread-safe.
 */
final class MetadataResolver {

    /** The chosen values (any may be null) and the evidence for each. */
    record Resolved(String title, DateRange published, DateRange updated, String author, String publisher,
            String language, List<MetadataEvidence> evidence) {

        Resolved {
            evidence = List.copyOf(evidence);
        }
    }

    private static final int NOON = 12;

    private MetadataResolver() {
    }

    static Resolved resolve(List<MetadataSignal> signals) {
        List<MetadataEvidence> evidence = new ArrayList<>();
        Optional<MetadataSignal> title = shownHeadline(best(signals, MetadataSignal.TITLE), signals);
        Optional<MetadataSignal> captured = best(signals, MetadataSignal.CAPTURED);
        List<MetadataSignal> possible = signals.stream().filter(s -> !afterCapture(s, captured)).toList();
        Optional<MetadataSignal> statedUpdate = best(possible, MetadataSignal.UPDATED);
        List<MetadataSignal> publishedCandidates = possible.stream()
                .filter(s -> s.field().equals(MetadataSignal.PUBLISHED))
                .filter(s -> !(s.rank() == SignalRank.TEXT_BANNER && statedUpdate.isPresent()
                        && s.date().first().isAfter(statedUpdate.get().date().last())))
                .toList();
        Optional<MetadataSignal> updated = statedUpdate;
        List<MetadataSignal> monthDays = signals.stream()
                .filter(s -> s.field().equals(MetadataSignal.PUBLISHED_MONTH_DAY)).toList();
        Optional<MetadataSignal> published = refined(best(publishedCandidates, MetadataSignal.PUBLISHED),
                publishedCandidates, monthDays);
        if (published.isEmpty() && captured.isPresent()) {
            published = lastBefore(monthDays, captured.get());
        }
        published = localDay(published, publishedCandidates);
        if (updated.isPresent() && published.isPresent()
                && updated.get().date().last().isBefore(published.get().date().first())) {
            updated = Optional.empty();
        }
        Optional<MetadataSignal> author = best(signals, MetadataSignal.AUTHOR);
        Optional<MetadataSignal> publisher = best(signals, MetadataSignal.PUBLISHER);
        Optional<MetadataSignal> language = best(signals, MetadataSignal.LANGUAGE);
        for (Optional<MetadataSignal> chosen : List.of(title, published, updated, author, publisher, language)) {
            chosen.ifPresent(s -> evidence.add(new MetadataEvidence(s.field(), s.value(), s.basis())));
        }
        return new Resolved(title.map(MetadataSignal::value).orElse(null),
                published.map(MetadataSignal::date).orElse(null), updated.map(MetadataSignal::date).orElse(null),
                author.map(MetadataSignal::value).orElse(null), publisher.map(MetadataSignal::value).orElse(null),
                language.map(MetadataSignal::value).orElse(null), evidence);
    }

    /**
     * A publication date read from a UTC timestamp gives way to the day the URL names when that is
     * the day before (a time before noon UTC) or after (from noon): the URL carries the publisher's
     * own calendar day, which UTC shifts for pages published late or early in their time zone.
     */
    private static Optional<MetadataSignal> localDay(Optional<MetadataSignal> published,
            List<MetadataSignal> candidates) {
        if (published.isEmpty() || published.get().utcHour() == null) {
            return published;
        }
        MetadataSignal utc = published.get();
        java.time.LocalDate neighbour = utc.utcHour() < NOON ? utc.date().first().minusDays(1)
                : utc.date().first().plusDays(1);
        return candidates.stream()
                .filter(s -> s.rank() == SignalRank.URL && s.date().precision() == DatePrecision.DAY
                        && s.date().first().equals(neighbour))
                .findFirst()
                .map(s -> MetadataSignal.date(MetadataSignal.PUBLISHED, s.date(), utc.rank(),
                        s.basis() + ", the publisher's day for " + utc.basis()))
                .or(() -> published);
    }

    /**
     * A coarse date (a month from the URL, a copyright year) gives way to a weaker signal that names
     * a day inside it: the two agree, and the day says more.
     */
    private static Optional<MetadataSignal> refined(Optional<MetadataSignal> best, List<MetadataSignal> candidates,
            List<MetadataSignal> monthDays) {
        if (best.isEmpty() || best.get().date().precision() == DatePrecision.DAY) {
            return best;
        }
        DateRange coarse = best.get().date();
        return candidates.stream()
                .filter(s -> s.date().precision() == DatePrecision.DAY && coarse.first().compareTo(s.date().first()) <= 0
                        && s.date().last().compareTo(coarse.last()) <= 0)
                .sorted(Comparator.comparing(MetadataSignal::rank)).findFirst()
                .or(() -> withYear(monthDays, best.get()))
                .or(() -> best);
    }

    /**
     * True for a published or updated date that starts after the capture day, by more than the day
     * a time zone can account for.
     */
    private static boolean afterCapture(MetadataSignal s, Optional<MetadataSignal> captured) {
        return captured.isPresent() && s.date() != null
                && (s.field().equals(MetadataSignal.PUBLISHED) || s.field().equals(MetadataSignal.UPDATED))
                && s.date().first().isAfter(captured.get().date().last().plusDays(1));
    }

    /**
     * A month and day without a year (a wire dateline) as the last such day up to the capture date
     * (plus a day for time zones): "March 17" on a page captured on 2026-03-20 is 2026-03-17, on one
     * captured on 2026-03-10 it is 2025-03-17. News is fetched within days or months of publication,
     * so the nearest earlier day is the likely one.
     */
    private static Optional<MetadataSignal> lastBefore(List<MetadataSignal> monthDays, MetadataSignal captured) {
        java.time.LocalDate latest = captured.date().last().plusDays(1);
        for (MetadataSignal m : monthDays) {
            java.time.MonthDay md = java.time.MonthDay.parse(m.value());
            for (int year = latest.getYear(); year >= latest.getYear() - 4; year--) {
                if (md.isValidYear(year) && !md.atYear(year).isAfter(latest)) {
                    return Optional.of(MetadataSignal.date(MetadataSignal.PUBLISHED, DateRange.day(md.atYear(year)),
                            m.rank(), m.basis() + ", the last such day up to the " + captured.basis()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A month and day without a year (a wire dateline) completed by a coarse date that gives the
     * year ("March 17" and "© 2026" give 2026-03-17), when the day falls inside that date.
     */
    private static Optional<MetadataSignal> withYear(List<MetadataSignal> monthDays, MetadataSignal coarse) {
        for (MetadataSignal m : monthDays) {
            java.time.MonthDay md = java.time.MonthDay.parse(m.value());
            int year = coarse.date().first().getYear();
            if (!md.isValidYear(year)) {
                continue;
            }
            DateRange day = DateRange.day(md.atYear(year));
            if (!day.first().isBefore(coarse.date().first()) && !day.last().isAfter(coarse.date().last())) {
                return Optional.of(MetadataSignal.date(MetadataSignal.PUBLISHED, day, m.rank(),
                        m.basis() + " in the year of " + coarse.basis()));
            }
        }
        return Optional.empty();
    }

    /**
     * The headline the page shows ({@code <h1>}) in place of a stronger title signal (Open Graph,
     * JSON-LD, {@code <title>}) that is that headline plus a segment after a separator: "Using the
     * Effect Hook – React", "About - State of AI newsletter", "Sterling Silver Earrings - Buy Online".
     * The site-name rule cannot know that "React" or "Buy Online" is not part of the headline; the
     * page's own heading shows where it ends. An {@code <h1>} worded differently is not taken (on
     * the bench's pages the gold title follows the meta title as often as the heading then), and a
     * title the container declared is never replaced.
     */
    private static Optional<MetadataSignal> shownHeadline(Optional<MetadataSignal> best, List<MetadataSignal> signals) {
        if (best.isEmpty() || best.get().rank() == SignalRank.DECLARED
                || best.get().basis().equals(HtmlMetadataReader.SHOWN_HEADLINE)) {
            return best;
        }
        return signals.stream()
                .filter(s -> s.field().equals(MetadataSignal.TITLE) && s.basis().equals(HtmlMetadataReader.SHOWN_HEADLINE))
                .findFirst()
                .filter(shown -> TitleCleaner.isSegmentOf(shown.value(), best.get().value()))
                .or(() -> best);
    }

    private static Optional<MetadataSignal> best(List<MetadataSignal> signals, String field) {
        // stream sorting is stable, so among equal ranks the first found wins
        return signals.stream().filter(s -> s.field().equals(field))
                .sorted(Comparator.comparing(MetadataSignal::rank)).findFirst();
    }
}
