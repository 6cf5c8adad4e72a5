package org.sitrep.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.cluster.TrackerConfig;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.nlp.SharedCoreNlp;

/**
 * Story clustering quality on ECB+ ({@code ${sitrep.shared}/bench/ecbplus-dev}) with the standard
 * pipeline's annotation and embeddings and the default tracker settings, held against the floors in
 * {@code quality/cluster-floors.json}; skipped when the data is not there. The corpus size is checked
 * first, so a changed corpus is not mistaken for a changed score.
 */
class StoryClusteringQualityOnSharedBenchTest {

    private static final int DOCUMENTS = 101;
    private static final int STORIES = 10;
    private static final int SHUFFLES = 10;

    private static StoryClusteringEvaluation.Result result;
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
        result = new StoryClusteringEvaluation(SharedCoreNlp::annotate, new MiniLmEmbedder())
                .evaluate(corpus, TrackerConfig.defaults(), SHUFFLES);
        try (InputStream in = StoryClusteringQualityOnSharedBenchTest.class
                .getResourceAsStream("/quality/cluster-floors.json")) {
            floors = new ObjectMapper().readTree(in);
        }
    }

    private static double floor(String metric) {
        return floors.get(metric).asDouble();
    }

    @Test
    void scoresAtLeastItsFloorInFileOrder() {
        assertThat(result.fileOrder().score().f1()).as("B-cubed F1, file order")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.file-order.f1"));
    }

    @Test
    void scoresAtLeastItsFloorOnAverageOverShuffledOrders() {
        double mean = result.shuffled().stream().mapToDouble(r -> r.score().f1()).average().orElseThrow();
        assertThat(mean).as("mean B-cubed F1 over %d shuffled orders", SHUFFLES)
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.shuffled-mean.f1"));
    }

    @Test
    void scoresAtLeastItsFloorWithoutEmbeddings() {
        assertThat(result.lexical().score().f1()).as("B-cubed F1 without embeddings, file order")
                .isGreaterThanOrEqualTo(floor("ecbplus-dev.lexical.file-order.f1"));
    }

    @Test
    void beatsTheKMeansBaselineThatIsToldTheNumberOfStories() {
        assertThat(result.fileOrder().score().f1()).isGreaterThan(result.baseline().score().f1());
    }
}
