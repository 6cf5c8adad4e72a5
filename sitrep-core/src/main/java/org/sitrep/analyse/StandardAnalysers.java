package org.sitrep.analyse;

import java.util.List;
import org.sitrep.annotate.Gazetteer;

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

    /** The analysers with the given gazetteer and summary settings. */
    public static List<StoryAnalyser> all(CountryNames countries, SummaryConfig summary) {
        return List.of(
                new EntityResolver(EntityResolverConfig.withCountries(countries)),
                new GroupActorFinder(countries),
                new ClaimAligner(ClaimAlignerConfig.withCountries(countries)),
                new QuoteCollector(),
                new EventExtractor(),
                new RelationExtractor(),
                new DateConflictFinder(),
                new Summarizer(summary),
                new HeadlineWriter(summary),
                new TimelineBuilder(TimelineConfig.defaults()));
    }
}
