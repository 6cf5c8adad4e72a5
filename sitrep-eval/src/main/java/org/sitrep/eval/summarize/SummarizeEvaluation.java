package org.sitrep.eval.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
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

    /** Every system on every topic, each summary at the topic's mean reference length. */
    public SummarizeResults run(List<MultiLingTopic> topics, Map<String, List<AnnotatedArticle>> annotated,
            List<TopicSummarizer> systems) {
        return run(topics, annotated, systems, MultiLingTopic::referenceWords, SummarizeResults.REFERENCE_LENGTH);
    }

    /**
     * Every system on every topic, each summary at {@code budget} words for its topic, which
     * {@code lengthRule} states for the printed tables.
     */
    public SummarizeResults run(List<MultiLingTopic> topics, Map<String, List<AnnotatedArticle>> annotated,
            List<TopicSummarizer> systems, ToIntFunction<MultiLingTopic> budgets, String lengthRule) {
        List<SummarizeResults.SystemScores> rows = new ArrayList<>();
        for (TopicSummarizer system : systems) {
            List<SummarizeResults.TopicScore> scores = new ArrayList<>();
            for (MultiLingTopic t : topics) {
                int budget = budgets.applyAsInt(t);
                String summary = system.summarize(annotated.get(t.id()), budget);
                String cut = WordBudget.cut(summary, budget);
                scores.add(new SummarizeResults.TopicScore(t.id(), budget, WordBudget.words(summary),
                        rouge.score(cut, t.references().stream().map(MultiLingTopic.Reference::text).toList()), cut));
            }
            rows.add(new SummarizeResults.SystemScores(system.name(), scores));
        }
        return new SummarizeResults(rouge.config(), topics.stream().map(MultiLingTopic::id).toList(), rows,
                lengthRule);
    }

    /**
     * Every article of every topic as a topic of its own ({@code M000/2} for the third), scored
     * against its topic's human summaries: a one-source story, which is what most stories of a
     * scraped corpus are. The references summarise the whole topic, so scores are lower than on the
     * topics; they serve to compare systems on single articles.
     */
    public static List<MultiLingTopic> singleArticles(List<MultiLingTopic> topics) {
        List<MultiLingTopic> out = new ArrayList<>();
        for (MultiLingTopic t : topics) {
            for (int i = 0; i < t.documents().size(); i++) {
                out.add(new MultiLingTopic(t.id() + "/" + i, List.of(t.documents().get(i)), t.references()));
            }
        }
        return out;
    }

    /** The annotated articles of {@link #singleArticles(List)}'s topics, taken from those of {@code topics}. */
    public static Map<String, List<AnnotatedArticle>> singleArticles(List<MultiLingTopic> topics,
            Map<String, List<AnnotatedArticle>> annotated) {
        Map<String, List<AnnotatedArticle>> out = new LinkedHashMap<>();
        for (MultiLingTopic t : topics) {
            List<AnnotatedArticle> articles = annotated.get(t.id());
            for (int i = 0; i < articles.size(); i++) {
                out.put(t.id() + "/" + i, List.of(articles.get(i)));
            }
        }
        return out;
    }

    /** The reference baselines, in the order the tables list them. */
    public static List<ExtractiveBaseline> baselines(long randomSeed) {
        return List.of(new LeadBaseline(), new RandomBaseline(randomSeed), new TextRankBaseline(),
                new LexRankBaseline(LexRankBaseline.THRESHOLD));
    }
}
