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

    /** Words allowed between a demonym and the person it describes ("Syrian President Bashar al-Assad"). */
    private static final java.util.regex.Pattern TITLE_WORDS = java.util.regex.Pattern.compile(
            "^(?:['’]s)?(\\s+(?:[A-Z][a-z]+\\.?|of|the))*\\s+$");

    /**
     * The mentions that name a party in their own right: a demonym or country name that only describes
     * the person or group named right after it, perhaps with a title between ("Syrian President Bashar al-Assad", "Turkish Foreign Minister Mevlut
     * Cavusoglu") is left out, so the person is taken for the party, not the country.
     */
    public static List<Located> parties(String text, List<Located> mentions) {
        List<Located> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Located l = mentions.get(i);
            boolean stateLike = l.entity().type() == org.sitrep.model.EntityType.NATIONALITY
                    || l.entity().type() == org.sitrep.model.EntityType.COUNTRY;
            if (stateLike && i + 1 < mentions.size()) {
                Located next = mentions.get(i + 1);
                boolean describesNext = (next.entity().type() == org.sitrep.model.EntityType.PERSON
                        || next.entity().type() == org.sitrep.model.EntityType.ORGANIZATION)
                        && next.span().start() >= l.span().end()
                        && TITLE_WORDS.matcher(text.substring(l.span().end(), next.span().start())).matches();
                if (describesNext) {
                    continue;
                }
            }
            out.add(l);
        }
        return out;
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
