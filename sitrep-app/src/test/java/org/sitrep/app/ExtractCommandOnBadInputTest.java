package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep extract} on a folder of bad inputs beside a good one: each bad input costs one
 * error line naming it and the reason, the good ones are written, nothing given is changed, and
 * the exit status says some inputs failed. Also the IPTC ninjs output of the example corpus.
 */
class ExtractCommandOnBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAGRAPH = "The council approved the new budget on Thursday after a long debate about "
            + "hospital spending, school repairs and the cost of the tram extension to the northern districts.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void reportsEachBadInputOnOneLineAndExtractsTheRest() throws IOException {
        byte[] binary = new byte[4096];
        new Random(3).nextBytes(binary);
        write("a-binary.html", binary);
        write("b-no-body.html", utf8("<html><head><title>Empty page</title></head></html>"));
        StringBuilder nav = new StringBuilder("<html><body><nav><ul>");
        for (int i = 0; i < 100; i++) {
            nav.append("<li><a href=/s/").append(i).append(">Section ").append(i).append("</a></li>");
        }
        write("c-all-navigation.html", utf8(nav.append("</ul></nav></body></html>").toString()));
        write("d-deep.html", utf8("<html><body>" + "<div>".repeat(100_000) + "<p>" + PARAGRAPH + "</p></body>"));
        write("e-truncated.html.gz", gzip(utf8("<html><body><article><h1>Budget passes</h1><p>" + PARAGRAPH
                + "</p><p>The mayor said the vote showed the city could still agree on the things that matter most to "
                + "the people who")));
        byte[] latin1Declared = utf8("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Z\u00fcrich caf\u00e9 "
                + "owners welcomed it. " + PARAGRAPH + "</p></body></html>");
        Path good = write("f-wrong-charset.html", latin1Declared);

        CliRun run = CliRun.of(RealPipeline.factory(), "extract", dir.toString(), "--out", "-", "--quiet");

        assertThat(run.status()).isEqualTo(ExitStatus.INPUTS_FAILED);
        // inputs are extracted on several threads, so their error lines come in any order
        List<String> errors = run.err().lines().filter(l -> l.startsWith("error:")).sorted().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("a-binary.html").contains("binary");
        assertThat(errors.get(1)).contains("b-no-body.html").contains("no article text");
        assertThat(errors.get(2)).contains("c-all-navigation.html").contains("no article text");
        List<JsonNode> lines = run.out().lines().map(ExtractCommandOnBadInputTest::parse).toList();
        assertThat(lines).extracting(n -> Path.of(n.get("source").asText()).getFileName().toString())
                .containsExactly("d-deep.html", "e-truncated.html.gz", "f-wrong-charset.html");
        assertThat(lines.get(0).get("text").asText()).contains(PARAGRAPH);
        assertThat(lines.get(1).get("truncated").asBoolean()).isTrue();
        assertThat(lines.get(1).get("title").asText()).isEqualTo("Budget passes");
        assertThat(lines.get(2).get("text").asText()).startsWith("Z\u00fcrich caf\u00e9 owners");
        assertThat(Files.readAllBytes(good)).as("inputs are never changed").isEqualTo(latin1Declared);
    }

    @Test
    void writesTheExampleCorpusAsNinjsItems() {
        CliRun run = CliRun.of(RealPipeline.factory(), "extract", ExampleCorpus.path().toString(), "--out", "-",
                "--format", "ninjs", "--quiet");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        List<JsonNode> items = run.out().lines().map(ExtractCommandOnBadInputTest::parse).toList();
        assertThat(items).hasSize(10).allSatisfy(item -> {
            assertThat(item.get("uri").asText()).matches("(https?://|urn:sitrep:article:)\\S+");
            assertThat(item.get("type").asText()).isEqualTo("text");
            assertThat(item.get("standard").get("version").asText()).isEqualTo("2.1");
            assertThat(item.get("bodies").get(0).get("contenttype").asText()).isEqualTo("text/plain");
            assertThat(item.get("bodies").get(0).get("charcount").asInt())
                    .isEqualTo(item.get("bodies").get(0).get("value").asText().length());
            assertThat(item.get("representationtype").asText()).isIn("full", "partial");
        });
        JsonNode courier = items.stream().filter(i -> i.get("altids").toString().contains("iberian-courier"))
                .findFirst().orElseThrow();
        assertThat(courier.get("headlines").get(0).get("value").asText())
                .isEqualTo("Regulator says Calvera ignored warnings before deadly Extremadura blasts");
        assertThat(courier.get("firstcreated").asText()).isEqualTo("2026-03-18T00:00:00Z");
        assertThat(courier.get("by").asText()).isEqualTo("Javier Montes");
        assertThat(courier.get("infosources").get(0).get("name").asText()).isEqualTo("The Iberian Courier");
        assertThat(courier.get("language").asText()).isEqualTo("en");
        JsonNode undated = items.stream().filter(i -> i.get("altids").toString().contains("hazard-process"))
                .findFirst().orElseThrow();
        assertThat(undated.has("firstcreated")).as("no date is invented").isFalse();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
