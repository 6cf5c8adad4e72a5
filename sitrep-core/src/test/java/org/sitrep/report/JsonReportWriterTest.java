package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.ArticleId;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static byte[] bytes(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, out);
        return out.toByteArray();
    }

    static JsonNode parse(Report report) throws IOException {
        return MAPPER.readTree(bytes(report));
    }

    @Test
    void writesEveryContractFieldWithItsType() throws IOException {
        JsonNode root = parse(SampleReports.sample());

        assertThat(root.get("version").isInt()).isTrue();
        assertThat(root.get("version").asInt()).isEqualTo(Report.VERSION);
        assertThat(root.get("articles")).hasSize(3);
        for (JsonNode a : root.get("articles")) {
            assertString(a, "id");
            assertString(a, "source");
            assertStringOrNull(a, "title");
            assertStringOrNull(a, "published");
            assertStringOrNull(a, "publisher");
            assertStringOrNull(a, "author");
            assertString(a, "text");
            assertArrayOf(a, "boilerplate_removed", JsonNode::isTextual);
        }
        assertThat(root.get("stories")).hasSize(2);
        for (JsonNode s : root.get("stories")) {
            assertString(s, "id");
            assertStringOrNull(s, "headline");
            assertArrayOf(s, "articles", JsonNode::isTextual);
            forEach(s, "summary", x -> {
                assertString(x, "text");
                forEach(x, "citations", JsonReportWriterTest::assertCitation);
            });
            forEach(s, "entities", x -> {
                assertString(x, "id");
                assertString(x, "name");
                assertString(x, "type");
                assertArrayOf(x, "aliases", JsonNode::isTextual);
                assertThat(x.get("mentions").isInt()).as("mentions is a count").isTrue();
            });
            forEach(s, "claims", x -> {
                assertString(x, "quantity");
                assertThat(x.get("verdict").asText()).isIn("agree", "disagree", "compatible", "single");
                forEach(x, "values", v -> {
                    assertCitation(v);
                    assertString(v, "text");
                    assertThat(v.get("value").isNumber()).isTrue();
                    assertThat(v.get("low").isNumber() || v.get("low").isNull()).isTrue();
                    assertThat(v.get("high").isNumber() || v.get("high").isNull()).isTrue();
                });
            });
            forEach(s, "events", x -> {
                assertStringOrNull(x, "date");
                assertStringOrNull(x, "date_basis");
                assertArrayOf(x, "actors", JsonNode::isTextual);
                assertString(x.get("action"), "code");
                assertString(x.get("action"), "label");
                assertStringOrNull(x, "location");
                assertString(x, "description");
                forEach(x, "evidence", JsonReportWriterTest::assertCitation);
            });
            forEach(s, "relations", x -> {
                assertString(x, "source");
                assertString(x, "relation");
                assertString(x, "target");
                forEach(x, "evidence", JsonReportWriterTest::assertCitation);
            });
            forEach(s, "quotes", x -> {
                assertString(x, "text");
                assertStringOrNull(x, "speaker");
                assertCitation(x);
            });
            forEach(s, "timeline", x -> {
                assertString(x, "date");
                assertString(x, "text");
                forEach(x, "citations", JsonReportWriterTest::assertCitation);
            });
        }
    }

    @Test
    void writesTheSampleStoryAsTheContractSaysInDetail() throws IOException {
        JsonNode story = parse(SampleReports.sample()).get("stories").get(0);

        assertThat(story.get("entities").get(0).get("mentions").asInt()).isEqualTo(2);
        assertThat(story.get("entities").get(0).get("type").asText()).isEqualTo("person");
        JsonNode event = story.get("events").get(0);
        assertThat(event.get("date").asText()).isEqualTo("2020-02-18");
        assertThat(event.get("action").get("code").asText()).isEqualTo("04");
        assertThat(event.get("action").get("label").asText()).isEqualTo("consult");
        assertThat(event.get("actors")).extracting(JsonNode::asText)
                .containsExactly(story.get("entities").get(1).get("id").asText(),
                        story.get("entities").get(2).get("id").asText());
        assertThat(story.get("relations").get(0).get("relation").asText()).isEqualTo("backs");
        assertThat(story.get("relations").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(story.get("claims").get(0).get("verdict").asText()).isEqualTo("compatible");
        assertThat(story.get("summary").get(1).get("disputed").asBoolean()).isTrue();
        assertThat(story.get("timeline").get(0).get("date").asText()).isEqualTo("2020-02");
        assertThat(story.get("quotes").get(1).get("speaker").isNull()).isTrue();
        assertThat(story.get("headline").asText()).startsWith("Turkey and Russia hold talks");
        assertThat(story.get("headline_citations")).hasSize(2);

        JsonNode untitled = parse(SampleReports.sample()).get("stories").get(1);
        assertThat(untitled.get("headline").isNull()).isTrue();
        assertThat(untitled.get("summary")).isEmpty();
    }

    @Test
    void offsetsPointAtTheCitedWordsOfThatArticle() throws IOException {
        JsonNode root = parse(SampleReports.sample());
        Map<String, String> texts = new HashMap<>();
        root.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));

        JsonNode story = root.get("stories").get(0);
        for (JsonNode q : story.get("quotes")) {
            assertThat(cited(texts, q)).isEqualTo(q.get("text").asText());
        }
        for (JsonNode v : story.get("claims").get(0).get("values")) {
            assertThat(cited(texts, v)).isEqualTo(v.get("text").asText());
        }
        assertThat(cited(texts, story.get("relations").get(0).get("evidence").get(0)))
                .isEqualTo("Russia backs the Syrian government of Bashar al-Assad.");
        assertThat(cited(texts, story.get("summary").get(1).get("citations").get(1)))
                .isEqualTo("More than a dozen Turkish soldiers");
        assertThat(cited(texts, story.get("events").get(0).get("evidence").get(1)))
                .isEqualTo("Sedat Önal led the delegation in Moscow.");
        for (JsonNode id : story.get("articles")) {
            assertThat(texts).containsKey(id.asText());
        }
    }

    @Test
    void writesAnOpenBoundAsNullSoTheFileStaysValidJson() throws IOException {
        byte[] json = bytes(SampleReports.sample());
        JsonNode open = MAPPER.readTree(json).get("stories").get(0).get("claims").get(0).get("values").get(1);

        assertThat(open.get("high").isNull()).isTrue();
        assertThat(open.get("low").asInt()).isEqualTo(13);
        assertThat(open.get("value").isIntegralNumber()).as("whole numbers are written without a fraction").isTrue();
        assertThat(new String(json, StandardCharsets.UTF_8)).doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void sameReportGivesSameBytes() throws IOException {
        assertThat(bytes(SampleReports.sample())).isEqualTo(bytes(SampleReports.sample()));
    }

    @Test
    void writesNearDuplicatesSortedByArticleWhateverTheMapOrder() throws IOException {
        Report sample = SampleReports.sample();
        List<AnnotatedArticle> articles = sample.articles();
        Map<ArticleId, ArticleId> copies = Map.of(articles.get(2).id(), articles.get(0).id(),
                articles.get(1).id(), articles.get(0).id());
        Story story = new Story(sample.stories().get(0).story().id(), articles, copies);
        Report report = new Report(articles, List.of(StoryAnalysis.of(story)), sample.stats());

        JsonNode written = parse(report).get("stories").get(0).get("copies");

        assertThat(written).hasSize(2);
        List<String> order = List.of(written.get(0).get("article").asText(), written.get(1).get("article").asText());
        assertThat(order).isSorted();
        assertThat(written.get(0).get("copy_of").asText()).isEqualTo(articles.get(0).id().value());
    }

    @Test
    void writesPrettyPrintedUtf8WithUnixLineEnds() throws IOException {
        String json = new String(bytes(SampleReports.sample()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"version\": 1,\n").endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("Sedat Önal").contains("Recep Tayyip Erdoğan");
    }

    @Test
    void writesRunCountsAndArticleProvenance() throws IOException {
        JsonNode root = parse(SampleReports.sample());

        assertThat(root.get("stats").get("documents").asInt()).isEqualTo(4);
        assertThat(root.get("stats").get("failed").asInt()).isEqualTo(1);
        JsonNode first = root.get("articles").get(0);
        assertThat(first.get("source").asText()).startsWith("https://www.bloomberg.com/");
        assertThat(first.get("origin").get("path").asText()).isEqualTo("corpus/bloomberg.html");
        assertThat(first.get("boilerplate_removed")).extracting(JsonNode::asText)
                .containsExactly("ADVERTISEMENT", "Share this article | Email");
        assertThat(first.get("boilerplate").get(1).get("reason").asText()).isEqualTo("share prompt");
        JsonNode third = root.get("articles").get(2);
        assertThat(third.get("origin").get("line").asInt()).isEqualTo(3);
        assertThat(third.get("published").isNull()).isTrue();
    }

    private static String cited(Map<String, String> texts, JsonNode citation) {
        String text = texts.get(citation.get("article").asText());
        assertThat(text).as("cited article is in the report").isNotNull();
        return text.substring(citation.get("start").asInt(), citation.get("end").asInt());
    }

    private static void assertCitation(JsonNode c) {
        assertString(c, "article");
        assertThat(c.get("start").isInt()).as("start in " + c).isTrue();
        assertThat(c.get("end").isInt()).as("end in " + c).isTrue();
        assertThat(c.get("start").asInt()).isLessThanOrEqualTo(c.get("end").asInt());
    }

    private static void assertString(JsonNode n, String field) {
        assertThat(n.has(field)).as(field + " in " + n).isTrue();
        assertThat(n.get(field).isTextual()).as(field + " is a string in " + n).isTrue();
    }

    private static void assertStringOrNull(JsonNode n, String field) {
        assertThat(n.has(field)).as(field + " in " + n).isTrue();
        assertThat(n.get(field).isTextual() || n.get(field).isNull()).as(field + " is a string or null").isTrue();
    }

    private static void assertArrayOf(JsonNode n, String field, java.util.function.Predicate<JsonNode> element) {
        assertThat(n.get(field).isArray()).as(field + " is an array in " + n).isTrue();
        n.get(field).forEach(e -> assertThat(element.test(e)).as("element of " + field + ": " + e).isTrue());
    }

    private static void forEach(JsonNode n, String field, Consumer<JsonNode> check) {
        assertThat(n.get(field)).as(field + " in " + n).isNotNull();
        assertThat(n.get(field).isArray()).as(field + " is an array").isTrue();
        n.get(field).forEach(check);
    }
}
