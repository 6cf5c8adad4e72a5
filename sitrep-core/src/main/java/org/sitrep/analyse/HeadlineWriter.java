package org.sitrep.analyse;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.RecentMemory;

/**
 * Gives a story its one-sentence headline: the best-scored sentence (see {@link Summarizer}) that
 * names at least one of the story's actors (any sentence when none does) and fits the word limit, preferring sentences that lead
 * their article, reporting an event with an actor and a target, and saying when (the Wikipedia
 * Current Events style: who did what, where, when), lightly compressed like summary sentences. A
 * sentence a little too long is cut at a clause boundary (", which", ", where",
 * " as ", " to seek") when what remains still says who did what. Cites every source that states it.
 *
 * <p>Pure and thread-safe.
 */
public final class HeadlineWriter implements StoryAnalyser, RecentMemory {

    private static final Pattern CLAUSE_CUT = Pattern.compile(",\\s+(?:which|where|who|while|after|as|amid|despite)\\s"
            + "|\\s+(?:as|amid|after|while)\\s");

    /** Share of the event weight a sentence gets for saying when it happened. */
    private static final double DATED_SHARE = 0.25;

    private final SummaryConfig config;
    private final SentencePools pools;

    /** A headline writer that compares sentences by their words only (TF-IDF). */
    public HeadlineWriter(SummaryConfig config) {
        this(config, null);
    }

    /** A headline writer that compares sentences by meaning with {@code embedder} (null: by words only). */
    public HeadlineWriter(SummaryConfig config, SentenceEmbedder embedder) {
        this(new SentencePools(embedder, 1), config);
    }

    /** A headline writer taking its sentence pools from {@code pools}, which other analysers may share. */
    HeadlineWriter(SentencePools pools, SummaryConfig config) {
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
        return "headline";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES, Capability.CLAIMS, Capability.EVENTS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.HEADLINE);
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        SentencePool pool = pools.of(analysis, config);
        List<Summarizer.Scored> ranked = Summarizer.rank(analysis, pool, config);
        DisputedFigures disputed = new DisputedFigures(analysis.claims());
        Summarizer.Scored best = null;
        String bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        // a sentence that names an actor, if any does; else the best sentence at all, so a story always has a headline
        for (boolean needActor : new boolean[] {true, false}) {
            for (Summarizer.Scored s : ranked) {
                SentencePool.Candidate c = s.candidate();
                if ((needActor && c.entities().isEmpty()) || c.quotedShare() > 0.5) {
                    continue;
                }
                String text = fit(s.text());
                if (text == null) {
                    continue;
                }
                // who did what (an event with actor and target), and when: a headline in the Current Events style
                double score = s.score() + config.eventWeight() * eventShare(analysis, pool, c)
                        + (SentenceDates.in(c.article(), c.sentence().span()).isEmpty() ? 0
                                : config.eventWeight() * DATED_SHARE);
                if (score > bestScore) {
                    best = s;
                    bestText = text;
                    bestScore = score;
                }
            }
            if (best != null) {
                break;
            }
        }
        if (best == null) {
            return analysis;
        }
        SentencePool.Candidate c = best.candidate();
        return analysis.withHeadline(disputed.cite(bestText, c.article().id(), c.sentence().span(),
                pool.support(c)));
    }

    /**
     * The share of the story's sources that report the best event this sentence reports with both an
     * actor and a target; 0 when it reports none.
     */
    private static double eventShare(StoryAnalysis analysis, SentencePool pool, SentencePool.Candidate c) {
        double best = 0;
        for (Event e : analysis.events()) {
            if (e.actor() != null && e.target() != null && e.evidence().contains(c.citation())) {
                best = Math.max(best, pool.independentSources(e.evidence()) / (double) Math.max(1, pool.sources()));
            }
        }
        return best;
    }

    /** The sentence within the word limit, cut at a clause boundary if needed; null when it cannot be. */
    private String fit(String sentence) {
        if (SentenceTrimmer.words(sentence) <= config.maxHeadlineWords()) {
            return sentence;
        }
        Matcher m = CLAUSE_CUT.matcher(sentence);
        String cut = null;
        while (m.find()) {
            String head = sentence.substring(0, m.start()).trim();
            int w = SentenceTrimmer.words(head);
            if (w > config.maxHeadlineWords()) {
                break;
            }
            if (w >= config.minSentenceWords()) {
                cut = head;
            }
        }
        return cut == null ? null : cut.replaceAll("[,;:]$", "") + ".";
    }
}
