package org.sitrep.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ECB+ entity coreference data in the layout of {@code ../shared/bench/ecbplus-dev} (see its
 * SOURCE.md): {@code corpus.tsv} (document, sentence, token number, token, chain or {@code -}) and
 * {@code entity_mentions.json} (gold mentions with document, sentence, token numbers, text, chain
 * and class: HUM, NON, LOC or TIM).
 *
 * <p>Documents are named {@code <topic>_<n>ecb} or {@code <topic>_<n>ecbplus}; the topic is the
 * part before the underscore. Immutable once read.
 *
 * @param documents each document's sentences, each a list of tokens, in file order
 * @param mentions the gold entity mentions, in file order
 * @param checksum SHA-256 of the two files, so a score can be tied to the exact data it came from
 */
public record EcbPlusCorpus(Map<String, List<List<String>>> documents, List<GoldMention> mentions, String checksum) {

    /** One gold entity mention: where it is, what it says, its gold chain and class. */
    public record GoldMention(String id, String document, int sentence, List<Integer> tokens, String text,
            String chain, String type) {

        public GoldMention {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(document, "document");
            tokens = List.copyOf(tokens);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("mention " + id + " has no tokens");
            }
        }

        /** The gold topic: the document name before its underscore ("36" for {@code 36_1ecb}). */
        public String topic() {
            return EcbPlusCorpus.topicOf(document);
        }
    }

    public EcbPlusCorpus {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
        mentions = List.copyOf(mentions);
    }

    /** The gold topics in first-seen order ("36", "37", ...). */
    public List<String> topics() {
        return documents.keySet().stream().map(EcbPlusCorpus::topicOf).distinct().toList();
    }

    /**
     * The part of this corpus in the given topics: their documents and mentions, in file order, with
     * the same checksum (it names the data the part was taken from).
     */
    public EcbPlusCorpus ofTopics(java.util.Collection<String> topics) {
        Map<String, List<List<String>>> kept = new LinkedHashMap<>();
        documents.forEach((name, sentences) -> {
            if (topics.contains(topicOf(name))) {
                kept.put(name, sentences);
            }
        });
        return new EcbPlusCorpus(kept, mentions.stream().filter(m -> topics.contains(m.topic())).toList(), checksum);
    }

    /** The topic of a document name. */
    public static String topicOf(String document) {
        int underscore = document.indexOf('_');
        return underscore < 0 ? document : document.substring(0, underscore);
    }

    /**
     * Reads the corpus in {@code dir}.
     *
     * @throws IOException when a file is missing or malformed, naming it and the line or mention
     */
    public static EcbPlusCorpus read(Path dir) throws IOException {
        Path tsv = dir.resolve("corpus.tsv");
        Path json = dir.resolve("entity_mentions.json");
        Map<String, List<List<String>>> documents = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] col = line.split("\t", -1);
            if (col.length < 4) {
                throw new IOException(tsv + ":" + lineNo + ": expected document, sentence, token, word columns");
            }
            int sentence;
            int token;
            try {
                sentence = Integer.parseInt(col[1]);
                token = Integer.parseInt(col[2]);
            } catch (NumberFormatException e) {
                throw new IOException(tsv + ":" + lineNo + ": sentence and token numbers must be integers", e);
            }
            List<List<String>> sentences = documents.computeIfAbsent(col[0], k -> new ArrayList<>());
            while (sentences.size() <= sentence) {
                sentences.add(new ArrayList<>());
            }
            List<String> tokens = sentences.get(sentence);
            if (token != tokens.size()) {
                throw new IOException(tsv + ":" + lineNo + ": token " + token + " out of order");
            }
            tokens.add(col[3]);
        }
        List<GoldMention> mentions = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        int n = 0;
        for (JsonNode m : root) {
            String doc = m.path("doc_id").asText();
            int sentence = m.path("sent_id").asInt(-1);
            List<Integer> tokens = new ArrayList<>();
            m.path("tokens_number").forEach(t -> tokens.add(t.asInt()));
            List<List<String>> sentences = documents.get(doc);
            if (sentences == null || sentence < 0 || sentence >= sentences.size() || tokens.isEmpty()
                    || tokens.stream().anyMatch(t -> t < 0 || t >= sentences.get(sentence).size())) {
                throw new IOException(json + ": mention " + n + " (" + m.path("tokens_str").asText()
                        + ") points outside " + tsv.getFileName());
            }
            mentions.add(new GoldMention("m" + n, doc, sentence, tokens, m.path("tokens_str").asText(),
                    m.path("coref_chain").asText(), m.path("mention_type").asText()));
            n++;
        }
        return new EcbPlusCorpus(documents, mentions, checksum(tsv, json));
    }

    private static String checksum(Path... files) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
