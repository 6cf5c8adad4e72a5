package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * Lays a story out in time: one entry per dated sentence whose time expression resolves to a day,
 * week or month (relative dates already resolved against each article's own date), merged across
 * articles when they report the same thing on the same date, each citing every article that states
 * it. Dated events whose sentences were not taken add their own entries. Entries are in date order;
 * when there are too many, the best supported are kept.
 *
 * <p>Pure and thread-safe; quadratic in the number of dated sentences.
 */
public final class TimelineBuilder implements StoryAnalyser {

    private static final Set<DatePrecision> FINE = EnumSet.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);

    private final TimelineConfig config;

    public TimelineBuilder(TimelineConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.EVENTS, Capability.RESOLVED_DATES, Capability.CLAIMS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.TIMELINE);
    }

    /** An entry under construction. */
    private static final class Draft {
        final DateRange date;
        final SentencePool.Candidate lead;
        final Set<Citation> citations = new LinkedHashSet<>();
        final List<SentencePool.Candidate> members = new ArrayList<>();

        Draft(DateRange date, SentencePool.Candidate lead) {
            this.date = date;
            this.lead = lead;
            members.add(lead);
            citations.add(lead.citation());
        }
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        SentencePool pool = new SentencePool(analysis);
        List<Draft> drafts = new ArrayList<>();
        for (SentencePool.Candidate c : pool.candidates()) {
            DateRange date = dateOf(c);
            if (date == null || c.quotedShare() > 0.5) {
                continue;
            }
            Draft home = null;
            for (Draft d : drafts) {
                // a member is cited for the entry's text, so it must state that text's content
                if (d.date.equals(date) && SentencePool.supports(c, d.lead, config.mergeThreshold())) {
                    home = d;
                    break;
                }
            }
            if (home == null) {
                drafts.add(new Draft(date, c));
            } else {
                home.members.add(c);
                home.citations.add(c.citation());
            }
        }
        DisputedFigures disputed = new DisputedFigures(analysis.claims());
        List<TimelineEntry> entries = new ArrayList<>();
        java.util.Map<TimelineEntry, Double> weight = new java.util.HashMap<>();
        for (Draft d : drafts) {
            CitedSentence s = disputed.cite(shorten(SentenceTrimmer.trim(d.lead.text())), d.lead.article().id(),
                    d.lead.sentence().span(), new ArrayList<>(d.citations));
            TimelineEntry entry = new TimelineEntry(d.date, s.text(), s.citations());
            entries.add(entry);
            weight.put(entry, pool.independentSources(entry.citations()) + pool.centrality(d.lead));
        }
        for (Event e : analysis.events()) {
            if (e.date() == null || !FINE.contains(e.date().precision())) {
                continue;
            }
            boolean covered = entries.stream().anyMatch(t -> t.citations().stream().anyMatch(e.evidence()::contains));
            if (!covered) {
                TimelineEntry entry = new TimelineEntry(e.date(), shorten(SentenceTrimmer.trim(e.description())),
                        e.evidence());
                entries.add(entry);
                weight.put(entry, (double) pool.independentSources(entry.citations()));
            }
        }
        if (entries.size() > config.maxEntries()) {
            // keep what most sources report, then what is most central to the story
            entries.sort(Comparator.comparing((TimelineEntry t) -> -weight.get(t)).thenComparing(TimelineEntry::date));
            entries = new ArrayList<>(entries.subList(0, config.maxEntries()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(t -> -t.citations().size()));
        return analysis.withTimeline(entries);
    }

    /** The finest resolved date stated in the sentence, if it is a day, a week or a month. */
    private static DateRange dateOf(SentencePool.Candidate c) {
        DateRange best = null;
        for (TimeExpression t : SentenceDates.in(c.article(), c.sentence().span())) {
            DateRange r = t.resolved();
            if (FINE.contains(r.precision()) && (best == null || r.precision().ordinal() < best.precision().ordinal())) {
                best = r;
            }
        }
        return best;
    }

    private String shorten(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= config.maxEntryWords()) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, config.maxEntryWords())) + " …";
    }
}
