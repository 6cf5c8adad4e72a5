package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.RelationType;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.EntityId;

/**
 * The actor graph of one story as inline SVG: the actors that take part in relations placed on a
 * circle, one line per relation coloured by its kind, an arrow for the directed kinds, thicker the
 * more statements support it, with a legend. No script and no external asset; every name is escaped
 * by {@link HtmlBuilder}.
 */
final class ActorGraphSvg {

    /** Most actors drawn: the ones in most relations; the list below the graph has them all. */
    private static final int MAX_ACTORS = 12;
    private static final int SIZE = 520;
    private static final int RADIUS = 180;
    private static final double MAX_STROKE = 6;

    /** Colours by kind of relation, chosen to stay apart for most colour vision. */
    private static final Map<RelationType, String> COLOURS = new EnumMap<>(Map.of(
            RelationType.BACKS, "#1b7837", RelationType.ALLIED_WITH, "#5aae61", RelationType.COOPERATES_WITH, "#4393c3",
            RelationType.NEGOTIATES_WITH, "#2166ac", RelationType.OPPOSES, "#b35806", RelationType.CRITICISES, "#e08214",
            RelationType.THREATENS, "#c51b7d", RelationType.ATTACKS, "#b2182b"));

    private final StoryAnalysis story;
    private final Map<EntityId, Entity> entities;

    ActorGraphSvg(StoryAnalysis story, Map<EntityId, Entity> entities) {
        this.story = story;
        this.entities = entities;
    }

    void write(HtmlBuilder html) {
        Map<EntityId, Integer> degree = new LinkedHashMap<>();
        for (Relation r : story.relations()) {
            degree.merge(r.source(), r.count(), Integer::sum);
            degree.merge(r.target(), r.count(), Integer::sum);
        }
        List<EntityId> actors = degree.entrySet().stream()
                .sorted(Map.Entry.<EntityId, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ACTORS).map(Map.Entry::getKey).toList();
        Map<EntityId, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            double angle = 2 * Math.PI * i / actors.size() - Math.PI / 2;
            at.put(actors.get(i), new double[] {SIZE / 2.0 + RADIUS * Math.cos(angle), SIZE / 2.0 + RADIUS * Math.sin(angle)});
        }
        int most = story.relations().stream().mapToInt(Relation::count).max().orElse(1);
        html.open("figure", "class", "actor-graph").newline();
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + SIZE + " " + SIZE,
                "role", "img", "aria-label", "How the story's actors stand to each other");
        html.open("defs");
        for (Map.Entry<RelationType, String> c : COLOURS.entrySet()) {
            html.open("marker", "id", markerId(c.getKey()), "viewBox", "0 0 10 10", "refX", "18", "refY", "5",
                    "markerWidth", "6", "markerHeight", "6", "orient", "auto-start-reverse");
            html.open("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", c.getValue()).close("path");
            html.close("marker");
        }
        html.close("defs");
        for (Relation r : story.relations()) {
            double[] a = at.get(r.source());
            double[] b = at.get(r.target());
            if (a == null || b == null) {
                continue;
            }
            String width = fmt(1 + (MAX_STROKE - 1) * r.count() / (double) most);
            html.open("line", "x1", fmt(a[0]), "y1", fmt(a[1]), "x2", fmt(b[0]), "y2", fmt(b[1]),
                    "stroke", COLOURS.get(r.relation()), "stroke-width", width, "stroke-opacity", "0.8",
                    "marker-end", r.relation().isSymmetric() ? null : "url(#" + markerId(r.relation()) + ")");
            html.element("title", name(r.source()) + " " + r.relation().label() + " " + name(r.target())
                    + " (" + DisplayFormat.count(r.count(), "statement") + ")");
            html.close("line");
        }
        for (EntityId id : actors) {
            double[] p = at.get(id);
            html.open("circle", "cx", fmt(p[0]), "cy", fmt(p[1]), "r", "7", "fill", "#333").close("circle");
            boolean left = p[0] < SIZE / 2.0 - 1;
            html.element("text", name(id), "x", fmt(p[0] + (left ? -10 : 10)), "y", fmt(p[1] + 4),
                    "text-anchor", left ? "end" : "start", "font-size", "12");
        }
        html.close("svg").newline();
        html.open("figcaption");
        List<RelationType> shown = new ArrayList<>();
        story.relations().forEach(r -> {
            if (!shown.contains(r.relation())) {
                shown.add(r.relation());
            }
        });
        for (RelationType t : shown) {
            html.open("span", "class", "legend").open("span", "class", "swatch", "style",
                    "background:" + COLOURS.get(t)).close("span").text(" " + t.label() + " ").close("span");
        }
        html.close("figcaption").close("figure").newline();
    }

    private String name(EntityId id) {
        Entity e = entities.get(id);
        return e == null ? id.value() : e.name();
    }

    private static String markerId(RelationType t) {
        return "arrow-" + t.name().toLowerCase(Locale.ROOT);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
