package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;

/**
 * Article texts from the shared bench data, for benchmarks that start after extraction: the gold
 * main text of the WCXB test pages typed "article" ({@code wcxb/test/ground-truth/*.json}, with the
 * gold publish date when there is one) and the WikiNews articles of the MultiLing 2011 sample
 * ({@code multiling2011-sample/documents.jsonl}, dated by their date line); and, for a family held
 * out from tuning, the ECB+ documents' texts rebuilt from their tokens ({@link #ecbPlus}). All in file
 * order, so every run reads the same articles.
 *
 * <p>Reads the files on each call; not cached. Stateless.
 */
final class BenchArticles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WIKINEWS_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    /** MultiLing documents open with a title line and a date line before the body. */
    private static final int MULTILING_HEADER_LINES = 2;
    /** ECB+ token rows: document, sentence, position, word, mention tag. */
    private static final int ECB_COLUMNS = 4;

    private BenchArticles() {
    }

    /** Up to {@code limit} WCXB article pages' gold main texts, in file-name order. */
    static List<Article> wcxb(Path wcxb, int limit) throws IOException {
        Path dir = wcxb.resolve("test").resolve("ground-truth");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            if (out.size() >= limit) {
                break;
            }
            JsonNode page = JSON.readTree(f.toFile());
            String type = page.path("_internal").path("page_type").path("primary").asText("");
            String text = page.path("ground_truth").path("main_content").asText("");
            if (!type.equals("article") || text.isBlank()) {
                continue;
            }
            LocalDate day = isoDay(page.path("ground_truth").path("publish_date").asText(""));
            out.add(article("wcxb/" + f.getFileName(), text, day));
        }
        return out;
    }

    /** The WCXB articles first (the first {@code fromWcxb} of {@code articles}), then the MultiLing ones. */
    record Selection(List<Article> articles, int fromWcxb) {
    }

    /**
     * The articles a benchmark's command line {@code BENCH_DIR [WCXB_ARTICLES [MULTILING_ARTICLES]]}
     * asks for, the counts defaulting as given; prints {@code usage} and exits when no folder is given.
     */
    static Selection fromArgs(String[] args, String usage, int wcxbDefault, int multilingDefault) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: " + usage + " BENCH_DIR [WCXB_ARTICLES [MULTILING_ARTICLES]]");
            System.exit(2);
        }
        Path bench = Path.of(args[0]);
        int wcxbCount = args.length > 1 ? Integer.parseInt(args[1]) : wcxbDefault;
        int multilingCount = args.length > 2 ? Integer.parseInt(args[2]) : multilingDefault;
        List<Article> articles = new ArrayList<>(wcxb(bench.resolve("wcxb"), wcxbCount));
        int fromWcxb = articles.size();
        articles.addAll(multiling(bench.resolve("multiling2011-sample"), multilingCount));
        return new Selection(List.copyOf(articles), fromWcxb);
    }

    /** Up to {@code limit} MultiLing 2011 sample articles, paragraphs separated by blank lines. */
    static List<Article> multiling(Path multiling, int limit) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(multiling.resolve("documents.jsonl"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                for (JsonNode doc : JSON.readTree(line).path("documents")) {
                    if (out.size() >= limit) {
                        return out;
                    }
                    List<String> paragraphs = new ArrayList<>();
                    doc.path("text").forEach(p -> paragraphs.add(p.asText()));
                    if (paragraphs.size() <= MULTILING_HEADER_LINES) {
                        continue;
                    }
                    LocalDate day = wikinewsDay(paragraphs.get(1));
                    String body = String.join("\n\n", paragraphs.subList(MULTILING_HEADER_LINES, paragraphs.size()));
                    out.add(article("multiling/" + doc.path("filename").asText(), body, day));
                }
            }
        }
        return out;
    }

    /**
     * Up to {@code limit} ECB+ documents ({@code ecbplus-dev/corpus.tsv}: one token a row, document,
     * sentence, position, word, mention tag), in file order, each sentence's words joined by spaces
     * and the sentences by blank lines; undated, as the corpus gives no dates.
     */
    static List<Article> ecbPlus(Path ecbPlus, int limit) throws IOException {
        Map<String, Map<String, List<String>>> documents = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ecbPlus.resolve("corpus.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length < ECB_COLUMNS) {
                continue;
            }
            if (!documents.containsKey(cells[0]) && documents.size() >= limit) {
                break;
            }
            documents.computeIfAbsent(cells[0], d -> new LinkedHashMap<>())
                    .computeIfAbsent(cells[1], n -> new ArrayList<>()).add(cells[3]);
        }
        List<Article> out = new ArrayList<>();
        documents.forEach((name, sentences) -> {
            List<String> lines = sentences.values().stream().map(words -> String.join(" ", words)).toList();
            out.add(article("ecbplus/" + name, String.join("\n\n", lines), null));
        });
        return out;
    }

    /** An article as extraction would give it: text, source, published day (or none). */
    static Article article(String source, String text, LocalDate day) {
        return new Article(ArticleId.of(source, text), Origin.file(source), null, day == null ? null : DateRange.day(day),
                null, null, null, "en", text, List.of(), List.of(), false);
    }

    private static LocalDate isoDay(String s) {
        if (s.length() < "yyyy-mm-dd".length()) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, "yyyy-mm-dd".length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate wikinewsDay(String line) {
        try {
            return LocalDate.parse(line.trim(), WIKINEWS_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
