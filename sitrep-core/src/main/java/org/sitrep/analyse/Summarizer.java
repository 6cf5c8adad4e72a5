package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.Capability;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;
import org.sitrep.pipeline.RecentMemory;

/**
 * Writes a story's summary by choosing its sentences from the articles. Each sentence is scored by
 * how central it is to the story (sentence embeddings when an embedder is given and the story has
 * several independent sources, see {@link SummaryConfig#meaningSources()}; TF-IDF otherwise),
 * how many independent sources state the same content, whether it leads its article, how many of the
 * story's main actors it names, and how little of it is quoted. Sentences are then chosen one at a
 * time by that score plus what each adds to the summary's coverage of the content several sources
 * report (word pairs, actors, events, figures; see {@link StoryConcepts}), less its similarity to
 * the sentences already chosen (maximal marginal relevance); a sentence that restates a chosen one
 * is never taken. Sentences are added while they fit the length in words, so the summary ends just
 * under it; then they are put in the order of the events they report, and by score within a date.
 * Each is lightly compressed ({@link SentenceTrimmer#compress}; a sentence that gives a figure keeps its
 * attribution), cites every article that states it,
 * and says so when it carries a figure the sources dispute.
 *
 * <p>Pure and thread-safe; quadratic in the story's pooled sentences (capped by
 * {@link SummaryConfig#maxCandidates()}).
 */
public final class Summarizer implements StoryAnalyser, RecentMemory {

    private static final int KEY_ACTORS = 5;
    /** Share of the lead bonus the first, second and third sentence of an article get. */
    private static final double[] LEAD_SHARE = {1.0, 0.6, 0.3};

    private final SummaryConfig config;
    private final SentencePools pools;

    /** A summarizer that compares sentences by their words only (TF-IDF). */
    public Summarizer(SummaryConfig config) {
        this(config, null);
    }

    /** A summarizer that compares sentences by meaning with {@code embedder} (null: by words only). */
    public Summarizer(SummaryConfig config, SentenceEmbedder embedder) {
        this(new SentencePools(embedder, 1), config);
    }

    /** A summarizer taking its sentence pools from {@code pools}, which other analysers may share. */
    Summarizer(SentencePools pools, SummaryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.pools = Objects.requireNonNull(pools, "pools");
    }

    /** Forgets the sentence pools and embeddings it shares with the other analysers. */
    @Override
    public void forget() {
        pools.forget();
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

    /** A candidate with its score and the text it would be written as. */
    record Scored(SentencePool.Candidate candidate, double score, String text, int words) {
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        SentencePool pool = pools.of(analysis, config);
        List<Scored> ranked = rank(analysis, pool, config);
        StoryConcepts concepts = new StoryConcepts(analysis, pool);
        List<Scored> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int words = 0;
        while (chosen.size() < config.maxSentences()) {
            Scored next = null;
            double best = Double.NEGATIVE_INFINITY;
            for (Scored s : ranked) {
                if (words + s.words() > config.maxWords() || restates(pool, s, chosen)) {
                    continue;
                }
                double overlap = 0;
                for (Scored c : chosen) {
                    overlap = Math.max(overlap, pool.similarity(s.candidate(), c.candidate()));
                }
                double value = s.score() + config.coverageWeight() * concepts.gain(s.candidate(), covered);
                double mmr = config.redundancy() * value - (1 - config.redundancy()) * overlap;
                if (mmr > best) {
                    best = mmr;
                    next = s;
                }
            }
            if (next == null) {
                break;
            }
            ranked.remove(next);
            chosen.add(next);
            covered.addAll(concepts.of(next.candidate()));
            words += next.words();
        }
        chosen.sort(Comparator.comparing((Scored s) -> eventDate(s.candidate()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> -s.score()));
        DisputedFigures disputed = new DisputedFigures(analysis.claims());
        List<CitedSentence> summary = new ArrayList<>();
        for (Scored s : chosen) {
            SentencePool.Candidate c = s.candidate();
            summary.add(disputed.cite(s.text(), c.article().id(), c.sentence().span(), pool.support(c)));
        }
        return analysis.withSummary(summary);
    }

    /**
     * True when a sentence says again what a chosen one says (another source's version of it): it
     * would add a line and nothing new, and the chosen sentence already cites its source.
     */
    private static boolean restates(SentencePool pool, Scored s, List<Scored> chosen) {
        for (Scored c : chosen) {
            if (pool.restates(s.candidate(), c.candidate())) {
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
            if (!pool.sourceOf(c.article().id()).equals(c.article().id())) {
                continue;
            }
            String text = c.written();
            int w = SentenceTrimmer.words(text);
            if (w < config.minSentenceWords() || w > config.maxSentenceWords() || !endsLikeASentence(text)
                    || SentenceTrimmer.dangles(text)) {
                continue;
            }
            double support = (pool.independentSources(pool.support(c)) - 1) / (double) Math.max(1, sources - 1);
            double lead = c.position() < LEAD_SHARE.length ? LEAD_SHARE[c.position()] : 0;
            double actors = keyActors.isEmpty() ? 0
                    : keyActors.stream().filter(c.entities()::contains).count() / (double) keyActors.size();
            double score = pool.centrality(c) + config.supportWeight() * support + config.leadWeight() * lead
                    + config.actorWeight() * actors - config.quotePenalty() * c.quotedShare();
            out.add(new Scored(c, score, text, w));
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
        return d == null || d.precision().ordinal() > DatePrecision.MONTH.ordinal() ? null : d;
    }
}
