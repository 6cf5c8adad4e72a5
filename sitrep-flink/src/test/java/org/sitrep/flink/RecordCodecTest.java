package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.ArticleSketch;
import org.sitrep.cluster.ArticleSketcher;
import org.sitrep.cluster.SketchConfig;
import org.sitrep.cluster.Story;
import org.sitrep.fixtures.ArticleFixture;
import org.sitrep.ingest.Origin;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;

class RecordCodecTest {

    private static AnnotatedArticle rich() {
        String longTail = "x".repeat(70_000);
        return ArticleFixture.article("a-rich", "Officials in Ankara said 13 soldiers died on Tuesday. "
                        + "\"We will respond,\" Erdogan said. " + longTail)
                .origin(new Origin("feeds/day.jsonl", 7, null, "https://example.org/x"))
                .title("Ankara responds").published(LocalDate.of(2020, 2, 4)).updated(LocalDate.of(2020, 2, 5))
                .author("A. Writer").publisher("Wire").removed("Share this article", "share prompt")
                .mention("Ankara", EntityType.CITY).mention("Erdogan", EntityType.PERSON)
                .time("Tuesday", DateRange.day(LocalDate.of(2020, 2, 4)))
                .count("13 soldiers", 13, "soldiers", "soldiers")
                .quote("We will respond,", "Erdogan", "said")
                .build();
    }

    @Test
    void anAnnotatedArticleComesBackEqual() {
        AnnotatedArticle a = rich();
        assertThat(RecordCodec.annotated(RecordCodec.annotated(a))).isEqualTo(a);
        assertThat(RecordCodec.article(RecordCodec.article(a.article()))).isEqualTo(a.article());
    }

    @Test
    void anArticleWithNoOptionalFieldsComesBackEqual() {
        AnnotatedArticle bare = ArticleFixture.text("Plain words only.").build();
        assertThat(RecordCodec.annotated(RecordCodec.annotated(bare))).isEqualTo(bare);
    }

    @Test
    void aStoryComesBackEqualWithItsCopies() {
        AnnotatedArticle first = rich();
        AnnotatedArticle copy = ArticleFixture.article("a-copy", "Officials in Ankara said 13 soldiers died.").build();
        Story story = new Story(Story.of(List.of(first, copy)).id(), List.of(first, copy), Map.of(copy.id(), first.id()));
        Story back = RecordCodec.story(RecordCodec.story(story));
        assertThat(back).isEqualTo(story);
        assertThat(back.sourceOf(copy.id())).isEqualTo(first.id());
    }

    @Test
    void aStoryMadeFromItsArticlesBytesEqualsTheStoryEncodedWhole() {
        AnnotatedArticle first = rich();
        AnnotatedArticle copy = ArticleFixture.article("a-copy", "Officials in Ankara said 13 soldiers died.").build();
        Story story = new Story(Story.of(List.of(first, copy)).id(), List.of(first, copy), Map.of(copy.id(), first.id()));
        byte[] fromParts = RecordCodec.story(story, List.of(RecordCodec.annotated(first), RecordCodec.annotated(copy)));
        assertThat(fromParts).isEqualTo(RecordCodec.story(story));

        EncodedStory sent = EncodedStory.fromBytes(EncodedStory.toBytes(EncodedStory.of(story)));
        assertThat(sent.decode()).isEqualTo(story);
        assertThat(sent.work()).isEqualTo(Work.ofStory(story)).isPositive();
        assertThatThrownBy(() -> RecordCodec.story(story, List.of(RecordCodec.annotated(first))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEncodedArticleKeepsItsIdDayAndArticleThroughTheSerializer() {
        AnnotatedArticle dated = rich();
        EncodedArticle e = EncodedArticle.fromBytes(EncodedArticle.toBytes(EncodedArticle.of(dated)));
        assertThat(e.id()).isEqualTo("a-rich");
        assertThat(e.day()).isEqualTo(LocalDate.of(2020, 2, 4));
        assertThat(e.decode()).isEqualTo(dated);
        assertThat(e.decodeSketch()).isNull();

        // a sketch comes back field for field, so the clustering instance offers what its session would make
        ArticleSketch sketch = new ArticleSketcher(SketchConfig.defaults(), null).sketch(dated);
        EncodedArticle withSketch = EncodedArticle.fromBytes(EncodedArticle.toBytes(EncodedArticle.of(dated, sketch)));
        assertThat(withSketch.decodeSketch()).usingRecursiveComparison().isEqualTo(sketch);
        assertThat(withSketch.decode()).isEqualTo(dated);

        AnnotatedArticle undated = ArticleFixture.text("Plain words only.").build();
        EncodedArticle u = EncodedArticle.fromBytes(EncodedArticle.toBytes(EncodedArticle.of(undated)));
        assertThat(u.day()).isNull();
        assertThat(u.id()).isEqualTo(undated.id().value());
        assertThat(u.decode()).isEqualTo(undated);
    }
}
