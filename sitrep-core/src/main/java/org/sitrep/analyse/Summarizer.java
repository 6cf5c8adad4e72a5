package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.Capability;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;

/**
 * Writes a story's short summary by choosing its sentences from the articles: each scored by how
 * central it is to the story, how many independent sources state the same content, whether it leads
 * its article, how many of the story's main actors it names, and how little of it is quoted; chosen
 * one at a time by maximal marginal relevance so the summary does not repeat itself; then put in the
 * order of the events they report. Every sentence cites all articles that state it; a sentence that
 * carries a disputed figure says so.
 *
 * <p>Pure and thread-safe; quadratic in the story's sentences.
 */
public final class Summarizer implements StoryAnalyser {

    private static final int KEY_ACTORS = 5;
    /** Share of the lead bonus the first, second and third sentence of an article get. */
    private static final double[] LEAD_SHARE = {1.0, 0.6, 0.3};

    private final SummaryConfig config;

    public Summarizer(SummaryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES, Capability.CLAIMS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.SUMMARY);
    }

    /** A candidate with its score. */
    record Scored(SentencePool.Candidate candidate, double score) {
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        SentencePool pool = new SentencePool(analysis);
        List<Scored> ranked = rank(analysis, pool, config);
        List<Scored> chosen = new ArrayList<>();
        int words = 0;
        while (chosen.size() < config.maxSentences() && !ranked.isEmpty()) {
            Scored next = null;
            double best = Double.NEGATIVE_INFINITY;
            for (Scored s : ranked) {
                if (restates(s, chosen)) {
                    continue;
                }
                double overlap = 0;
                for (Scored c : chosen) {
                    overlap = Math.max(overlap, s.candidate().vector().cosine(c.candidate().vector()));
                }
                double mmr = config.redundancy() * s.score() - (1 - config.redundancy()) * overlap;
                if (mmr > best) {
                    best = mmr;
                    next = s;
                }
            }
            if (next == null) {
                break;
            }
            ranked.remove(next);
            int w = SentenceTrimmer.words(next.candidate().text());
            if (words + w > config.maxWords() && chosen.size() >= config.minSentences()) {
                break;
            }
            chosen.add(next);
            words += w;
        }
        chosen.sort(Comparator.comparing((Scored s) -> eventDate(s.candidate()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> -s.score()));
        DisputedFigures disputed = new DisputedFigures(analysis.claims());
        List<CitedSentence> summary = new ArrayList<>();
        for (Scored s : chosen) {
            SentencePool.Candidate c = s.candidate();
            summary.add(disputed.cite(SentenceTrimmer.trim(c.text()), c.article().id(), c.sentence().span(),
                    pool.support(c, config.supportThreshold())));
        }
        return analysis.withSummary(summary);
    }

    /**
     * True when a sentence says again what a chosen one says (another source's version of it): it
     * would add a line and nothing new, and the chosen sentence already cites its source.
     */
    private boolean restates(Scored s, List<Scored> chosen) {
        for (Scored c : chosen) {
            if (SentencePool.supports(s.candidate(), c.candidate(), config.supportThreshold())
                    || SentencePool.supports(c.candidate(), s.candidate(), config.supportThreshold())) {
                return true;
            }
        }
        return false;
    }

    /** Usable sentences of the story, best first. Shared with {@link HeadlineWriter}. */
    static List<Scored> rank(StoryAnalysis analysis, SentencePool pool, SummaryConfig config) {
        List<EntityId> keyActors = analysis.entities().stream().limit(KEY_ACTORS).map(Entity::id).toList();
        int sources = Math.max(1, pool.sources());
        List<Scored> out = new ArrayList<>();
        for (SentencePool.Candidate c : pool.candidates()) {
            if (!analysis.story().sourceOf(c.article().id()).equals(c.article().id())) {
                continue;
            }
            int w = SentenceTrimmer.words(c.text());
            if (w < config.minSentenceWords() || w > config.maxSentenceWords() || !endsLikeASentence(c.text())) {
                continue;
            }
            double support = (pool.independentSources(pool.support(c, config.supportThreshold())) - 1)
                    / (double) Math.max(1, sources - 1);
            double lead = c.position() < LEAD_SHARE.length ? LEAD_SHARE[c.position()] : 0;
            double actors = keyActors.isEmpty() ? 0
                    : keyActors.stream().filter(c.entities()::contains).count() / (double) keyActors.size();
            double score = pool.centrality(c) + config.supportWeight() * support + config.leadWeight() * lead
                    + config.actorWeight() * actors - config.quotePenalty() * c.quotedShare();
            out.add(new Scored(c, score));
        }
        out.sort(Comparator.comparing((Scored s) -> -s.score()).thenComparing(s -> s.candidate().citation()));
        return out;
    }

    /** Headline fragments and list items are not sentences to quote. */
    private static boolean endsLikeASentence(String text) {
        String t = text.trim();
        return t.endsWith(".") || t.endsWith("”") || t.endsWith("\"") || t.endsWith("?") || t.endsWith("!");
    }

    /** When the sentence's content happened, to a month or finer: its resolved date, else its article's date; null when unknown. */
    static DateRange eventDate(SentencePool.Candidate c) {
        List<TimeExpression> dates = SentenceDates.in(c.article(), c.sentence().span());
        DateRange d = dates.isEmpty() ? c.article().article().published() : dates.get(0).resolved();
        // a year or quarter says too little to order sentences by; such sentences go by score
        return d == null || d.precision().ordinal() > org.sitrep.model.DatePrecision.MONTH.ordinal() ? null : d;
    }
}
