package org.sitrep.eval.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Sitrep;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.nlp.SharedAnnotator;
import org.sitrep.nlp.StandardStages;

/**
 * Claims, events and relations scored against the gold fixtures written for the project
 * ({@code src/test/resources/gold/analysis}), on the real pipeline; the scores are printed and
 * checked against the floors in {@code quality/analysis-floors.json}.
 */
class AnalysisGoldFixturesTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/analysis");

    @Test
    void scoresAtLeastTheFloorsOnTheGoldFixtures() throws IOException {
        Path root = Path.of(System.getProperty("sitrep.root", ".."));
        Map<String, AnalysisScore> byCase;
        try (Sitrep sitrep = Sitrep.builder().annotator(new SharedAnnotator())
                .analysers(StandardStages.analysers(SummaryConfig.defaults(), null)).threads(2).build()) {
            byCase = new AnalysisEvaluation(sitrep, root).evaluate(AnalysisEvaluation.cases(GOLD));
        }
        AnalysisScore total = byCase.values().stream().reduce(AnalysisScore.ZERO, AnalysisScore::plus);
        byCase.forEach((name, s) -> System.out.println("case " + name + "\n" + s.table() + s.missesList()));
        System.out.println("all cases\n" + total.table());
        JsonNode floors = new ObjectMapper().readTree(
                getClass().getResourceAsStream("/quality/analysis-floors.json"));
        assertThat(total.claimPairPrecision()).isGreaterThanOrEqualTo(floors.get("claim.pairs.precision").asDouble());
        assertThat(total.claimPairRecall()).isGreaterThanOrEqualTo(floors.get("claim.pairs.recall").asDouble());
        assertThat(total.verdictAccuracy()).isGreaterThanOrEqualTo(floors.get("claim.verdicts").asDouble());
        assertThat(total.eventRecall()).isGreaterThanOrEqualTo(floors.get("events.recall").asDouble());
        assertThat(total.eventPrecision()).isGreaterThanOrEqualTo(floors.get("events.precision").asDouble());
        assertThat(total.relationRecall()).isGreaterThanOrEqualTo(floors.get("relations.recall").asDouble());
        assertThat(total.relationPrecision()).isGreaterThanOrEqualTo(floors.get("relations.precision").asDouble());
    }

}
