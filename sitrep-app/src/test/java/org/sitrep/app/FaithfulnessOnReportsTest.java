package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.faithfulness.FaithfulnessCheck;
import org.sitrep.eval.faithfulness.FaithfulnessConfig;
import org.sitrep.eval.faithfulness.FaithfulnessResult;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;

/**
 * {@code sitrep eval faithfulness} on reports of the real pipeline: every headline, summary sentence
 * and timeline entry of the example corpus's report and of the seed report (when {@code ../shared}
 * is there) is supported by the spans it cites, and no disputed figure is stated as fact.
 */
class FaithfulnessOnReportsTest {

    private static final Path SEEDS = Path.of(System.getProperty("sitrep.shared", "../../shared"), "corpora", "seeds");

    private static FaithfulnessResult check(Report report) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, json);
        return new FaithfulnessCheck(StandardPipeline.embedder(), FaithfulnessConfig.defaults())
                .check(new ByteArrayInputStream(json.toByteArray()));
    }

    @Test
    void everySentenceOfTheExampleReportIsSupportedByWhatItCites() throws Exception {
        FaithfulnessResult r = check(RealPipeline.report(ExampleCorpus.path()));
        assertThat(r.sentences()).isGreaterThan(10);
        assertThat(r.kinds()).allMatch(k -> k.sentences() > 0);
        assertThat(r.failures()).as(r.toMarkdown()).isEmpty();
        assertThat(r.share()).isEqualTo(1.0);
        assertThat(r.disputedStatedAsFact()).isZero();
    }

    @Test
    void everySentenceOfTheSeedReportOnSharedCorpusIsSupported() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the seed corpus is not at " + SEEDS.toAbsolutePath());
        FaithfulnessResult r = check(RealPipeline.report(SEEDS));
        assertThat(r.failures()).as(r.toMarkdown()).isEmpty();
        assertThat(r.disputedStatedAsFact()).isZero();
    }

    @Test
    void flagsACitationThatDoesNotStateTheSentence(@TempDir Path dir) throws Exception {
        String report = """
                {"version": 1,
                 "articles": [{"id": "a1", "text": "The ferry sank near the harbour on Monday. Twelve people died."}],
                 "stories": [{"id": "s1", "headline": "The ferry sank near Port Avel on Monday.",
                   "headline_citations": [{"article": "a1", "start": 0, "end": 42}],
                   "summary": [{"text": "The ferry sank near the harbour on Monday.",
                                "citations": [{"article": "a1", "start": 0, "end": 42}]},
                               {"text": "Rescuers found 14 survivors.", "citations": [{"article": "a1", "start": 43, "end": 62}]},
                               {"text": "The ferry sank near the harbour on Monday.", "citations": []}],
                   "claims": [], "timeline": []}]}
                """;
        Path file = dir.resolve("report.json");
        Files.writeString(file, report);
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "faithfulness", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        // supported: the first summary sentence; not: the headline (Port Avel), 14 survivors, no citation
        assertThat(run.out()).contains("| summary | 3 | 1 |").contains("| headline | 1 | 0 |")
                .contains("lacks names [port, avel]").contains("figures [14]").contains("no citation");
    }

    @Test
    void countsADisputedFigureWrittenWithoutItsNote(@TempDir Path dir) throws Exception {
        String text = "Officials said 27 people were killed in the blast at the plant.";
        String report = """
                {"version": 1, "articles": [{"id": "a1", "text": "%s"}],
                 "stories": [{"id": "s1", "headline": null, "headline_citations": [],
                   "summary": [{"text": "%s", "citations": [{"article": "a1", "start": 0, "end": %d}]}],
                   "claims": [{"quantity": "people killed", "verdict": "disagree",
                     "values": [{"article": "a1", "text": "27 people", "value": 27, "start": 15, "end": 24}]}],
                   "timeline": []}]}
                """.formatted(text, text, text.length());
        Path file = dir.resolve("report.json");
        Files.writeString(file, report);
        CliRun run = CliRun.of(CliRun.NEVER, "eval", "faithfulness", file.toString(), dir.resolve("missing.json").toString());
        assertThat(run.out()).contains("Disputed figures stated as fact: 1");
        assertThat(run.status()).isEqualTo(ExitStatus.INPUTS_FAILED);
        assertThat(run.err()).contains("missing.json");
    }
}
