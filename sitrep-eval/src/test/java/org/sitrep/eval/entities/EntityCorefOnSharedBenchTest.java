package org.sitrep.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.CountryNames;
import org.sitrep.annotate.Gazetteer;

/**
 * Entity coreference on the ECB+ dev topics in the shared bench data ({@code $sitrep.shared/bench/ecbplus-dev}):
 * Sitrep's resolver must stay above the floors in {@code quality/entity-coref-floors.json}, and on
 * all mentions and on the mentions that hold names (what it meets in the pipeline) above the same-head
 * baseline, and on the held-out topics 39 and 40 above their own floors.
 * Skipped when the shared data is not there.
 */
class EntityCorefOnSharedBenchTest {

    /** The topics no resolver rule was tuned on (as {@code sitrep eval entities --held-out} defaults to). */
    private static final List<String> HELD_OUT = List.of("39", "40");

    /** The shared ECB+ data; skips the test when it is not there. */
    private static EcbPlusCorpus sharedCorpus() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path dir = shared == null ? null : Path.of(shared, "bench", "ecbplus-dev");
        assumeThat(dir != null && Files.isDirectory(dir))
                .as("shared ECB+ data not found at " + dir + " (set -Dsitrep.shared); skipping").isTrue();
        return EcbPlusCorpus.read(dir);
    }

    private static JsonNode floors() throws IOException {
        try (InputStream in = EntityCorefOnSharedBenchTest.class.getResourceAsStream("/quality/entity-coref-floors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void resolverStaysAboveItsFloorsAndTheBaselineWithinGoldTopics() throws IOException {
        EcbPlusCorpus corpus = sharedCorpus();
        EntityCorefEvaluation evaluation = new EntityCorefEvaluation(CountryNames.of(Gazetteer.standard()));
        JsonNode floors = floors();
        for (boolean names : new boolean[] {false, true}) {
            List<EntityCorefEvaluation.Result> results = evaluation.evaluate(corpus, EntityCorefEvaluation.Scope.TOPIC,
                    names);
            EntityCorefEvaluation.Result sitrep = results.get(0);
            EntityCorefEvaluation.Result sameHead = results.get(1);
            String view = names ? "names" : "all mentions";
            System.err.printf(Locale.ROOT, "ECB+ dev entity coreference within topics, %s: Sitrep CoNLL F1 %.4f, "
                    + "B-cubed F1 %.4f; same-head baseline CoNLL F1 %.4f%n", view, sitrep.conll(), sitrep.bcubed().f1(),
                    sameHead.conll());
            String prefix = names ? "ecbplus-dev.topic.names." : "ecbplus-dev.topic.";
            assertThat(sitrep.method()).isEqualTo(EntityCorefEvaluation.Method.SITREP);
            assertThat(sameHead.method()).isEqualTo(EntityCorefEvaluation.Method.SAME_HEAD);
            assertThat(sitrep.conll()).as("CoNLL F1, " + view)
                    .isGreaterThanOrEqualTo(floors.path(prefix + "conll.f1").asDouble(1));
            assertThat(sitrep.bcubed().f1()).as("B-cubed F1, " + view)
                    .isGreaterThanOrEqualTo(floors.path(prefix + "bcubed.f1").asDouble(1));
            assertThat(sitrep.conll()).as("beats the same-head baseline, " + view).isGreaterThan(sameHead.conll());
        }
    }

    @Test
    void resolverStaysAboveItsFloorsOnTheHeldOutTopics() throws IOException {
        EcbPlusCorpus heldOut = sharedCorpus().ofTopics(HELD_OUT);
        assertThat(heldOut.topics()).containsExactlyElementsOf(HELD_OUT);
        EntityCorefEvaluation evaluation = new EntityCorefEvaluation(CountryNames.of(Gazetteer.standard()));
        JsonNode floors = floors();
        for (boolean names : new boolean[] {false, true}) {
            EntityCorefEvaluation.Result sitrep = evaluation.evaluate(heldOut, EntityCorefEvaluation.Scope.TOPIC, names)
                    .get(0);
            String key = names ? "ecbplus-dev.topic.heldout.names.conll.f1" : "ecbplus-dev.topic.heldout.conll.f1";
            System.err.printf(Locale.ROOT, "ECB+ dev held-out topics %s, %s: Sitrep CoNLL F1 %.4f%n", HELD_OUT,
                    names ? "names" : "all mentions", sitrep.conll());
            assertThat(sitrep.conll()).as(key).isGreaterThanOrEqualTo(floors.path(key).asDouble(1));
        }
    }
}
