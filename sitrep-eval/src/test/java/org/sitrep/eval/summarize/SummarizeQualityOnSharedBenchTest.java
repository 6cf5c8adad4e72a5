package org.sitrep.eval.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.Sitrep;
import org.sitrep.analyse.CountryNames;
import org.sitrep.analyse.StandardAnalysers;
import org.sitrep.analyse.SummaryConfig;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.eval.rouge.Rouge;
import org.sitrep.eval.rouge.RougeConfig;
import org.sitrep.eval.rouge.RougeMeasure;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.nlp.SharedAnnotator;

/**
 * The quality gate for summaries: Sitrep on the real pipeline (CoreNLP, MiniLM) and LexRank on the
 * MultiLing 2011 sample in one run, scored as {@code sitrep eval summarize} scores them; fails when
 * Sitrep's ROUGE-2 or its ratio to LexRank drops below the floors in
 * {@code quality/summarize-floors.json}. Skipped when {@code ../shared} is absent.
 */
class SummarizeQualityOnSharedBenchTest {

    @Test
    void sitrepKeepsItsRouge2AndItsLeadOverLexRank() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Path dir = shared == null ? null : Path.of(shared, "bench", "multiling2011-sample");
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("documents.jsonl")),
                "../shared/bench/multiling2011-sample is absent: skipping the summary quality floors");
        JsonNode floors;
        try (InputStream in = getClass().getResourceAsStream("/quality/summarize-floors.json")) {
            floors = new ObjectMapper().readTree(in);
        }
        List<MultiLingTopic> topics = MultiLingDataset.read(dir);
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        CountryNames countries = CountryNames.of(Gazetteer.standard());
        SummarizeResults results;
        try (Sitrep sitrep = Sitrep.builder().threads(2).annotator(new SharedAnnotator()).build()) {
            SummarizeEvaluation evaluation = new SummarizeEvaluation(new Rouge(RougeConfig.defaults()), (t, d) ->
                    sitrep.annotate(sitrep.extract(new RawDocument(Origin.file("multiling/" + t.id() + "/" + d.name()),
                            DocumentFormat.TEXT, d.text().getBytes(StandardCharsets.UTF_8), "UTF-8", null))));
            Map<String, List<AnnotatedArticle>> annotated = evaluation.annotate(topics);
            LexRankBaseline lexRank = new LexRankBaseline(LexRankBaseline.THRESHOLD);
            results = evaluation.run(topics, annotated, List.of(
                    new SitrepSummarizer(words -> StandardAnalysers.all(countries, SummaryConfig.forWords(words), embedder)),
                    TopicSummarizer.of(lexRank)));
        }
        double sitrep = results.system("Sitrep").meanF1(RougeMeasure.ROUGE_2);
        double lexRank = results.systems().get(1).meanF1(RougeMeasure.ROUGE_2);
        assertThat(sitrep).as("Sitrep ROUGE-2 F1%n%s", results.toMarkdown(results.systems().get(1).system()))
                .isGreaterThanOrEqualTo(floors.get("sitrep_rouge2_f1").asDouble());
        assertThat(sitrep / lexRank).as("Sitrep ROUGE-2 over LexRank's (%.4f / %.4f)", sitrep, lexRank)
                .isGreaterThanOrEqualTo(floors.get("sitrep_rouge2_over_lexrank").asDouble());
        for (SummarizeResults.TopicScore t : results.system("Sitrep").topics()) {
            // the summary's length: within 15% of the requested words (the disputed-figure notes included)
            assertThat(t.wordsWritten()).as("words of Sitrep's summary of %s", t.topic())
                    .isBetween((int) Math.floor(t.budget() * 0.85), (int) Math.ceil(t.budget() * 1.15));
        }
    }

}
