package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events of a report as a flat table in the columns users of GDELT and ACLED know: one row per
 * event with its date and precision, the two actors with their types, the CAMEO root code and label,
 * the location, how many independent sources report it and which, read from a {@code report.json}
 * tree (so any report file can be exported, whatever produced it). Written as CSV (RFC 4180, UTF-8,
 * header row) or as a JSON array of the same rows.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventExport {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id", "story_id", "event_date", "date_precision",
            "actor1", "actor1_type", "actor2", "actor2_type", "cameo_root", "cameo_label", "location", "source_count",
            "sources", "article_ids", "description", "date_basis");

    private EventExport() {
    }

    /** One row per event of every story in {@code report} (a parsed report.json). */
    public static List<Map<String, String>> rows(JsonNode report) {
        Map<String, String> sourceOf = new HashMap<>();
        for (JsonNode a : report.path("articles")) {
            sourceOf.put(a.path("id").asText(), a.path("source").asText());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode story : report.path("stories")) {
            Map<String, JsonNode> entities = new HashMap<>();
            for (JsonNode e : story.path("entities")) {
                entities.put(e.path("id").asText(), e);
            }
            Map<String, String> copyOf = new HashMap<>();
            for (JsonNode c : story.path("copies")) {
                copyOf.put(c.path("article").asText(), c.path("copy_of").asText());
            }
            for (JsonNode e : story.path("events")) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                row.put("event_id", text(e, "id"));
                row.put("story_id", text(story, "id"));
                row.put("event_date", text(e, "date"));
                row.put("date_precision", text(e, "date_precision"));
                JsonNode actor1 = entities.get(text(e, "source"));
                JsonNode actor2 = entities.get(text(e, "target"));
                row.put("actor1", actor1 == null ? "" : text(actor1, "name"));
                row.put("actor1_type", actor1 == null ? "" : text(actor1, "type"));
                row.put("actor2", actor2 == null ? "" : text(actor2, "name"));
                row.put("actor2_type", actor2 == null ? "" : text(actor2, "type"));
                row.put("cameo_root", text(e.path("action"), "code"));
                row.put("cameo_label", text(e.path("action"), "label"));
                row.put("location", text(e, "location"));
                Set<String> articles = new LinkedHashSet<>();
                Set<String> independent = new LinkedHashSet<>();
                for (JsonNode ev : e.path("evidence")) {
                    String id = ev.path("article").asText();
                    articles.add(id);
                    independent.add(copyOf.getOrDefault(id, id));
                }
                row.put("source_count", Integer.toString(independent.size()));
                List<String> sources = new ArrayList<>();
                for (String id : articles) {
                    sources.add(sourceOf.getOrDefault(id, id));
                }
                row.put("sources", String.join(" | ", sources));
                row.put("article_ids", String.join(" ", articles));
                row.put("description", text(e, "description"));
                row.put("date_basis", text(e, "date_basis"));
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes the rows as CSV with a header row; does not close the stream. */
    public static void writeCsv(List<Map<String, String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (String c : COLUMNS) {
                cells.add(csvCell(row.getOrDefault(c, "")));
            }
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    /** Writes the rows as a JSON array of objects; does not close the stream. */
    public static void writeJson(List<Map<String, String>> rows, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Map<String, String> row : rows) {
            ObjectNode o = array.addObject();
            for (String c : COLUMNS) {
                String v = row.getOrDefault(c, "");
                if (c.equals("source_count")) {
                    o.put(c, Integer.parseInt(v));
                } else {
                    o.put(c, v.isEmpty() ? null : v);
                }
            }
        }
        out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(array));
        out.write('\n');
        out.flush();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    /**
     * A CSV cell: quoted when it holds a comma, quote or line break (quotes doubled). A cell that a
     * spreadsheet would read as a formula gets a leading apostrophe, since article text is untrusted.
     */
    public static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d.*")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
