package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.store.IngestSettings;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceIngester;
import org.sitrep.store.fixtures.SmallWorkspaces;

class HttpIngestTest {

    @TempDir
    Path dir;

    @Test
    void anAllowedUploadAddsItsArticlesOnceAndBodiesOverTheLimitAreRefused() {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, true, 4096, 2048, 256);
        try (Workspace w = Workspace.open(dir); Sitrep sitrep = SmallWorkspaces.pipeline();
                SitrepServer server = SitrepServer.start(w, config, new WorkspaceIngester(w, sitrep, IngestSettings.defaults()))) {
            Http http = new Http(server.url());
            byte[] body = ("{\"title\": \"Floods hit Valdoria\", \"url\": \"https://news.example/f1\", \"published\": \"2024-03-04\","
                    + " \"text\": \"Heavy rain flooded Valdoria on Monday. Mayor Elena Brandt said 40 homes were evacuated.\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            JsonNode first = http.post("/api/ingest", body, "application/x-ndjson").json();
            assertThat(first.path("added").asInt()).isEqualTo(1);
            JsonNode again = http.post("/api/ingest", body, "application/x-ndjson").json();
            assertThat(again.path("added").asInt()).isZero();
            assertThat(again.path("already_present").asInt()).isEqualTo(1);
            assertThat(http.get("/api/status").json().path("articles").asInt()).isEqualTo(1);

            Http.Answer big = http.post("/api/ingest", new byte[8192], "application/x-ndjson");
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.json().path("error").path("status").asInt()).isEqualTo(413);
            assertThat(http.post("/api/ingest", new byte[0], "application/x-ndjson").status()).isEqualTo(400);
        }
    }
}
