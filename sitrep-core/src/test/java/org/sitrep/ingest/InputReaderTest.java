package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.Problem.Severity;

class InputReaderTest {

    @TempDir
    Path dir;

    /** What one read gave: the documents passed on, the problems reported, the stats. */
    record Result(List<RawDocument> documents, List<Problem> problems, IngestStats stats) {
        List<String> locations() {
            return documents.stream().map(d -> d.origin().location()).toList();
        }

        List<String> texts() {
            return documents.stream().map(d -> new String(d.content(), StandardCharsets.UTF_8)).toList();
        }

        Problem onlyProblem() {
            assertThat(problems).hasSize(1);
            return problems.get(0);
        }
    }

    private Result read(IngestConfig config, String... inputs) {
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        IngestStats stats = new InputReader(config).read(List.of(inputs), docs::add, problems::add);
        return new Result(docs, problems, stats);
    }

    private Result read(String... inputs) {
        return read(IngestConfig.defaults(), inputs);
    }

    private Result readStdin(byte[] content) {
        return read(new IngestConfig(IngestConfig.DEFAULT_MAX_DOCUMENT_BYTES, new ByteArrayInputStream(content)), "-");
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String s(Path p) {
        return p.toString();
    }

    // ---- what is read

    @Test
    void readsTextAndHtmlFilesWithTheirFormat() throws IOException {
        Path txt = write("a.txt", "Plain text.");
        Path html = write("b.html", "<html><body><p>Hello</p></body></html>");
        Result r = read(s(txt), s(html));
        assertThat(r.documents()).extracting(d -> d.origin().path(), RawDocument::format)
                .containsExactly(tuple(s(txt), DocumentFormat.TEXT), tuple(s(html), DocumentFormat.HTML));
        assertThat(r.problems()).isEmpty();
        assertThat(r.stats()).isEqualTo(new IngestStats(2, 0, 0));
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderAndSkipsOtherTypes() throws IOException {
        write("d/b.txt", "B");
        write("d/a.htm", "<p>A</p>");
        write("d/sub/c.text", "C");
        write("d/notes.pdf", "%PDF-1.4");
        write("d/image.png", "x");
        Result r = read(s(dir.resolve("d")));
        assertThat(r.locations()).containsExactly(s(dir.resolve("d/a.htm")), s(dir.resolve("d/b.txt")),
                s(dir.resolve("d/sub/c.text")));
        assertThat(r.problems()).isEmpty();
        assertThat(r.stats()).isEqualTo(new IngestStats(3, 0, 2));
    }

    @Test
    void sniffsAnExplicitlyNamedFileOfUnknownType() throws IOException {
        Path html = write("page.download", "<!DOCTYPE html><html><body><p>x</p></body></html>");
        Path text = write("notes.md", "Just words.");
        Path jsonl = write("dump.data", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        Result r = read(s(html), s(text), s(jsonl));
        assertThat(r.documents()).extracting(RawDocument::format)
                .containsExactly(DocumentFormat.HTML, DocumentFormat.TEXT, DocumentFormat.TEXT, DocumentFormat.TEXT);
        assertThat(r.texts()).endsWith("one", "two");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void readsStandardInputAndSniffsItsFormat() throws IOException {
        assertThat(readStdin("<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8)).documents())
                .singleElement().satisfies(d -> {
                    assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
                    assertThat(d.origin().path()).isEqualTo("-");
                });
        Result jsonl = readStdin("{\"body\": \"first\"}\n\n{\"body\": \"second\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(jsonl.locations()).containsExactly("-:1", "-:3");
        Result gz = readStdin(gzip("Text from a pipe."));
        assertThat(gz.texts()).containsExactly("Text from a pipe.");
        assertThat(gz.documents().get(0).format()).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void decompressesGzipAndDispatchesOnTheInnerExtension() throws IOException {
        Path txt = write("a.txt.gz", gzip("Compressed text."));
        Path html = write("b.html.gz", gzip("<p>Compressed page.</p>"));
        Path jsonl = write("c.jsonl.gz", gzip("{\"text\": \"x\"}\n{\"text\": \"y\"}\n"));
        Result r = read(s(txt), s(html), s(jsonl));
        assertThat(r.documents()).extracting(d -> d.origin().location(), RawDocument::format).containsExactly(
                tuple(s(txt), DocumentFormat.TEXT), tuple(s(html), DocumentFormat.HTML),
                tuple(s(jsonl) + ":1", DocumentFormat.TEXT), tuple(s(jsonl) + ":2", DocumentFormat.TEXT));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void mapsJsonLinesKeysToDeclaredMetadata() throws IOException {
        Path f = write("a.jsonl", """
                {"title": "T", "body": "Body text.", "link": "https://x.test/a", "published_at": "2020-02-18", \
                "authors": ["Ann Lee", {"name": "Bo Chan"}], "site_name": "Daily", "lang": "en", "extra": 1}
                {"content": "<p>Para one.</p><p>Two.</p>", "date": "Feb 3, 2021", "author": "Cy", "source": {"name": "Wire"}, \
                "date_download": "2021-02-04 10:11:12"}
                """);
        Result r = read(s(f));
        assertThat(r.problems()).isEmpty();
        RawDocument first = r.documents().get(0);
        assertThat(first.declared()).isEqualTo(
                new DeclaredMetadata("T", "https://x.test/a", "2020-02-18", "Ann Lee, Bo Chan", "Daily", "en"));
        assertThat(first.origin()).isEqualTo(new Origin(s(f), 1, null, "https://x.test/a"));
        assertThat(first.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(first.declaredCharset()).isEqualTo("UTF-8");
        RawDocument second = r.documents().get(1);
        assertThat(second.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(second.declared()).isEqualTo(
                new DeclaredMetadata(null, null, "Feb 3, 2021", "Cy", "Wire", null, "2021-02-04 10:11:12"));
    }

    @Test
    void readsHtmlResponsesAndResourcesFromWarcAndSkipsOtherRecords() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            WarcFixture w = new WarcFixture()
                    .response("https://news.test/a", 200, "text/html; charset=windows-1252", "<p>A</p>")
                    .response("https://news.test/img.png", 200, "image/png", "PNGDATA")
                    .response("https://news.test/gone", 404, "text/html", "<p>Not found</p>")
                    .resource("https://news.test/b", "text/html", "<p>B</p>")
                    .resource("https://news.test/c.txt", "text/plain", "C");
            Path f = w.write(dir.resolve(gz ? "crawl.warc.gz" : "crawl.warc"), gz);
            Result r = read(s(f));
            assertThat(r.problems()).isEmpty();
            assertThat(r.texts()).containsExactly("<p>A</p>", "<p>B</p>");
            RawDocument a = r.documents().get(0);
            assertThat(a.origin()).isEqualTo(new Origin(s(f), null, w.id(0), "https://news.test/a"));
            assertThat(a.origin().location()).isEqualTo(s(f) + "#" + w.id(0));
            assertThat(a.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(a.declaredCharset()).isEqualTo("windows-1252");
            assertThat(a.declared().url()).isEqualTo("https://news.test/a");
            assertThat(a.declared().published()).as("WARC-Date is the capture time, not publication").isNull();
            assertThat(a.declared().captured()).isEqualTo(WarcFixture.CAPTURED.toString());
            assertThat(r.documents().get(1).origin().warcRecordId()).isEqualTo(w.id(3));
        }
    }

    // ---- bad input: one problem each, naming the input and the reason; everything else goes on

    @Test
    void reportsAMissingFileAndReadsTheOthers() throws IOException {
        Path ok = write("ok.txt", "Fine.");
        String missing = s(dir.resolve("nope.txt"));
        Result r = read(missing, s(ok));
        assertThat(r.texts()).containsExactly("Fine.");
        assertThat(r.onlyProblem()).isEqualTo(Problem.error(missing, "no such file"));
        assertThat(r.stats()).isEqualTo(new IngestStats(1, 1, 0));
    }

    @Test
    void reportsAnUnreadableFile() throws IOException {
        // tests run as root, where chmod 000 does not stop reading: a dangling link is the unreadable file here
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("target-that-does-not-exist.txt"));
        write("d/ok.txt", "Fine.");
        Files.createSymbolicLink(dir.resolve("d/dangling.html"), dir.resolve("nowhere.html"));
        Result r = read(s(link), s(dir.resolve("d")));
        assertThat(r.texts()).containsExactly("Fine.");
        assertThat(r.problems()).extracting(Problem::input, Problem::severity).containsExactly(
                tuple(s(link), Severity.ERROR), tuple(s(dir.resolve("d/dangling.html")), Severity.ERROR));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("cannot read: broken symbolic link"));
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.html", " \n\t\n ");
        Path ok = write("ok.txt", "x");
        Result r = read(s(empty), s(blank), s(ok));
        assertThat(r.texts()).containsExactly("x");
        assertThat(r.problems()).containsExactly(Problem.error(s(empty), "empty: 0 bytes"),
                Problem.error(s(blank), "empty: only whitespace"));
    }

    @Test
    void reportsBinaryContentInATextFile() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Path bin = write("photo.txt", bytes);
        Path controls = write("noise.html", "<p>\u0001\u0002\u0003\u0004\u0005\u0006\u0007 abc</p>");
        Result r = read(s(bin), s(controls));
        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).containsExactly(
                Problem.error(s(bin), "binary content (NUL or control bytes), not text"),
                Problem.error(s(controls), "binary content (NUL or control bytes), not HTML"));
    }

    @Test
    void readsInvalidUtf8AsWindows1252WithAWarning() throws IOException {
        byte[] latin = "Caf\u00e9 \u201cquoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path f = write("latin.txt", latin);
        Result r = read(s(f));
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.declaredCharset()).isEqualTo("windows-1252");
            assertThat(d.content()).isEqualTo(latin);
        });
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(f));
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.reason()).isEqualTo("not valid UTF-8; decoded as windows-1252 instead");
        assertThat(r.stats().failed()).isZero();
    }

    @Test
    void trustsAnHtmlMetaCharsetOverTheUtf8Check() throws IOException {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        Result r = read(s(write("latin.html", page)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.declaredCharset()).isNull());
    }

    @Test
    void reportsATruncatedGzipOfAWholeDocument() throws IOException {
        byte[] full = gzip("A text long enough that cutting its compressed form loses data. ".repeat(50));
        Path f = write("cut.txt.gz", Arrays.copyOf(full, full.length / 2));
        Result r = read(s(f));
        assertThat(r.documents()).isEmpty();
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(f));
        assertThat(p.reason()).startsWith("truncated gzip: ");
    }

