package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.StoryId;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceIngester;
import org.sitrep.store.WorkspaceQueries;
import org.sitrep.store.fixtures.SmallWorkspaces;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private SitrepServer server;
    private Http http;
    private String floodStory;

    @BeforeAll
    void start() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        try (Sitrep sitrep = SmallWorkspaces.pipeline()) {
            new WorkspaceIngester(workspace, sitrep, IngestSettings.defaults()).ingest(
                    List.of(SmallWorkspaces.twoEvents(dir.resolve("in")).toString()), RunOptions.defaults(),
                    ProgressListener.NONE, ProblemSink.IGNORE);
        }
        server = SitrepServer.start(workspace, ServerConfig.defaults().withPort(0), null);
        http = new Http(server.url());
        floodStory = http.get("/api/stories?q=Kessel").json().path("stories").get(0).path("id").asText();
    }

    @AfterAll
    void stop() {
        server.close();
        workspace.close();
    }

    @Test
    void listensOnLoopbackOnTheFreePortItPicked() {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        assertThat(server.port()).isPositive();
    }

    @Test
    void storiesArePagedAndFilteredByWordsEntityAndDates() {
        Http.Answer all = http.get("/api/stories");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(all.json().path("total").asInt()).isEqualTo(2);
        assertThat(http.get("/api/stories?limit=1&offset=1").json().path("stories")).hasSize(1);
        assertThat(http.get("/api/stories?entity=Jonas%20Varga").json().path("total").asInt()).isEqualTo(1);
        assertThat(http.get("/api/stories?from=2024-05-01&to=2024-05-31").json().path("stories").get(0)
                .path("first_date").asText()).isEqualTo("2024-05-20");
        assertThat(http.get("/api/stories?q=grain%20tariffs").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void oneStoryIsExactlyTheReportJsonStoryObject() throws Exception {
        Http.Answer a = http.get("/api/stories/" + floodStory);
        assertThat(a.status()).isEqualTo(200);
        StoryAnalysis stored = new WorkspaceQueries(workspace).story(new StoryId(floodStory)).orElseThrow();
        // compared as parsed text: the writer's tree holds longs where parsing gives ints
        ObjectMapper mapper = new ObjectMapper();
        assertThat(a.json()).isEqualTo(mapper.readTree(mapper.writeValueAsString(new JsonReportWriter().story(stored))));
        assertThat(a.json().path("articles")).hasSize(3);
        JsonNode sources = http.get("/api/stories/" + floodStory + "/sources").json();
        assertThat(sources.path("articles")).hasSize(3);
        assertThat(sources.path("articles").get(0).path("publisher").asText()).isEqualTo("flood news");
    }

    @Test
    void anArticleComesWithItsAnnotatedSpans() {
        String article = http.get("/api/stories/" + floodStory).json().path("articles").get(0).asText();
        JsonNode a = http.get("/api/articles/" + article).json();
        assertThat(a.path("story").asText()).isEqualTo(floodStory);
        String text = a.path("article").path("text").asText();
        assertThat(a.path("annotations").path("sentences").size()).isGreaterThan(1);
        for (JsonNode m : a.path("annotations").path("mentions")) {
            assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
        }
    }

    @Test
    void anEntityIsFoundAcrossStoriesAndSearchGivesSnippets() {
        JsonNode story = http.get("/api/stories/" + floodStory).json();
        String entity = story.path("entities").get(0).path("id").asText();
        JsonNode e = http.get("/api/entities/" + entity).json();
        assertThat(e.path("appearances").get(0).path("story").asText()).isEqualTo(floodStory);
        JsonNode hits = http.get("/api/search?q=Kessel%20dam").json();
        assertThat(hits.path("total").asInt()).isEqualTo(3);
        assertThat(hits.path("hits").get(0).path("snippet").findValues("match")).anyMatch(JsonNode::asBoolean);
    }

    @Test
    void errorsAreJsonWithTheRightStatus() {
        Map<String, Integer> expected = Map.of(
                "/api/stories/s-0000000000", 404,
                "/api/articles/a-000000000000", 404,
                "/api/entities/s-0000000000/e1", 404,
                "/api/entities/s-0000000000/x1", 400,
                "/api/stories?limit=0", 400,
                "/api/stories?from=18%2F02%2F2020", 400,
                "/api/stories?from=2024-05-01&to=2024-04-01", 400,
                "/api/search", 400,
                "/api/nothing-here", 404,
                "/api/stories?q=" + "x".repeat(300), 400);
        expected.forEach((path, status) -> {
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(path).isEqualTo(status);
            assertThat(a.contentType()).as(path).startsWith("application/json");
            assertThat(a.json().path("error").path("status").asInt()).as(path).isEqualTo(status);
            assertThat(a.json().path("error").path("message").asText()).as(path).isNotBlank();
        });
        Http.Answer tooLong = http.get("/api/stories?" + "q=a&".repeat(700));
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.json().path("error").path("status").asInt()).isEqualTo(414);
    }

    @Test
    void assetRoutesServeOnlyTheirOwnFiles() throws Exception {
        assertThat(http.get("/").contentType()).startsWith("text/html");
        assertThat(http.get("/assets/app.js").contentType()).startsWith("text/javascript");
        for (String path : List.of("/assets/..%2f..%2fpom.xml", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/../openapi.json",
                "/assets/ui%2fapp.js", "/assets/app.js%00.html", "/assets/schema.sql", "/assets/..", "/assets/",
                "/org/sitrep/server/openapi.json", "/ui/app.js", "/assets/%2e%2e%2f%2e%2e%2fworkspace.db")) {
            Http.Answer a = http.get(path);
            assertThat(a.status()).as(path).isIn(400, 404);
            assertThat(a.body()).as(path).doesNotContain("<project").doesNotContain("root:").doesNotContain("SQLite");
        }
        // a raw request line, as a client that does not normalise dots would send it
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /assets/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 4").doesNotContain("root:");
        }
    }

    @Test
    void ingestOverHttpIsRefusedUnlessAllowed() {
        Http.Answer a = http.post("/api/ingest", "{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson");
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().path("error").path("message").asText()).contains("--allow-ingest");
    }

    @Test
    void everyRouteIsDocumentedInTheOpenApiDocumentAndNothingElse() throws Exception {
        Http.Answer a = http.get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode paths = a.json().path("paths");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + e.getKey()));
        }
        List<String> served = new ArrayList<>();
        ApiRoute.ALL.forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        // each documented GET route answers (with a real id where it takes one), never with "no route"
        String article = http.get("/api/stories/" + floodStory).json().path("articles").get(0).asText();
        String entity = http.get("/api/stories/" + floodStory).json().path("entities").get(0).path("id").asText();
        for (ApiRoute r : ApiRoute.ALL) {
            if (!r.method().equals("get")) {
                continue;
            }
            String path = r.path().replace("/api/stories/{id}", "/api/stories/" + floodStory)
                    .replace("/api/articles/{id}", "/api/articles/" + article)
                    .replace("{story}/{entity}", entity) + (r.path().equals("/api/search") ? "?q=flood" : "");
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            assertThat(new ObjectMapper().readTree(in).path("openapi").asText()).startsWith("3.");
        }
    }
}
