package org.sitrep.eval.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a careful reader codes from one case of articles ({@code gold.json}, described in the
 * fixtures' README): claim groups with verdicts, look-alike figures that must stay apart, events and
 * relations, and whether the event and relation lists are exhaustive.
 */
public record AnalysisGold(String corpus, boolean exhaustive, List<Group> claims, List<List<Figure>> notSame,
        List<GoldEvent> events, List<GoldRelation> relations) {

    /** One figure of one article: the file (with {@code :LINE} for JSON Lines) and its number. */
    public record Figure(String file, double value) {
    }

    /** Figures that count the same thing, and the verdict a reader gives them. */
    public record Group(String what, String verdict, List<Figure> values) {
    }

    /** Who did what to whom; {@code target} and {@code date} may be null. */
    public record GoldEvent(String actor, String action, String target, String date) {
    }

    /** A standing relation ("backs", "negotiates with"). */
    public record GoldRelation(String source, String relation, String target) {
    }

    public AnalysisGold {
        claims = List.copyOf(claims);
        notSame = List.copyOf(notSame);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }

    /** Reads {@code gold.json}; fails with the file and the reason when it is malformed. */
    public static AnalysisGold read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
        List<Group> claims = new ArrayList<>();
        for (JsonNode g : root.path("claims")) {
            claims.add(new Group(g.path("what").asText(), g.path("verdict").asText(), figures(g.path("values"))));
        }
        List<List<Figure>> notSame = new ArrayList<>();
        for (JsonNode pair : root.path("not_same")) {
            notSame.add(figures(pair));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(new GoldEvent(e.path("actor").asText(), e.path("action").asText(), text(e, "target"),
                    text(e, "date")));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : root.path("relations")) {
            relations.add(new GoldRelation(r.path("source").asText(), r.path("relation").asText(),
                    r.path("target").asText()));
        }
        return new AnalysisGold(text(root, "corpus"), root.path("exhaustive").asBoolean(false), claims, notSame,
                events, relations);
    }

    private static List<Figure> figures(JsonNode array) {
        List<Figure> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(new Figure(v.path("file").asText(), v.path("value").asDouble()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
