package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

class SentencePoolsTest {

    private static final AnnotatedArticle FIRST = article("p-1",
            "Police closed the bridge over the river after the storm damaged its supports. "
                    + "The city council said repairs to the bridge would take at least three months.")
            .published("2024-03-05").build();
    private static final AnnotatedArticle SECOND = article("p-2",
            "Engineers said the bridge over the river would reopen after repairs to its damaged supports.")
            .published("2024-03-05").build();

    private final StoryAnalysis analysis = StoryAnalysis.of(Story.of(List.of(FIRST, SECOND)));

    @Test
    void theAnalysersOfOneStoryShareOnePoolAndItsEmbeddings() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        SentencePools pools = new SentencePools(embedder, 4);
        SentencePool first = pools.of(analysis, SummaryConfig.defaults());
        int embedded = embedder.seen.size();
        // a later analyser's analysis of the same story: a new record holding the same story and entities
        SentencePool again = pools.of(analysis.withSummary(List.of()), SummaryConfig.defaults());
        assertThat(embedded).isEqualTo(3);
        assertThat(embedder.seen).hasSize(embedded);
        assertThat(again).isSameAs(first);
    }

    @Test
    void anotherThresholdJudgesTheSameCandidatesByThatThreshold() {
        SentencePools pools = new SentencePools(null, 4);
        SentencePool first = pools.of(analysis, SummaryConfig.defaults());
        SentencePool.Candidate closed = candidate(first, "Police closed");
        SentencePool.Candidate reopen = candidate(first, "Engineers said");
        double cosine = closed.vector().cosine(reopen.vector());
        assertThat(cosine).isBetween(0.02, 0.98);
        SentencePool lax = pools.of(analysis, withSupportThreshold(SummaryConfig.defaults(), cosine - 0.01));
        SentencePool strict = pools.of(analysis, withSupportThreshold(SummaryConfig.defaults(), cosine + 0.01));
        assertThat(lax.candidates()).isSameAs(first.candidates());
        assertThat(strict.candidates()).isSameAs(first.candidates());
        assertThat(lax.restates(closed, reopen)).isTrue();
        assertThat(strict.restates(closed, reopen)).isFalse();
    }

    @Test
    void aPoolIsBuiltAgainForAnotherStoryObjectOrAnotherCandidateCap() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        SentencePools pools = new SentencePools(embedder, 4);
        SentencePool first = pools.of(analysis, SummaryConfig.defaults());
        // equal but not the same: compared by identity, so built again (and right either way)
        SentencePool equalStory = pools.of(StoryAnalysis.of(Story.of(List.of(FIRST, SECOND))), SummaryConfig.defaults());
        assertThat(equalStory).isNotSameAs(first);
        assertThat(equalStory.candidates()).hasSameSizeAs(first.candidates());
        SentencePool capped = pools.of(analysis, SummaryConfig.defaults().withMaxCandidates(1));
        assertThat(capped.candidates()).hasSize(1);
        assertThat(first.candidates()).hasSize(3);
    }

    @Test
    void forgettingEmbedsTheSameStoryAgainToTheSameVectors() {
        RecordingEmbedder model = new RecordingEmbedder();
        SentencePools pools = new SentencePools(new CachedEmbedder(model, 100), 4);
        SentencePool first = pools.of(analysis, SummaryConfig.defaults());
        int embedded = model.seen.size();
        pools.forget();
        SentencePool again = pools.of(analysis, SummaryConfig.defaults());
        assertThat(again).isNotSameAs(first);
        assertThat(model.seen).as("the pool and the cached embeddings were both forgotten").hasSize(2 * embedded);
        assertThat(again.candidates()).extracting(SentencePool.Candidate::meaning)
                .isEqualTo(first.candidates().stream().map(SentencePool.Candidate::meaning).toList());
    }

    @Test
    void aFullCacheForgetsTheOldestStory() {
        SentencePools pools = new SentencePools(null, 1);
        SentencePool first = pools.of(analysis, SummaryConfig.defaults());
        pools.of(StoryAnalysis.of(Story.of(List.of(SECOND))), SummaryConfig.defaults());
        assertThat(pools.of(analysis, SummaryConfig.defaults())).isNotSameAs(first);
    }

    private static SentencePool.Candidate candidate(SentencePool pool, String start) {
        return pool.candidates().stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
    }

    private static SummaryConfig withSupportThreshold(SummaryConfig c, double threshold) {
        return new SummaryConfig(c.maxSentences(), c.maxWords(), c.minSentences(), c.minSentenceWords(),
                c.maxSentenceWords(), c.maxHeadlineWords(), threshold, c.meaningThreshold(), c.redundancy(),
                c.supportWeight(), c.leadWeight(), c.actorWeight(), c.eventWeight(), c.quotePenalty(),
                c.coverageWeight(), c.maxCandidates(), c.meaningSources());
    }
}
