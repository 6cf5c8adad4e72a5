package org.sitrep.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the WCXB test split as its SOURCE.md describes it: {@code test/html/ID.html.gz} beside
 * {@code test/ground-truth/ID.json} with {@code ground_truth.{title, author, publish_date,
 * main_content}}, {@code _internal.page_type.primary} and {@code url}. The dataset directory may be
 * given as the folder holding {@code test/} or as {@code test/} itself. Pages come in id order.
 * Stateless.
 */
final class WcxbReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WcxbReader() {
    }

    static List<BenchPage> read(Path dir) throws IOException {
        Path test = Files.isDirectory(dir.resolve("test")) ? dir.resolve("test") : dir;
        Path truths = test.resolve("ground-truth");
        Path html = test.resolve("html");
        if (!Files.isDirectory(truths) || !Files.isDirectory(html)) {
            throw new IOException(dir + " is not the WCXB test split: no test/ground-truth and test/html folders");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(truths)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<BenchPage> pages = new ArrayList<>();
        for (Path truth : files) {
            String id = truth.getFileName().toString().replaceFirst("\\.json$", "");
            JsonNode g = JSON.readTree(truth.toFile());
            JsonNode gold = g.path("ground_truth");
            Path page = html.resolve(id + ".html.gz");
            if (!Files.isRegularFile(page)) {
                throw new IOException("WCXB page " + page + " is missing for " + truth);
            }
            pages.add(new BenchPage(id, text(g.path("url")), gunzip(page), text(g.path("_internal")
                    .path("page_type").path("primary")), gold.path("main_content").asText(""), List.of(), List.of(),
                    text(gold.path("title")), text(gold.path("author")), day(text(gold.path("publish_date")))));
        }
        return pages;
    }

    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The day a gold date names ("2020-03-20", "2020-03-20T10:00:00"), or null. */
    static LocalDate day(String value) {
        if (value == null || value.length() < "yyyy-mm-dd".length()) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, "yyyy-mm-dd".length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static byte[] gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
