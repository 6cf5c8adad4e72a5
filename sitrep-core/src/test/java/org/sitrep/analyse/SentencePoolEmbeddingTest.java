package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.DateRange;

class SentencePoolEmbeddingTest {

    private static final DateRange MONDAY = DateRange.day(LocalDate.of(2024, 3, 4));

    private final AnnotatedArticle article = article("p-1",
            "Advertisement. "
                    + "Police closed the bridge over the river after the storm damaged its supports. "
                    + "Read more. "
                    + "Talks ended on Monday. "
                    + "The city council said repairs to the bridge would take at least three months.")
            .published("2024-03-05").time("on Monday", MONDAY).build();

    /** Meanings compared in a story of any number of sources, so that one article shows what is embedded. */
    private static final SummaryConfig EVERY_STORY = SummaryConfig.defaults().withMeaningSources(1);

    @Test
    void embedsOnlySentencesASummaryOrTimelineCanUse() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        new SentencePool(StoryAnalysis.of(Story.of(List.of(article))), embedder, EVERY_STORY);
        // the two long sentences and the short dated one; not the page furniture
        assertThat(embedder.seen).hasSize(3).noneMatch(t -> t.startsWith("Advertisement") || t.startsWith("Read more"))
                .anyMatch(t -> t.startsWith("Talks ended on Monday"));
    }

    @Test
    void aSentenceWithoutAnEmbeddingSupportsNothingWhenThePoolComparesMeanings() {
        SentencePool pool = new SentencePool(StoryAnalysis.of(Story.of(List.of(article))), new RecordingEmbedder(),
                EVERY_STORY);
        SentencePool.Candidate furniture = pool.candidates().stream().filter(c -> c.text().startsWith("Read more"))
                .findFirst().orElseThrow();
        assertThat(furniture.meaning()).isNull();
        assertThat(pool.supports(furniture, furniture)).isFalse();
        SentencePool.Candidate embedded = pool.candidates().stream().filter(c -> c.meaning() != null).findFirst()
                .orElseThrow();
        assertThat(pool.supports(embedded, embedded)).isTrue();
    }

    @Test
    void aOneSourceStoryIsComparedByWordsAndATwoSourceStoryByMeaning() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        SentencePool single = new SentencePool(StoryAnalysis.of(Story.of(List.of(article))), embedder,
                SummaryConfig.defaults());
        assertThat(embedder.seen).isEmpty();
        assertThat(single.hasMeanings()).isFalse();
        assertThat(single.candidates()).allMatch(c -> c.meaning() == null);

        AnnotatedArticle other = article("p-2", "Engineers said the bridge over the river would reopen after repairs.")
                .published("2024-03-05").build();
        SentencePool pair = new SentencePool(StoryAnalysis.of(Story.of(List.of(article, other))), embedder,
                SummaryConfig.defaults());
        assertThat(pair.hasMeanings()).isTrue();
        assertThat(embedder.seen).hasSize(4).anyMatch(t -> t.startsWith("Engineers said"));
    }
}