    @Test
    void keepsTheLinesReadBeforeATruncatedGzip() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            jsonl.append("{\"text\": \"Record number ").append(i).append(" with some words to compress ")
                    .append(Integer.toHexString(i * 7919)).append("\"}\n");
        }
        byte[] full = gzip(jsonl.toString());
        Path f = write("cut.jsonl.gz", Arrays.copyOf(full, full.length * 3 / 4));
        Result r = read(s(f));
        assertThat(r.documents()).isNotEmpty().hasSizeLessThan(400);
        assertThat(r.texts().get(0)).startsWith("Record number 1 ");
        for (int i = 0; i < r.documents().size(); i++) {
            assertThat(r.documents().get(i).origin().line()).isEqualTo(i + 1);
        }
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(f));
        assertThat(p.reason()).startsWith("truncated gzip: ")
                .endsWith("kept the " + r.documents().size() + " lines read before");
    }

    @Test
    void keepsTheRecordsReadBeforeATruncatedWarcGz() throws IOException {
        WarcFixture w = new WarcFixture();
        for (int i = 0; i < 3; i++) {
            w.response("https://news.test/" + i, 200, "text/html", "<p>Story " + i + " " + "words ".repeat(300) + "</p>");
        }
        Path whole = w.write(dir.resolve("whole.warc.gz"), true);
        byte[] bytes = Files.readAllBytes(whole);
        Path f = write("cut.warc.gz", Arrays.copyOf(bytes, bytes.length - 40));
        Result r = read(s(f));
        assertThat(r.documents()).extracting(d -> d.origin().warcRecordId()).containsExactly(w.id(0), w.id(1));
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(f));
        assertThat(p.reason()).startsWith("truncated gzip: ").endsWith("kept the 2 documents read before");
    }

    @Test
    void reportsAMalformedJsonLineAndKeepsTheOthers() throws IOException {
        Path f = write("a.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\",,}\n\n{\"text\": \"four\"}\n");
        Result r = read(s(f));
        assertThat(r.locations()).containsExactly(s(f) + ":1", s(f) + ":4");
        assertThat(r.texts()).containsExactly("one", "four");
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(f) + ":2");
        assertThat(p.reason()).startsWith("malformed JSON: ");
        assertThat(r.stats()).isEqualTo(new IngestStats(2, 1, 0));
    }

    @Test
    void reportsAJsonLineWithoutAnyTextField() throws IOException {
        Path f = write("a.jsonl", "{\"title\": \"Only a title\"}\n{\"text\": \"kept\"}\n{\"text\": \"  \"}\n[1, 2]\n");
        Result r = read(s(f));
        assertThat(r.texts()).containsExactly("kept");
        assertThat(r.problems()).containsExactly(
                Problem.error(s(f) + ":1", "no text field (expected one of text, body, content, maintext)"),
                Problem.error(s(f) + ":3", "empty text field 'text'"),
                Problem.error(s(f) + ":4", "not a JSON object"));
    }

    @Test
    void reportsADocumentLargerThanTheLimit() throws IOException {
        IngestConfig small = new IngestConfig(100, InputStream.nullInputStream());
        Path big = write("big.txt", "x".repeat(101));
        Path ok = write("ok.txt", "x".repeat(100));
        Path bigGz = write("big.html.gz", gzip("<p>" + "y".repeat(200) + "</p>"));
        Path lines = write("a.jsonl", "{\"text\": \"" + "z".repeat(150) + "\"}\n{\"text\": \"short\"}\n");
        WarcFixture w = new WarcFixture().response("https://n.test/big", 200, "text/html", "<p>" + "w".repeat(300) + "</p>")
                .response("https://n.test/small", 200, "text/html", "<p>small</p>");
        Path warc = w.write(dir.resolve("a.warc"), false);
        Result r = read(small, s(big), s(ok), s(bigGz), s(lines), s(warc));
        assertThat(r.texts()).containsExactly("x".repeat(100), "short", "<p>small</p>");
        assertThat(r.problems()).containsExactly(
                Problem.error(s(big), "too large: 101 bytes (limit 100)"),
                Problem.error(s(bigGz), "too large: more than the limit of 100 bytes after decompression"),
                Problem.error(s(lines) + ":1", "record too large: 162 bytes (limit 100)"),
                Problem.error(s(warc) + "#" + w.id(0), "too large: more than the limit of 100 bytes"));
    }

    @Test
    void warnsOnceAboutADirectoryLoopThroughSymlinks() throws IOException {
        write("top/a.txt", "A");
        write("top/sub/b.txt", "B");
        Path loop = Files.createSymbolicLink(dir.resolve("top/sub/up"), dir.resolve("top"));
        Result r = read(s(dir.resolve("top")));
        assertThat(r.texts()).containsExactly("A", "B");
        Problem p = r.onlyProblem();
        assertThat(p.input()).isEqualTo(s(loop));
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.reason()).startsWith("directory loop: ");
    }

    @Test
    void readsADirectoryReachedTwiceOnlyOnce() throws IOException {
        write("shared/a.txt", "A");
        Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(dir.resolve("root/one"), dir.resolve("shared"));
        Files.createSymbolicLink(dir.resolve("root/two"), dir.resolve("shared"));
        Result r = read(s(dir.resolve("root")));
        assertThat(r.texts()).containsExactly("A");
        assertThat(r.onlyProblem().reason()).startsWith("already read through another path");
    }

    @Test
    void reportsAMalformedWarc() throws IOException {
        Path f = write("bad.warc", "WARC/1.0\r\nthis is not a header line\r\n\r\n");
        Path notWarc = write("notes.warc", "Just some text, not a WARC at all.\n");
        Path ok = write("ok.txt", "fine");
        Result r = read(s(f), s(notWarc), s(ok));
        assertThat(r.texts()).containsExactly("fine");
        assertThat(r.problems()).extracting(Problem::input).containsExactly(s(f), s(notWarc));
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.reason()).startsWith("malformed WARC"));
    }

    @Test
    void passesOnWhatTheSinkThrows() throws IOException {
        Path f = write("a.txt", "x");
        InputReader reader = new InputReader(IngestConfig.defaults());
        assertThatThrownBy(() -> reader.read(List.of(s(f)), d -> {
            throw new IllegalStateException("sink is full");
        }, p -> { })).isInstanceOf(IllegalStateException.class).hasMessage("sink is full");
    }

    @Test
    void reportsEmptyStandardInput() {
        Result r = readStdin(new byte[0]);
        assertThat(r.documents()).isEmpty();
        assertThat(r.onlyProblem()).isEqualTo(Problem.error("-", "empty: 0 bytes"));
    }

    @Test
    void sniffsAnExplicitGzipOfUnknownInnerType() throws IOException {
        Path f = write("export.gz", gzip("{\"text\": \"from a gzip'd dump\"}\n"));
        Result r = read(s(f));
        assertThat(r.problems()).isEmpty();
        assertThat(r.locations()).containsExactly(s(f) + ":1");
        assertThat(r.texts()).containsExactly("from a gzip'd dump");
    }

    @Test
    void reportsAFileNamedGzipThatIsNot() throws IOException {
        Path f = write("plain.txt.gz", "not compressed at all");
        Result r = read(s(f));
        assertThat(r.documents()).isEmpty();
        assertThat(r.onlyProblem().reason()).startsWith("corrupt gzip: ");
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsText() throws IOException {
        Path f = write("wide.txt", "\ufeffText in UTF-16.".getBytes(StandardCharsets.UTF_16LE));
        Result r = read(s(f));
        assertThat(r.problems()).isEmpty();
        assertThat(r.documents()).hasSize(1);
    }

    @Test
    void readsAJsonLineThatIsNotUtf8AsWindows1252WithAWarning() throws IOException {
        byte[] good = "{\"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin = "{\"text\": \"caf\u00e9\"}\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] both = new byte[good.length + latin.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(latin, 0, both, good.length, latin.length);
        Path f = write("mixed.jsonl", both);
        Result r = read(s(f));
        assertThat(r.texts()).containsExactly("fine", "caf\u00e9");
        assertThat(r.onlyProblem()).isEqualTo(
                Problem.warning(s(f) + ":2", "not valid UTF-8; decoded as windows-1252 instead"));
    }

    @Test
    void reportsAnEmptyInputNameInsteadOfReadingTheWorkingDirectory() {
        Result r = read("");
        assertThat(r.documents()).isEmpty();
        assertThat(r.onlyProblem()).isEqualTo(Problem.error("", "not a valid path: empty"));
    }

    @Test
    void readsOneRecordAsTheSameLineOfAJsonLinesFileReads() throws IOException {
        String line = "{\"title\": \"T\", \"content\": \"<p>Para one.</p>\", \"url\": \"https://x.test/a\","
                + " \"date\": \"2021-02-03\"}";
        RawDocument fromFile = read(s(write("a.jsonl", line + "\n"))).documents().get(0);
        List<RawDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Origin where = new Origin("queue:articles/0", 8, null, null);

        boolean read = new InputReader(IngestConfig.defaults()).readRecord("message 7", where,
                line.getBytes(StandardCharsets.UTF_8), docs::add, problems::add);

        assertThat(read).isTrue();
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo(new Origin("queue:articles/0", 8, null, "https://x.test/a"));
            assertThat(d.format()).isEqualTo(DocumentFormat.HTML);
            assertThat(d.content()).isEqualTo(fromFile.content());
            assertThat(d.declared()).isEqualTo(fromFile.declared());
        });
    }

    @Test
    void reportsABadRecordUnderTheLocationGiven() {
        InputReader reader = new InputReader(new IngestConfig(40, new ByteArrayInputStream(new byte[0])));
        Origin where = new Origin("queue:articles/0", 1, null, null);
        List<Problem> problems = new ArrayList<>();
        for (String bad : List.of("{\"text\": \"cut", "{\"title\": \"no body\"}", "  ",
                "{\"text\": \"" + "z".repeat(50) + "\"}")) {
            assertThat(reader.readRecord("message 3", where, bad.getBytes(StandardCharsets.UTF_8),
                    d -> { throw new AssertionError("no document expected from " + bad); }, problems::add)).isFalse();
        }
        assertThat(problems).extracting(Problem::input).containsOnly("message 3");
        assertThat(problems).extracting(Problem::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("malformed JSON"),
                r -> assertThat(r).startsWith("no text field"),
                r -> assertThat(r).startsWith("empty"),
                r -> assertThat(r).startsWith("record too large"));
    }
}
