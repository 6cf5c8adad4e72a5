package org.sitrep.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.eval.cluster.StoryClusteringEvaluation.Result;
import org.sitrep.eval.cluster.StoryClusteringEvaluation.Splits;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.nlp.SharedCoreNlp;

/**
 * Story clustering quality on ECB+ ({@code ${sitrep.shared}/bench/ecbplus-dev}) with the standard
 * pipeline's annotation and embeddings and the default tracker settings, held against the floors in
 * {@code quality/cluster-floors.json}: all topics, and the held-out topics clustered on their own;
 * skipped when the data is not there. The corpus size is checked first, so a changed corpus is not
 * mistaken for a changed score.
 */
class StoryClusteringQualityOnSharedBenchTest {

    private static final int DOCUMENTS = 101;
    private static final int STORIES = 10;
    private static final int SHUFFLES = 10;

    private static Splits splits;
    private static JsonNode floors;

    @BeforeAll
    static void evaluate() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared is not set; shared bench data not available");
        Path dir = Path.of(shared, "bench", "ecbplus-dev");
        assumeTrue(Files.isDirectory(dir), "ECB+ data not found at " + dir + "; skipping");
        EcbPlusCorpus corpus = EcbPlusCorpus.read(dir);
        assertThat(corpus.documents()).hasSize(DOCUMENTS);
        assertThat(corpus.stories()).isEqualTo(STORIES);
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            splits = new StoryClusteringEvaluation(SharedCoreNlp::annotate, embedder).evaluate(corpus,
                    TrackerConfig.defaults(), SHUFFLES, StoryClusteringEvaluation.ECBPLUS_DEV_HELD_OUT);
        }
        System.out.printf(Locale.ROOT, "ECB+ B-cubed F1: all %.3f (shuffled %.3f, lexical %.3f); held-out %.3f (shuffled %.3f)%n",
                splits.all().fileOrder().score().f1(), meanShuffled(splits.all()), splits.all().lexical().score().f1(),
                splits.heldOut().fileOrder().score().f1(), meanShuffled(splits.heldOut()));
        try (InputStream in = StoryClusteringQualityOnSharedBenchTest.class
                .getResourceAsStream("/quality/cluster-floors.json")) {
            floors = new ObjectMapper().readTree(in);
        }
    }

    private static double floor(String metric) {
        JsonNode n = floors.get(metric);
        assertThat(n).as("floor %s in cluster-floors.json", metric).isNotNull();
        return n.asDouble();
    }

    private static double meanShuffled(Result r) {
        return r.shuffled().stream().mapToDouble(x -> x.score().f1()).average().orElseThrow();
    }

    @Test
    void scoresAtLeastItsFloorsOnAllTopics() {
        Result all = splits.all();
        assertThat(all.fileOrder().score().f1()).as("B-cubed F1, file order")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.all.file-order.f1"));
        assertThat(meanShuffled(all)).as("mean B-cubed F1 over %d shuffled orders", SHUFFLES)
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.all.shuffled-mean.f1"));
    }

    @Test
    void scoresAtLeastItsFloorsOnTheHeldOutTopicsClusteredOnTheirOwn() {
        Result heldOut = splits.heldOut();
        assertThat(heldOut.corpus().topics()).containsExactlyElementsOf(List.of("39", "40"));
        assertThat(heldOut.fileOrder().score().f1()).as("held-out B-cubed F1, file order")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.held-out.file-order.f1"));
        assertThat(meanShuffled(heldOut)).as("held-out mean B-cubed F1 over shuffled orders")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.held-out.shuffled-mean.f1"));
    }

    @Test
    void scoresAtLeastItsFloorWithoutEmbeddings() {
        assertThat(splits.all().lexical().score().f1()).as("B-cubed F1 without embeddings, file order")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.all.lexical.file-order.f1"));
    }

    @Test
    void beatsTheKMeansBaselineThatIsToldTheNumberOfStories() {
        assertThat(meanShuffled(splits.all())).isGreaterThan(splits.all().baseline().score().f1());
    }
}
