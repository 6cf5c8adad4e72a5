package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.RecentMemory;

/**
 * Lays a story out in time: one entry per dated sentence whose time expression resolves to a day,
 * week or month (relative dates already resolved against each article's own date), merged across
 * articles when they report the same thing on the same date, each citing every article that states
 * it (another source's version that names or counts differently, and so cannot be cited for the
 * entry's words, is left out rather than repeated). Sentences are compared by meaning when an
 * embedder is given. Dated events whose sentences were not taken add their own entries. Entries are in date order;
 * when there are too many, the best supported are kept.
 *
 * <p>Pure and thread-safe; quadratic in the number of dated sentences.
 */
public final class TimelineBuilder implements StoryAnalyser, RecentMemory {

    private static final Set<DatePrecision> FINE = EnumSet.of(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);

    private final TimelineConfig config;
    private final SummaryConfig pooling;
    private final SentencePools pools;

    /** A timeline builder that compares sentences by their words only (TF-IDF). */
    public TimelineBuilder(TimelineConfig config) {
        this(config, SummaryConfig.defaults(), null);
    }

    /**
     * A timeline builder that merges entries by meaning with {@code embedder} (null: by words only),
     * pooling sentences as {@code pooling} says (its candidate cap and meaning threshold).
     */
    public TimelineBuilder(TimelineConfig config, SummaryConfig pooling, SentenceEmbedder embedder) {
        this(new SentencePools(embedder, 1), config, pooling);
    }

    /** A timeline builder taking its sentence pools from {@code pools}, which other analysers may share. */
    TimelineBuilder(SentencePools pools, TimelineConfig config, SummaryConfig pooling) {
        this.config = Objects.requireNonNull(config, "config");
        this.pooling = Objects.requireNonNull(pooling, "pooling");
        this.pools = Objects.requireNonNull(pools, "pools");
    }

    /** Forgets the sentence pools and embeddings it shares with the other analysers. */
    @Override
    public void forget() {
        pools.forget();
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
        SentencePool pool = pools.of(analysis, withMergeThreshold(pooling, config.mergeThreshold()));
        List<Draft> drafts = new ArrayList<>();
        for (SentencePool.Candidate c : pool.candidates()) {
            DateRange date = dateOf(c);
            if (date == null || c.quotedShare() > 0.5 || halfQuoted(c.text()) || SentenceTrimmer.dangles(c.written())) {
                continue;
            }
            Draft home = null;
            for (Draft d : drafts) {
                // a member is cited for the entry's text, so it must state that text's content
                if (d.date.equals(date) && pool.supports(c, d.lead)) {
                    home = d;
                    break;
                }
            }
            if (home == null && drafts.stream().anyMatch(d -> d.date.equals(date) && pool.restates(c, d.lead))) {
                // another source's version of an entry it cannot be cited for (it names or counts differently):
                // one line per fact, the first version kept
                continue;
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
            CitedSentence s = disputed.cite(shorten(d.lead.written()), d.lead.article().id(),
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

    /**
     * True when a sentence opens or closes a quotation without the other mark: the end or the start
     * of someone's words, which read as the writer's own out of context.
     */
    private static boolean halfQuoted(String text) {
        long straight = text.chars().filter(ch -> ch == '"').count();
        long open = text.chars().filter(ch -> ch == '“').count();
        long close = text.chars().filter(ch -> ch == '”').count();
        return straight % 2 == 1 || open != close;
    }

    /** The pool settings with the timeline's own word-overlap threshold for merging. */
    private static SummaryConfig withMergeThreshold(SummaryConfig c, double threshold) {
        return new SummaryConfig(c.maxSentences(), c.maxWords(), c.minSentences(), c.minSentenceWords(),
                c.maxSentenceWords(), c.maxHeadlineWords(), threshold, c.meaningThreshold(), c.redundancy(),
                c.supportWeight(), c.leadWeight(), c.actorWeight(), c.eventWeight(), c.quotePenalty(),
                c.coverageWeight(), c.maxCandidates(), c.meaningSources());
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
