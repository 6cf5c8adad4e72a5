package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.eval.rouge.Rouge;

/**
 * Scores summarisers against human summaries: each topic's documents are annotated once, every
 * system writes a summary of the topic's mean reference length, the summary is cut to that length,
 * and ROUGE compares it with every reference.
 *
 * <p>Not thread-safe; cost is dominated by annotating the documents (CoreNLP) and by the systems.
 */
public final class SummarizeEvaluation {

    private final Rouge rouge;
    private final BiFunction<MultiLingTopic, MultiLingTopic.Document, AnnotatedArticle> annotator;

    /**
     * @param annotator turns one document of a topic into an annotated article (extraction, then
     *     annotation); a document it cannot read should fail the run, not be skipped silently
     */
    public SummarizeEvaluation(Rouge rouge, BiFunction<MultiLingTopic, MultiLingTopic.Document, AnnotatedArticle> annotator) {
        this.rouge = Objects.requireNonNull(rouge, "rouge");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    /** The annotated articles of every topic, by topic id, in the dataset's order. */
    public Map<String, List<AnnotatedArticle>> annotate(List<MultiLingTopic> topics) {
        Map<String, List<AnnotatedArticle>> out = new LinkedHashMap<>();
        for (MultiLingTopic t : topics) {
            List<AnnotatedArticle> articles = new ArrayList<>();
            for (MultiLingTopic.Document d : t.documents()) {
                articles.add(annotator.apply(t, d));
            }
            out.put(t.id(), List.copyOf(articles));
        }
        return out;
    }

    /** Every system on every topic. */
    public SummarizeResults run(List<MultiLingTopic> topics, Map<String, List<AnnotatedArticle>> annotated,
            List<TopicSummarizer> systems) {
        List<SummarizeResults.SystemScores> rows = new ArrayList<>();
        for (TopicSummarizer system : systems) {
            List<SummarizeResults.TopicScore> scores = new ArrayList<>();
            for (MultiLingTopic t : topics) {
                int budget = t.referenceWords();
                String summary = system.summarize(annotated.get(t.id()), budget);
                String cut = WordBudget.cut(summary, budget);
                scores.add(new SummarizeResults.TopicScore(t.id(), budget, WordBudget.words(summary),
                        rouge.score(cut, t.references().stream().map(MultiLingTopic.Reference::text).toList()), cut));
            }
            rows.add(new SummarizeResults.SystemScores(system.name(), scores));
        }
        return new SummarizeResults(rouge.config(), topics.stream().map(MultiLingTopic::id).toList(), rows);
    }

    /** The reference baselines, in the order the tables list them. */
    public static List<ExtractiveBaseline> baselines(long randomSeed) {
        return List.of(new LeadBaseline(), new RandomBaseline(randomSeed), new TextRankBaseline(),
                new LexRankBaseline(LexRankBaseline.THRESHOLD));
    }
}
