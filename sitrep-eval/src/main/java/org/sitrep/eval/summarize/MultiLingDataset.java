package org.sitrep.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the MultiLing 2011 sample in the layout of {@code ../shared/bench/multiling2011-sample}:
 * {@code documents.jsonl} (one topic per line: {@code instance_id} and {@code documents}, each a
 * {@code filename} and a {@code text} list of lines) and {@code summaries.jsonl} (one summary per
 * line; the human ones have {@code summarizer_type} "reference", and every line lists the topic's
 * other references under {@code references}). Every distinct reference of a topic is collected,
 * whichever line it appears on; peer (system) summaries and {@code metrics.jsonl} are ignored.
 *
 * <p>Stateless; reads the files on each call.
 */
public final class MultiLingDataset {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MultiLingDataset() {
    }

    /**
     * The topics in {@code dir}, in instance-id order.
     *
     * @throws IOException when a file is missing or unreadable
     * @throws IllegalArgumentException naming the file and line when a line is not what the layout says
     */
    public static List<MultiLingTopic> read(Path dir) throws IOException {
        Path documents = dir.resolve("documents.jsonl");
        Path summaries = dir.resolve("summaries.jsonl");
        Map<String, List<MultiLingTopic.Document>> docs = new TreeMap<>();
        forEachLine(documents, (node, where) -> {
            String id = text(node, "instance_id", where);
            List<MultiLingTopic.Document> list = new ArrayList<>();
            for (JsonNode d : array(node, "documents", where)) {
                List<String> lines = new ArrayList<>();
                for (JsonNode l : array(d, "text", where)) {
                    lines.add(l.asText());
                }
                list.add(new MultiLingTopic.Document(text(d, "filename", where), lines));
            }
            docs.put(id, list);
        });
        Map<String, Map<String, String>> refs = new TreeMap<>();
        forEachLine(summaries, (node, where) -> {
            String id = text(node, "instance_id", where);
            Map<String, String> topic = refs.computeIfAbsent(id, k -> new LinkedHashMap<>());
            if ("reference".equals(node.path("summarizer_type").asText())) {
                addReference(topic, node.path("summary"), where);
            }
            for (JsonNode r : node.path("references")) {
                addReference(topic, r, where);
            }
        });
        List<MultiLingTopic> out = new ArrayList<>();
        for (Map.Entry<String, List<MultiLingTopic.Document>> e : docs.entrySet()) {
            Map<String, String> r = refs.getOrDefault(e.getKey(), Map.of());
            List<MultiLingTopic.Reference> references = new ArrayList<>();
            new TreeMap<>(r).forEach((rid, t) -> references.add(new MultiLingTopic.Reference(rid, t)));
            if (references.isEmpty()) {
                throw new IllegalArgumentException(summaries + ": no reference summary for topic " + e.getKey());
            }
            out.add(new MultiLingTopic(e.getKey(), e.getValue(), references));
        }
        return out;
    }

    private static void addReference(Map<String, String> topic, JsonNode summary, String where) {
        if (!"reference".equals(summary.path("summarizer_type").asText())) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        for (JsonNode s : array(summary, "text", where)) {
            sentences.add(s.asText().trim());
        }
        topic.putIfAbsent(text(summary, "summarizer_id", where), String.join(" ", sentences));
    }

    private interface LineHandler {
        void accept(JsonNode node, String where);
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + n;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(where + ": not JSON: " + e.getMessage(), e);
                }
                handler.accept(node, where);
            }
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode()) {
            throw new IllegalArgumentException(where + ": missing '" + field + "'");
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' is not a list");
        }
        return v;
    }
}
