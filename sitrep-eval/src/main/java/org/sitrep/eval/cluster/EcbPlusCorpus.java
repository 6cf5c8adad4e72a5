package org.sitrep.eval.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ECB+ documents of a {@code corpus.tsv} (Cybulska setup, as in {@code ../shared/bench/ecbplus-dev}):
 * one line per token, {@code doc_id sent_id token_id token coref}, blank lines between sentences. Only
 * the coreference-annotated sentences of each document are there. Each document's gold story is its
 * sub-topic, the topic number plus {@code ecb} or {@code ecbplus} from its id ({@code 36_4ecb},
 * {@code 36_10ecbplus}): each sub-topic is one news event. The coreference column is never read.
 *
 * <p>Documents keep file order. The checksum of the file is kept so a score can name the exact data
 * it was computed on.
 */
public record EcbPlusCorpus(Path file, String sha256, List<Document> documents) {

    private static final Pattern DOC_ID = Pattern.compile("(\\d+)_\\d+(ecbplus|ecb)");
    private static final int MIN_COLUMNS = 4;

    /** One document: its id, its gold story, and its sentences as plain text. */
    public record Document(String id, String story, List<String> sentences) {

        public Document {
            sentences = List.copyOf(sentences);
        }

        /** The document's topic number, the part of its story before {@code ecb} or {@code ecbplus}. */
        public String topic() {
            return story.replaceAll("\\D+$", "");
        }

        /** The document's text: its sentences, one paragraph each. */
        public String text() {
            return String.join("\n\n", sentences);
        }
    }

    public EcbPlusCorpus {
        documents = List.copyOf(documents);
    }

    /**
     * Reads {@code dir/corpus.tsv}; throws {@link IOException} naming the file and line when it is
     * missing or not in this format.
     */
    public static EcbPlusCorpus read(Path dir) throws IOException {
        Path file = Files.isDirectory(dir) ? dir.resolve("corpus.tsv") : dir;
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file (expected the ECB+ corpus.tsv)");
        }
        byte[] bytes = Files.readAllBytes(file);
        Map<String, TreeMap<Integer, List<String>>> tokens = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < MIN_COLUMNS) {
                throw new IOException(file + ":" + lineNo + ": expected doc_id, sent_id, token_id, token");
            }
            if (!DOC_ID.matcher(cols[0]).matches()) {
                throw new IOException(file + ":" + lineNo + ": not an ECB+ document id: " + cols[0]);
            }
            int sentence;
            try {
                sentence = Integer.parseInt(cols[1]);
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + lineNo + ": sentence id is not a number: " + cols[1], e);
            }
            tokens.computeIfAbsent(cols[0], k -> new TreeMap<>()).computeIfAbsent(sentence, k -> new ArrayList<>())
                    .add(cols[3]);
        }
        if (tokens.isEmpty()) {
            throw new IOException(file + ": no documents");
        }
        List<Document> docs = new ArrayList<>();
        tokens.forEach((id, sentences) -> docs.add(new Document(id, storyOf(id),
                sentences.values().stream().map(TokenJoiner::join).toList())));
        return new EcbPlusCorpus(file, sha256(bytes), docs);
    }

    /** The gold story of a document id: topic and corpus, e.g. {@code 36ecbplus}. */
    static String storyOf(String docId) {
        Matcher m = DOC_ID.matcher(docId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ECB+ document id: " + docId);
        }
        return m.group(1) + m.group(2);
    }

    /** Gold stories, each document's story in document order. */
    public List<String> gold() {
        return documents.stream().map(Document::story).toList();
    }

    /** The topic numbers in the corpus, in order of first appearance. */
    public List<String> topics() {
        return documents.stream().map(Document::topic).distinct().toList();
    }

    /** The documents of these topics, in file order (same file and checksum). */
    public EcbPlusCorpus ofTopics(Collection<String> topics) {
        return new EcbPlusCorpus(file, sha256, documents.stream().filter(d -> topics.contains(d.topic())).toList());
    }

    public long stories() {
        return documents.stream().map(Document::story).distinct().count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
