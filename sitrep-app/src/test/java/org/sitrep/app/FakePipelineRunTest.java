package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ArticleAnnotator;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.extract.Article;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.ArticleId;
import org.sitrep.pipeline.ProblemSink;

/**
 * Runs both commands end to end on a pipeline of trivial stages (the text is the file, every article
 * its own story), so what is checked is the command: files written, output format, exit status,
 * problem and closing lines. Needs the real ingest stage; skipped in a build that does not have it
 * yet.
 */
class FakePipelineRunTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void needsIngest() {
        boolean ingestAvailable;
        try {
            new InputReader(IngestConfig.defaults()).read(List.of(), d -> { }, ProblemSink.IGNORE);
            ingestAvailable = true;
        } catch (UnsupportedOperationException e) {
            ingestAvailable = false;
        }
        assumeTrue(ingestAvailable, "ingest is not in this build yet");
    }

    static Sitrep trivialPipeline(int threads) {
        ArticleExtractor extractor = d -> textArticle(d);
        ArticleAnnotator annotator = new ArticleAnnotator() {
            @Override
            public String name() {
                return "as-is";
            }

            @Override
            public AnnotatedArticle apply(Article a) {
                return AnnotatedArticle.of(a);
            }
        };
        StoryClusterer clusterer = articles -> articles.stream().map(a -> Story.of(List.of(a))).toList();
        return Sitrep.builder().extractor(extractor).annotator(annotator).clusterer(clusterer).threads(threads).build();
    }

    private static Article textArticle(RawDocument d) {
        String text = new String(d.content(), StandardCharsets.UTF_8).strip();
        return new Article(ArticleId.of(d.origin().source(), text), d.origin(), "Title of " + d.origin().path(),
                null, null, null, null, "en", text, List.of(), List.of(), false);
    }

    @Test
    void reportWritesTheThreeFilesAndExitsOneWhenAnInputIsMissing() throws IOException {
        Path in = Files.writeString(tmp.resolve("talks.txt"), "Turkish and Russian officials met in Moscow.");
        Path missing = tmp.resolve("missing.txt");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of(FakePipelineRunTest::trivialPipeline, "report", in.toString(), missing.toString(),
                "--out", out.toString(), "--date", "2020-02-18");

        assertThat(run.status()).isEqualTo(ExitStatus.INPUTS_FAILED);
        assertThat(out.resolve("report.json")).isRegularFile();
        assertThat(out.resolve("report.md")).isRegularFile();
        assertThat(out.resolve("report.html")).isRegularFile();
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("articles")).hasSize(1);
        assertThat(json.get("articles").get(0).get("published").asText()).isEqualTo("2020-02-18");
        assertThat(run.err()).contains("error: " + missing)
                .contains("sitrep: 1 article from 1 document, 1 story, 1 input failed, 0 warnings -> "
                        + out.resolve("report.{json,md,html}"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("report.json", "report.md", "report.html");
        }
    }

    @Test
    void extractWritesOneJsonObjectPerArticleToStandardOutput() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "First article.");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Second article.");

        CliRun run = CliRun.of(FakePipelineRunTest::trivialPipeline, "extract", a.toString(), b.toString(),
                "--out", "-", "--quiet");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = mapper.readValue(lines.get(0), Map.class);
        assertThat(first).containsKeys("id", "source", "title", "published", "updated", "author", "publisher",
                "language", "truncated", "text");
        assertThat(first.get("text")).isEqualTo("First article.");
        assertThat(run.err()).endsWith("sitrep: 2 articles, 0 inputs failed, 0 warnings -> standard output"
                + System.lineSeparator());
    }

    @Test
    void extractToAFileWritesItWhole() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Only article.");
        Path out = tmp.resolve("deep/dir/articles.jsonl");

        CliRun run = CliRun.of(FakePipelineRunTest::trivialPipeline, "extract", a.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"Only article.\""));
        assertThat(run.err()).contains("extract: 1/1 done in ");
    }
}
