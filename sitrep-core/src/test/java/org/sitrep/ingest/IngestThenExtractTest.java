package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Article;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.StandardArticleExtractor;
import org.sitrep.model.DateRange;
import org.sitrep.pipeline.Problem;

/** What ingest declares (charset, URL, JSON Lines keys) reaches extraction and is used there. */
class IngestThenExtractTest {

    @TempDir
    Path dir;

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());
    private static final String PARAGRAPHS = "<p>The harbour reopened on Monday after a week of storms kept the "
            + "fishing fleet in port and cut the island off from the mainland.</p><p>Ferries will run an extra "
            + "service on Tuesday to clear the backlog of passengers, the operator said.</p>";

    private List<Article> readAndExtract(Path file) {
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new InputReader(IngestConfig.defaults()).read(List.of(file.toString()), docs::add, problems::add);
        assertThat(problems).isEmpty();
        return docs.stream().map(EXTRACTOR::apply).toList();
    }

    @Test
    void decodesAWarcPageWithTheCharsetItsHttpHeaderDeclares() throws IOException {
        byte[] page = ("<html><body><article><h1>Caf\u00e9 owners count the cost</h1>" + PARAGRAPHS
                + "</article></body></html>").getBytes(Charset.forName("windows-1252"));
        Path warc = new WarcFixture().response("https://news.example.org/2021/03/04/cafe", 200,
                "text/html; charset=windows-1252", page).write(dir.resolve("a.warc.gz"), true);
        Article a = readAndExtract(warc).get(0);
        assertThat(a.title()).isEqualTo("Caf\u00e9 owners count the cost");
        assertThat(a.evidenceFor("charset").orElseThrow().basis()).isEqualTo("declared by the container");
        assertThat(a.published()).as("from the URL, not from WARC-Date")
                .isEqualTo(DateRange.day(LocalDate.of(2021, 3, 4)));
        assertThat(a.origin().url()).isEqualTo("https://news.example.org/2021/03/04/cafe");
    }

    @Test
    void extractsJsonLinesRecordsWithTheirDeclaredMetadata() throws IOException {
        Path f = dir.resolve("dump.jsonl");
        Files.writeString(f, "{\"title\": \"Harbour reopens\", \"body\": \"" + PARAGRAPHS.replace("\"", "\\\"")
                + "\", \"published_at\": \"2022-01-10T08:00:00Z\", \"authors\": [\"Ann Lee\"], \"source\": \"Isle News\", "
                + "\"url\": \"https://isle.example.org/harbour\"}\n", StandardCharsets.UTF_8);
        Article a = readAndExtract(f).get(0);
        assertThat(a.title()).isEqualTo("Harbour reopens");
        assertThat(a.published()).isEqualTo(DateRange.day(LocalDate.of(2022, 1, 10)));
        assertThat(a.author()).isEqualTo("Ann Lee");
        assertThat(a.publisher()).isEqualTo("Isle News");
        assertThat(a.text()).startsWith("The harbour reopened on Monday").contains("\n\nFerries will run");
        assertThat(a.origin().location()).isEqualTo(f + ":1");
    }
}
