package org.sitrep.analyse;

import java.util.List;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.annotate.SentenceEmbedder;

/**
 * The story analysers Sitrep runs, in the order their requirements need: entities first (the
 * others read them) with the unnamed group actors, then claims, quote speakers, events, relations, and last the summary,
 * headline and timeline, which cite what the others found.
 *
 * <pre>{@code
 * Sitrep.builder().annotator(annotator).analysers(StandardAnalysers.all())
 * }</pre>
 *
 * <p>The analysers are pure and thread-safe, so one list serves every story and thread.
 */
public final class StandardAnalysers {

    private StandardAnalysers() {
    }

    /** The analysers with their defaults and the standard gazetteer. */
    public static List<StoryAnalyser> all() {
        return all(CountryNames.of(Gazetteer.standard()), SummaryConfig.defaults());
    }

    /** The analysers with the given gazetteer and summary settings, comparing sentences by their words. */
    public static List<StoryAnalyser> all(CountryNames countries, SummaryConfig summary) {
        return all(countries, summary, null);
    }

    /** Texts whose embeddings the summary, headline and timeline share. */
    private static final int EMBEDDING_CACHE = 20_000;
    /**
     * Sentence pools the summary, headline and timeline share: they ask for a story's pool one after
     * another on one worker thread, so a few per core is plenty.
     */
    private static final int POOL_CACHE = 4 * Runtime.getRuntime().availableProcessors();

    /**
     * The analysers with the given gazetteer and summary settings; the summary, headline and
     * timeline compare sentences by meaning with {@code embedder} (null: by their words only).
     */
    public static List<StoryAnalyser> all(CountryNames countries, SummaryConfig summary, SentenceEmbedder embedder) {
        return all(countries, NounAnimacy.NONE, summary, embedder);
    }

    /**
     * As {@link #all(CountryNames, SummaryConfig, SentenceEmbedder)}, with claims telling counted things
     * from counted people by {@code animacy}.
     */
    public static List<StoryAnalyser> all(CountryNames countries, NounAnimacy animacy, SummaryConfig summary,
            SentenceEmbedder embedder) {
        SentenceEmbedder shared = embedder == null ? null : new CachedEmbedder(embedder, EMBEDDING_CACHE);
        SentencePools pools = new SentencePools(shared, POOL_CACHE);
        return List.of(
                new EntityResolver(EntityResolverConfig.withCountries(countries)),
                new GroupActorFinder(countries),
                new ClaimAligner(ClaimAlignerConfig.withCountries(countries).withAnimacy(animacy)),
                new QuoteCollector(countries),
                new EventExtractor(),
                new RelationExtractor(),
                new DateConflictFinder(),
                new Summarizer(pools, summary),
                new HeadlineWriter(pools, summary),
                new TimelineBuilder(pools, TimelineConfig.defaults(), summary));
    }
}
