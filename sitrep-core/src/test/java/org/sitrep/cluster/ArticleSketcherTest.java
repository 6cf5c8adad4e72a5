package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

class ArticleSketcherTest {

    private final ArticleSketcher lexical = new ArticleSketcher(SketchConfig.defaults(), null);

    @Test
    void embedsTheTitleAndWholeLeadSentencesUpToTheWordLimit() {
        String body = "First sentence has exactly six words. " + "Second one adds words until the lead is long. "
                + "Third sentence is never reached here.";
        AnnotatedArticle a = article("a", body).title("A headline").build();
        ArticleSketcher short12 = new ArticleSketcher(new SketchConfig(12, 5_000, 200, 64, 5, 128, 5_000, 1), null);
        assertThat(short12.leadText(a)).isEqualTo("A headline. First sentence has exactly six words. "
                + "Second one adds words until the lead is long.");
        // a title repeated as the first line of the text is not embedded twice
        AnnotatedArticle repeated = article("b", "A headline\n\nBody text follows here.").title("A headline").build();
        assertThat(lexical.leadText(repeated)).startsWith("A headline").doesNotContain("A headline. A headline");
    }

    @Test
    void givesAPersonsSurnameAKeyOfItsOwn() {
        ArticleSketch full = lexical.sketch(article("a", "Recep Tayyip Erdoğan spoke.").mentions(PERSON,
                "Recep Tayyip Erdoğan").build());
        ArticleSketch honorific = lexical.sketch(article("b", "Mr Erdogan spoke.").mentions(PERSON, "Mr Erdogan").build());
        assertThat(full.nameKeys()).hasSize(2);
        assertThat(full.nameKeys()).containsAnyOf(honorific.nameKeys());
    }

    @Test
    void sketchesAnEmptyArticleAsEmptyAndNeverCallsTheEmbedderForIt() {
        SentenceEmbedder failing = new SentenceEmbedder() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Embedding embed(String text) {
                throw new AssertionError("embedded a blank lead");
            }
        };
        ArticleSketch s = new ArticleSketcher(SketchConfig.defaults(), failing).sketch(article("e", " ").build());
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.signature()).isEmpty();
        assertThat(s.published()).isNull();
    }

    @Test
    void boundsWhatItReadsOfAHugeArticle() {
        String huge = "word ".repeat(200_000);
        SketchConfig small = new SketchConfig(60, 1_000, 10, 64, 5, 128, 2_000, 1);
        ArticleSketch s = new ArticleSketcher(small, null).sketch(article("h", huge).build());
        assertThat(s.shingles()).isEqualTo(2_000 - 5 + 1);
        assertThat(s.termKeys()).hasSizeLessThanOrEqualTo(10);
        assertThat(List.of(s.embedding().length)).containsExactly(0);
    }
}
