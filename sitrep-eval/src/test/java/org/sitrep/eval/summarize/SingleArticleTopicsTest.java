package org.sitrep.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;

class SingleArticleTopicsTest {

    private static final MultiLingTopic.Reference FLOOD_SUMMARY = new MultiLingTopic.Reference("A", "Floods hit the valley.");
    private static final MultiLingTopic.Reference VOTE_SUMMARY = new MultiLingTopic.Reference("A", "The city voted.");

    private final List<MultiLingTopic> topics = List.of(
            new MultiLingTopic("M000", List.of(doc("one.txt"), doc("two.txt")), List.of(FLOOD_SUMMARY)),
            new MultiLingTopic("M001", List.of(doc("three.txt")), List.of(VOTE_SUMMARY)));

    @Test
    void everyArticleBecomesATopicWithItsTopicsReferences() {
        List<MultiLingTopic> single = SummarizeEvaluation.singleArticles(topics);
        assertThat(single).extracting(MultiLingTopic::id).containsExactly("M000/0", "M000/1", "M001/0");
        assertThat(single).allMatch(t -> t.documents().size() == 1);
        assertThat(single.get(1).documents().get(0).name()).isEqualTo("two.txt");
        assertThat(single.get(1).references()).containsExactly(FLOOD_SUMMARY);
        assertThat(single.get(2).references()).containsExactly(VOTE_SUMMARY);
    }

    @Test
    void everyArticleTopicGetsItsOwnAnnotatedArticle() {
        Map<String, List<AnnotatedArticle>> annotated = new LinkedHashMap<>();
        annotated.put("M000", List.of(annotated("one"), annotated("two")));
        annotated.put("M001", List.of(annotated("three")));
        Map<String, List<AnnotatedArticle>> single = SummarizeEvaluation.singleArticles(topics, annotated);
        assertThat(single.keySet()).containsExactly("M000/0", "M000/1", "M001/0");
        assertThat(single.get("M000/1")).containsExactly(annotated.get("M000").get(1));
    }

    private static MultiLingTopic.Document doc(String name) {
        return new MultiLingTopic.Document(name, List.of("Title", "Monday, March 2, 2020", "Text of " + name + "."));
    }

    private static AnnotatedArticle annotated(String text) {
        Article a = new Article(ArticleId.of(text, text), Origin.file(text), null, null, null, null, null, "en", text,
                List.of(), List.of(), false);
        return new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
