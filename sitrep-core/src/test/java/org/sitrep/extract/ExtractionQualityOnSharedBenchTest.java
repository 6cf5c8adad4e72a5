package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DeclaredMetadata;
import org.sitrep.ingest.DocumentFormat;
import org.sitrep.ingest.Origin;
import org.sitrep.ingest.RawDocument;

/**
 * Main-text extraction quality on the shared evaluation data ({@code ${sitrep.shared}/bench}),
 * scored the way each benchmark's publishers score it (see its SOURCE.md) and held against the
 * floors in {@code quality/extract-floors.json}; skipped when the data is not there. The corpus
 * size is checked before scoring so that a changed corpus is not mistaken for a changed score.
 */
class ExtractionQualityOnSharedBenchTest {

    private static final StandardArticleExtractor EXTRACTOR = new StandardArticleExtractor(ExtractionConfig.defaults());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int WCXB_PAGES = 511;
    private static final int TRAFILATURA_ENTRIES = 160;

    private static Path bench(String name) {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared is not set; shared bench data not available");
        Path dir = Path.of(shared, "bench", name);
        assumeTrue(Files.isDirectory(dir), "shared bench data not found at " + dir + "; skipping");
        return dir;
    }

    private static double floor(String metric) throws IOException {
        try (InputStream in = ExtractionQualityOnSharedBenchTest.class.getResourceAsStream("/quality/extract-floors.json")) {
            return JSON.readTree(in).get(metric).asDouble();
        }
    }

    private static String extract(byte[] html, String url) {
        RawDocument doc = new RawDocument(new Origin("bench", null, null, url), DocumentFormat.HTML, html, null,
                new DeclaredMetadata(null, url, null, null, null, null));
        try {
            return EXTRACTOR.apply(doc).text();
        } catch (ExtractionException e) {
            return "";
        }
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** Word-level bag-of-words F1 (lower-cased {@code \w+} tokens, multiset overlap), as WCXB defines it. */
    static double bagOfWordsF1(String predicted, String gold) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> g = bag(gold);
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int ng = g.values().stream().mapToInt(Integer::intValue).sum();
        if (np == 0 && ng == 0) {
            return 1;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        double precision = np == 0 ? 0 : (double) overlap / np;
        double recall = ng == 0 ? 0 : (double) overlap / ng;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = WORD.matcher(s.toLowerCase(java.util.Locale.ROOT));
        while (x.find()) {
            m.merge(x.group(), 1, Integer::sum);
        }
        return m;
    }

    @Test
    void wcxbBagOfWordsF1StaysAboveItsFloors() throws IOException {
        Path dir = bench("wcxb").resolve("test");
        List<Path> truths;
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(truths).as("WCXB test split size").hasSize(WCXB_PAGES);
        double all = 0;
        double articles = 0;
        int articleCount = 0;
        for (Path truth : truths) {
            JsonNode g = JSON.readTree(truth.toFile());
            String id = truth.getFileName().toString().replace(".json", "");
            String url = g.path("url").asText(null);
            double f1 = bagOfWordsF1(extract(gunzip(dir.resolve("html").resolve(id + ".html.gz")), url),
                    g.path("ground_truth").path("main_content").asText(""));
            all += f1;
            if (g.path("_internal").path("page_type").path("primary").asText().equals("article")) {
                articles += f1;
                articleCount++;
            }
        }
        double allF1 = all / truths.size();
        double articleF1 = articles / articleCount;
        System.out.printf("WCXB test: bag-of-words F1 %.3f on all %d pages, %.3f on %d articles%n", allF1,
                truths.size(), articleF1, articleCount);
        assertThat(articleF1).as("WCXB article F1").isGreaterThanOrEqualTo(floor("wcxb.articles.f1"));
        assertThat(allF1).as("WCXB all-pages F1").isGreaterThanOrEqualTo(floor("wcxb.all.f1"));
    }

    @Test
    void trafilaturaSnippetF1StaysAboveItsFloor() throws IOException {
        Path dir = bench("trafilatura-eval-en");
        JsonNode entries = JSON.readTree(dir.resolve("evaldata-en.json").toFile());
        assertThat(entries.size()).as("trafilatura-eval-en entries").isEqualTo(TRAFILATURA_ENTRIES);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            Path html = dir.resolve("html").resolve(e.getValue().get("file").asText() + ".gz");
            String text = normalise(extract(gunzip(html), e.getKey()));
            for (JsonNode s : e.getValue().path("with")) {
                if (text.contains(normalise(s.asText()))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (JsonNode s : e.getValue().path("without")) {
                if (text.contains(normalise(s.asText()))) {
                    fp++;
                }
            }
        }
        double f1 = 2.0 * tp / (2 * tp + fp + fn);
        System.out.printf("trafilatura-eval-en: snippet F1 %.3f (tp %d, fn %d, fp %d)%n", f1, tp, fn, fp);
        assertThat(f1).as("trafilatura-eval-en snippet F1").isGreaterThanOrEqualTo(floor("trafilatura-eval-en.f1"));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
