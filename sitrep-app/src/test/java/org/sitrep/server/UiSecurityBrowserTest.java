package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.pipeline.ProblemSink;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.report.SampleReports;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.ReportImporter;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceIngester;
import org.sitrep.store.fixtures.SmallWorkspaces;

/**
 * Articles carrying script tags, event-handler attributes and {@code javascript:} links, ingested
 * through the real extraction and stored with hostile analysis text as well, are shown everywhere in
 * the UI as text: no payload runs (each would set {@code window.__pwned} or open an alert), the page
 * gains no handler attribute and no script link, and every API answer is JSON with nosniff and the
 * content security policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiSecurityBrowserTest {

    private static final String PAYLOAD = "window.__pwned=1";

    @TempDir
    static Path dir;

    private ServedUi ui;
    private SitrepServer server;
    private Browser browser;
    private Http http;

    @BeforeAll
    void start() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("hostile.html"), "<html><head><title>&lt;img src=x onerror=" + PAYLOAD
                + "&gt; Valdoria floods</title><meta name=\"author\" content=\"&lt;script&gt;" + PAYLOAD
                + "&lt;/script&gt;\"></head><body><article><h1>&lt;script&gt;" + PAYLOAD + "&lt;/script&gt; Valdoria floods</h1>"
                + "<p>Heavy rain flooded Valdoria on Monday, and Mayor Elena Brandt said 40 homes were evacuated near Kessel"
                + " Bridge. &lt;script&gt;" + PAYLOAD + "&lt;/script&gt; was posted by a reader.</p>"
                + "<p>The Valdoria Water Board said &lt;img src=x onerror=" + PAYLOAD + "&gt; the dam would hold."
                + " <a href=\"javascript:" + PAYLOAD + "\" onclick=\"" + PAYLOAD + "\">Read more</a>"
                + " <img src=\"x\" onerror=\"" + PAYLOAD + "\"></p>"
                + "<p>\"We will not let \" onmouseover=\"" + PAYLOAD + "\" the river win,\" said Elena Brandt.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        SmallWorkspaces.article(in, "flood-x.jsonl", "<script>" + PAYLOAD + "</script> Kessel dam holds",
                "2024-03-05", "The Valdoria Water Board said the Kessel dam held <img src=x onerror=" + PAYLOAD
                        + "> on Tuesday. Mayor Elena Brandt said 45 homes were evacuated near Kessel Bridge.");
        Files.writeString(in.resolve("link.jsonl"), "{\"title\": \"Valdoria link\", \"url\": \"javascript:" + PAYLOAD
                + "\", \"publisher\": \"<img src=x onerror=" + PAYLOAD + ">\", \"published\": \"2024-03-06\", \"text\":"
                + " \"Mayor Elena Brandt said the Kessel Bridge reopened in Valdoria. The Valdoria Water Board agreed.\"}\n",
                StandardCharsets.UTF_8);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        try (Sitrep sitrep = SmallWorkspaces.pipeline()) {
            new WorkspaceIngester(workspace, sitrep, IngestSettings.defaults()).ingest(List.of(in.toString()),
                    RunOptions.defaults(), ProgressListener.NONE, ProblemSink.IGNORE);
        }
        ReportImporter.store(workspace, SampleReports.hostile());
        ui = ServedUi.start(workspace);
        server = ui.server();
        browser = ui.browser();
        http = new Http(server.url());
    }

    @AfterAll
    void stop() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    /** Every page of the UI for this workspace: list, searches, stories, articles, entities. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add("#/");
        pages.add("#/?q=" + java.net.URLEncoder.encode("<img src=x onerror=" + PAYLOAD + ">", StandardCharsets.UTF_8));
        for (JsonNode s : http.get("/api/stories?limit=100").json().path("stories")) {
            String id = s.path("id").asText();
            pages.add("#/story/" + id);
            JsonNode story = http.get("/api/stories/" + id).json();
            for (JsonNode a : story.path("articles")) {
                pages.add("#/article/" + a.asText() + "?start=0&end=5&story=" + id);
            }
            for (JsonNode e : story.path("entities")) {
                pages.add("#/entity/" + e.path("id").asText());
            }
        }
        return pages;
    }

    @Test
    void noPayloadRunsAnywhereInTheUi() throws Exception {
        List<String> pages = pages();
        assertThat(pages.size()).isGreaterThan(6);
        int n = 0;
        for (String page : pages) {
            browser.go("about:blank");
            browser.go(server.url() + page);
            String kind = page.startsWith("#/story") ? "story" : page.startsWith("#/article") ? "article"
                    : page.startsWith("#/entity") ? "entity" : "list";
            browser.waitForRender(kind);
            // hover and click everything a reader could, then look for any sign of a payload
            browser.script("document.querySelectorAll('main *').forEach(e => {"
                    + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });");
            assertNoAlert(page);
            assertThat(browser.script("return typeof window.__pwned;")).as(page).isEqualTo("undefined");
            assertThat(browser.script("return document.querySelectorAll('script').length;")).as(page).isEqualTo(1L);
            assertThat(browser.script("return [...document.querySelectorAll('*')].filter(e =>"
                    + " [...e.attributes].some(a => a.name.startsWith('on'))).length;")).as(page).isEqualTo(0L);
            assertThat(browser.script("return document.querySelectorAll('a[href^=\"javascript:\" i], img, iframe, object').length;"))
                    .as(page).isEqualTo(0L);
            if (n++ < 3 || kind.equals("story")) {
                browser.screenshot("hostile-" + kind + "-" + n);
            }
        }
        // the payload text is shown, as text
        browser.go(server.url() + "#/story/" + http.get("/api/stories?q=Kessel").json().path("stories").get(0).path("id").asText());
        browser.waitForRender("story");
        assertThat((String) browser.script("return document.body.textContent;")).contains("<img src=x onerror=" + PAYLOAD);
    }

    private void assertNoAlert(String page) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("an alert opened on " + page + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void everyApiAnswerIsJsonWithNosniffAndThePolicy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> paths = new ArrayList<>(List.of("/api/stories", "/api/status", "/api/search?q=script",
                "/api/stories/%3Cscript%3E", "/api/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/openapi.json"));
        for (String page : pages()) {
            if (page.startsWith("#/story/")) {
                paths.add("/api/stories/" + page.substring("#/story/".length()));
            } else if (page.startsWith("#/article/")) {
                paths.add("/api/articles/" + page.substring("#/article/".length(), page.indexOf('?')));
            }
        }
        for (String path : paths) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        }
    }
}
