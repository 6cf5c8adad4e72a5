package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.Span;

/**
 * Looks up which resolved entity a span of an article refers to, from a story's entities and their
 * mention citations. Built once per analyser call; immutable and thread-safe after construction.
 */
public final class EntityIndex {

    /** One entity mention in an article. */
    public record Located(Span span, Entity entity) {
    }

    private final Map<ArticleId, NavigableMap<Integer, Located>> byArticle = new HashMap<>();
    private final Map<EntityId, Entity> byId = new HashMap<>();

    public EntityIndex(List<Entity> entities) {
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Citation c : e.mentions()) {
                byArticle.computeIfAbsent(c.article(), k -> new TreeMap<>())
                        .put(c.span().start(), new Located(c.span(), e));
            }
        }
    }

    /** The entity with this id, or null. */
    public Entity get(EntityId id) {
        return byId.get(id);
    }

    /** The entity whose mention overlaps {@code span} in {@code article}, or null. */
    public Entity at(ArticleId article, Span span) {
        NavigableMap<Integer, Located> m = byArticle.get(article);
        if (m == null) {
            return null;
        }
        Map.Entry<Integer, Located> floor = m.floorEntry(span.start());
        if (floor != null && floor.getValue().span().overlaps(span)) {
            return floor.getValue().entity();
        }
        Map.Entry<Integer, Located> next = m.ceilingEntry(span.start());
        if (next != null && next.getValue().span().overlaps(span)) {
            return next.getValue().entity();
        }
        return null;
    }

    /** Entity mentions inside {@code span} of {@code article}, in text order. */
    public List<Located> within(ArticleId article, Span span) {
        NavigableMap<Integer, Located> m = byArticle.get(article);
        if (m == null) {
            return List.of();
        }
        List<Located> out = new ArrayList<>();
        for (Located l : m.subMap(span.start(), true, span.end(), false).values()) {
            if (span.contains(l.span())) {
                out.add(l);
            }
        }
        return out;
    }
}
