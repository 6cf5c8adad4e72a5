package org.sitrep.eval.summarize;

import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;

/** A system under evaluation: writes a summary of a topic's annotated articles at a length in words. */
public interface TopicSummarizer {

    String name();

    /** The summary as plain text; may be longer or shorter than {@code words} (the evaluation cuts it). */
    String summarize(List<AnnotatedArticle> articles, int words);

    /** A baseline as a system: its sentences from the topic's sentence pool, joined. */
    static TopicSummarizer of(ExtractiveBaseline baseline) {
        return new TopicSummarizer() {
            @Override
            public String name() {
                return baseline.name();
            }

            @Override
            public String summarize(List<AnnotatedArticle> articles, int words) {
                return WordBudget.join(baseline.select(SourceSentence.of(articles), words));
            }
        };
    }
}
