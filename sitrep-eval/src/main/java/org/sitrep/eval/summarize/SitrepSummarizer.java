package org.sitrep.eval.summarize;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.StoryAnalyser;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

/**
 * Sitrep as a system under evaluation: the topic's articles as one story, analysed by the standard
 * analysers with the summary length set to the requested words, and the summary's sentences as
 * written in the report (disputed-figure notes included), joined.
 */
public final class SitrepSummarizer implements TopicSummarizer {

    private final String name;
    private final IntFunction<List<StoryAnalyser>> analysers;

    /** @param analysers the analysers to run for a summary of the given length in words */
    public SitrepSummarizer(IntFunction<List<StoryAnalyser>> analysers) {
        this("Sitrep", analysers);
    }

    /** A named variant, e.g. with other settings, for sensitivity runs. */
    public SitrepSummarizer(String name, IntFunction<List<StoryAnalyser>> analysers) {
        this.name = Objects.requireNonNull(name, "name");
        this.analysers = Objects.requireNonNull(analysers, "analysers");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summarize(List<AnnotatedArticle> articles, int words) {
        return analyse(articles, words).summary().stream().map(CitedSentence::text).collect(Collectors.joining(" "));
    }

    /** The full analysis of the topic as one story. */
    public StoryAnalysis analyse(List<AnnotatedArticle> articles, int words) {
        StoryAnalysis a = StoryAnalysis.of(Story.of(articles));
        for (StoryAnalyser s : analysers.apply(words)) {
            a = s.apply(a);
        }
        return a;
    }
}
