package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.ArticleFixture;
import org.sitrep.model.ArticleId;

class ArticleSketchBytesTest {

    @Test
    void aSketchOfAnArticleComesBackFieldForField() {
        var article = ArticleFixture.article("a-1", "Turkish and Russian officials met in Moscow on Tuesday to discuss "
                + "Idlib, where 13 soldiers were killed last week. The talks ended without an agreement.")
                .published("2020-02-04").build();
        ArticleSketch sketch = new ArticleSketcher(SketchConfig.defaults(), null).sketch(article);
        assertThat(sketch.termKeys()).isNotEmpty();
        assertThat(sketch.signature()).isNotEmpty();

        ArticleSketch back = ArticleSketch.fromBytes(sketch.toBytes());

        assertThat(back).usingRecursiveComparison().isEqualTo(sketch);
    }

    @Test
    void keepsAnEmbeddingBitForBitAndARangeOfDays() {
        float[] embedding = {0.3f, -1.7f, Float.MIN_VALUE, -0.0f};
        ArticleSketch sketch = new ArticleSketch(new ArticleId("ü-2"), LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30),
                embedding, new long[] {-5L, 7L}, new float[] {1f, 2.5f}, new long[] {Long.MIN_VALUE}, new float[] {0.5f},
                new int[] {-1, 0, Integer.MAX_VALUE}, 41);

        ArticleSketch back = ArticleSketch.fromBytes(sketch.toBytes());

        assertThat(back.id()).isEqualTo(new ArticleId("ü-2"));
        assertThat(back.earliest()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(back.latest()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(Arrays.equals(back.embedding(), embedding)).isTrue();
        assertThat(back).usingRecursiveComparison().isEqualTo(sketch);
    }

    @Test
    void keepsASketchWithoutDateOrWords() {
        ArticleSketch empty = new ArticleSketch(new ArticleId("e"), null, null, new float[0], new long[0], new float[0],
                new long[0], new float[0], new int[0], 0);

        ArticleSketch back = ArticleSketch.fromBytes(empty.toBytes());

        assertThat(back.earliest()).isNull();
        assertThat(back.isEmpty()).isTrue();
        assertThat(back).usingRecursiveComparison().isEqualTo(empty);
    }

    @Test
    void refusesTruncatedBytes() {
        byte[] bytes = new ArticleSketch(new ArticleId("t"), null, null, new float[] {1f}, new long[0],
                new float[0], new long[0], new float[0], new int[] {3}, 1).toBytes();

        assertThatThrownBy(() -> ArticleSketch.fromBytes(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
