package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on the real pipeline (shared CoreNLP models): files written atomically,
 * output formats, exit statuses, one line per bad input, the closing line.
 */
class ReportCommandOnRealPipelineTest {

    private static final String TALKS = "Turkey and Russia hold talks on Idlib\n\n"
            + "Turkish and Russian officials held talks in Moscow on Monday to ease the crisis in Idlib, "
            + "where Syrian forces killed 13 Turkish soldiers this month.\n\n"
            + "“We call on Ankara to implement what was agreed,” Russian Foreign Minister Sergey Lavrov said.\n";

    @TempDir
    Path tmp;

    @Test
    void reportWritesTheThreeFilesAndExitsOneWhenAnInputFails() throws IOException {
        Path in = Files.writeString(tmp.resolve("talks.txt"), TALKS);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path binary = Files.write(tmp.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Path missing = tmp.resolve("missing.txt");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.of(RealPipeline.factory(), "report", in.toString(), empty.toString(), binary.toString(),
                missing.toString(), "--out", out.toString(), "--date", "2020-02-18");

        assertThat(run.status()).isEqualTo(ExitStatus.INPUTS_FAILED);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("articles")).hasSize(1);
        assertThat(json.get("articles").get(0).get("published").asText()).isEqualTo("2020-02-18");
        assertThat(json.get("stories")).hasSize(1);
        assertThat(out.resolve("report.md")).isRegularFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("Lavrov");
        for (Path bad : List.of(empty, binary, missing)) {
            assertThat(run.err().lines().filter(l -> l.startsWith("error: " + bad)).count())
                    .as("one error line for %s in%n%s", bad, run.err()).isEqualTo(1);
        }
        assertThat(run.err()).contains("sitrep: 1 article from 1 document, 1 story, 3 inputs failed, 0 warnings -> "
                + out.resolve("report.{json,md,html}"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("report.json", "report.md", "report.html");
        }
        assertThat(Files.readString(in)).as("inputs are never changed").isEqualTo(TALKS);
    }

    @Test
    void reportExitsZeroOnTheExampleCorpus() throws IOException {
        Path out = tmp.resolve("example");
        CliRun run = CliRun.of(RealPipeline.factory(), "report", ExampleCorpus.path().toString(), "--out",
                out.toString(), "--quiet");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("articles")).hasSize(10);
    }

    @Test
    void extractWritesOneJsonObjectPerArticleToStandardOutput() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), TALKS);
        Path b = Files.writeString(tmp.resolve("b.jsonl"),
                "{\"title\":\"Second\",\"text\":\"Officials met again on Tuesday to discuss the ceasefire in the province.\","
                        + "\"published\":\"2020-02-19\",\"url\":\"https://news.example/second\"}\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of(RealPipeline.factory(), "extract", a.toString(), b.toString(), "--out", "-", "--quiet");

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = mapper.readValue(lines.get(0), Map.class);
        assertThat(first).containsKeys("id", "source", "title", "published", "updated", "author", "publisher",
                "language", "truncated", "text");
        assertThat(first.get("title")).isEqualTo("Turkey and Russia hold talks on Idlib");
        @SuppressWarnings("unchecked")
        Map<String, Object> second = mapper.readValue(lines.get(1), Map.class);
        assertThat(second.get("published")).isEqualTo("2020-02-19");
        assertThat(second.get("source")).isEqualTo("https://news.example/second");
        assertThat(run.err()).endsWith("sitrep: 2 articles, 0 inputs failed, 0 warnings -> standard output"
                + System.lineSeparator());
    }

    @Test
    void extractToAFileWritesItWhole() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), TALKS);
        Path out = tmp.resolve("deep/dir/articles.jsonl");

        CliRun run = CliRun.of(RealPipeline.factory(), "extract", a.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains("Sergey Lavrov"));
        assertThat(run.err()).contains("extract: 1/1 done in ");
    }
}
