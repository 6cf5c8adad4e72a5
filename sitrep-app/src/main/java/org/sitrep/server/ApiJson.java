package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.store.EntityAppearance;
import org.sitrep.store.IngestResult;
import org.sitrep.store.Page;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StorySource;
import org.sitrep.store.StoredArticle;
import org.sitrep.store.StorySummary;

/**
 * The JSON bodies of the API. Stories (stored as documents by the workspace) and articles are the
 * objects of {@code report.json}, written by {@link JsonReportWriter} itself; lists, search hits and
 * annotations are shaped here, with the same field-naming style (snake case) and the same span
 * convention ({@code start}, {@code end}). Stateless.
 */
final class ApiJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonReportWriter REPORT = new JsonReportWriter();

    private ApiJson() {
    }

    static ObjectNode storyList(Page<StorySummary> page) {
        ObjectNode n = paging(page);
        ArrayNode stories = n.putArray("stories");
        for (StorySummary s : page.items()) {
            ObjectNode o = stories.addObject();
            o.put("id", s.id());
            o.put("headline", s.headline());
            o.put("first_date", s.firstDate());
            o.put("last_date", s.lastDate());
            o.put("articles", s.articles());
            strings(o.putArray("publishers"), s.publishers());
            strings(o.putArray("top_entities"), s.topEntities());
        }
        return n;
    }

    /** The story's articles without their text: what a list of sources shows. */
    static ObjectNode sources(StoryId story, List<StorySource> sources) {
        ObjectNode n = NODES.objectNode();
        n.put("story", story.value());
        ArrayNode articles = n.putArray("articles");
        for (StorySource a : sources) {
            ObjectNode o = articles.addObject();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("publisher", a.publisher());
            o.put("author", a.author());
            o.put("published", a.published());
            o.put("source", a.source());
            o.put("url", a.url());
            o.put("copy_of", a.copyOf());
        }
        return n;
    }

    static ObjectNode article(StoredArticle stored) {
        AnnotatedArticle a = stored.article();
        ObjectNode n = NODES.objectNode();
        n.set("article", REPORT.article(a.article()));
        n.put("story", stored.story().value());
        ObjectNode layers = n.putObject("annotations");
        ArrayNode sentences = layers.putArray("sentences");
        for (Sentence s : a.sentences()) {
            span(sentences.addObject().put("index", s.index()), s.span());
        }
        ArrayNode mentions = layers.putArray("mentions");
        for (Mention m : a.mentions()) {
            span(mentions.addObject(), m.span()).put("text", m.text()).put("type", m.type().label());
        }
        ArrayNode times = layers.putArray("times");
        for (TimeExpression t : a.times()) {
            span(times.addObject(), t.span()).put("text", t.text()).put("type", t.type())
                    .put("resolved", t.resolved() == null ? null : t.resolved().iso());
        }
        ArrayNode quantities = layers.putArray("quantities");
        for (Quantity q : a.quantities()) {
            ObjectNode o = span(quantities.addObject(), q.span()).put("text", q.text()).put("value", q.value())
                    .put("qualifier", q.qualifier().label()).put("unit", q.unit()).put("counted", q.countedHead());
            bound(o, "low", q.low());
            bound(o, "high", q.high());
        }
        ArrayNode quotes = layers.putArray("quotes");
        for (Quote q : a.quotes()) {
            span(quotes.addObject(), q.span()).put("speaker", q.speakerText()).put("cue", q.cue())
                    .put("direct", q.direct());
        }
        return n;
    }

    static ObjectNode entity(List<EntityAppearance> appearances) {
        EntityAppearance first = appearances.get(0);
        ObjectNode n = NODES.objectNode();
        n.put("name", first.name());
        n.put("type", first.type());
        ArrayNode stories = n.putArray("appearances");
        for (EntityAppearance e : appearances) {
            ObjectNode o = stories.addObject();
            o.put("entity", e.entity());
            o.put("name", e.name());
            o.put("story", e.story());
            o.put("headline", e.headline());
            o.put("first_date", e.firstDate());
            o.put("last_date", e.lastDate());
            o.put("mentions", e.mentions());
            strings(o.putArray("aliases"), e.aliases());
        }
        return n;
    }

    static ObjectNode search(String query, Page<SearchHit> page) {
        ObjectNode n = paging(page);
        n.put("query", query);
        ArrayNode hits = n.putArray("hits");
        for (SearchHit h : page.items()) {
            ObjectNode o = hits.addObject();
            o.put("article", h.article());
            o.put("story", h.story());
            o.put("title", h.title());
            o.put("publisher", h.publisher());
            o.put("published", h.published());
            ArrayNode snippet = o.putArray("snippet");
            for (SearchHit.Part p : h.snippet()) {
                snippet.addObject().put("text", p.text()).put("match", p.match());
            }
        }
        return n;
    }

    static ObjectNode status(long[] counts, boolean ingest) {
        ObjectNode n = NODES.objectNode();
        n.put("articles", counts[0]);
        n.put("stories", counts[1]);
        n.put("entities", counts[2]);
        n.put("ingest", ingest);
        return n;
    }

    static ObjectNode ingest(IngestResult r, List<String> problems) {
        ObjectNode n = NODES.objectNode();
        n.put("read", r.read());
        n.put("added", r.added());
        n.put("already_present", r.alreadyPresent());
        n.put("stories_started", r.storiesStarted());
        n.put("stories_changed", r.storiesChanged());
        strings(n.putArray("problems"), problems);
        return n;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode n = NODES.objectNode();
        n.putObject("error").put("status", status).put("message", message);
        return n;
    }

    private static ObjectNode paging(Page<?> page) {
        ObjectNode n = NODES.objectNode();
        n.put("total", page.total());
        n.put("limit", page.limit());
        n.put("offset", page.offset());
        return n;
    }

    private static ObjectNode span(ObjectNode o, Span s) {
        return o.put("start", s.start()).put("end", s.end());
    }

    private static void bound(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
