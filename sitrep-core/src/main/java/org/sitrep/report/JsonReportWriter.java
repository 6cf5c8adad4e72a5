package org.sitrep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.RecurringClaim;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;
import org.sitrep.extract.MetadataEvidence;
import org.sitrep.extract.RemovedBlock;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;
import org.sitrep.model.Span;

/**
 * The writer of {@code report.json}, the machine-readable report whose shape is the contract in
 * DESIGN.md: every contract field under its contract name, plus extra fields that help a reader
 * follow a statement back to its source (origins, metadata evidence, removed boilerplate with reasons,
 * claim explanations, event ids, relation counts, quote cues, the run's counts).
 *
 * <p>Output is pretty-printed UTF-8 with {@code \n} line ends and is deterministic: the same report
 * gives the same bytes on every run and machine (fields in a fixed order, maps sorted). Non-finite
 * numbers, such as the open upper bound of "more than a dozen", are written as {@code null} so the
 * file stays valid JSON. Spans are written as given; checking them is the stages' job.
 *
 * <p>Stateless and thread-safe. Cost is linear in the size of the report; the tree is built in
 * memory before it is written.
 */
public final class JsonReportWriter implements ReportWriter {

    /** Whole numbers up to this magnitude are written without a fraction ({@code 14}, not {@code 14.0}). */
    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(prettyPrinter())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        WRITER.writeValue(out, tree(report));
        out.write('\n');
        out.flush();
    }

    /** The whole report as a JSON tree, exactly what {@link #write} serialises. */
    public ObjectNode tree(Report report) {
        ObjectNode root = NODES.objectNode();
        root.put("version", Report.VERSION);
        ArrayNode articles = root.putArray("articles");
        for (AnnotatedArticle a : report.articles()) {
            articles.add(article(a.article()));
        }
        ArrayNode stories = root.putArray("stories");
        for (StoryAnalysis s : report.stories()) {
            stories.add(story(s));
        }
        ArrayNode recurring = root.putArray("recurring_claims");
        report.recurring().forEach(r -> recurring.add(recurringClaim(r)));
        root.set("stats", stats(report.stats()));
        return root;
    }

    /**
     * One figure recurring across stories as it stands in {@code report.json}'s
     * {@code recurring_claims}; the Flink job writes these objects as its recurring claims.
     */
    public ObjectNode recurringClaim(RecurringClaim r) {
        ObjectNode o = NODES.objectNode();
        o.put("quantity", r.quantity());
        o.put("verdict", r.verdict().label());
        o.put("explanation", r.explanation());
        ArrayNode in = o.putArray("stories");
        for (int i = 0; i < r.stories().size(); i++) {
            ObjectNode st = in.addObject();
            st.put("story", r.stories().get(i).value());
            st.set("claim", claim(r.groups().get(i)));
        }
        return o;
    }

    /**
     * One article as it stands in {@code report.json}'s {@code articles}, contract fields first. The
     * workspace's HTTP API returns this object for one article.
     */
    public ObjectNode article(Article a) {
        ObjectNode n = NODES.objectNode();
        n.put("id", a.id().value());
        n.put("source", a.origin().source());
        n.put("title", a.title());
        n.put("published", iso(a.published()));
        n.put("publisher", a.publisher());
        n.put("author", a.author());
        n.put("text", a.text());
        ArrayNode removed = n.putArray("boilerplate_removed");
        a.boilerplate().forEach(b -> removed.add(b.text()));
        n.put("updated", iso(a.updated()));
        n.put("language", a.language());
        n.put("truncated", a.truncated());
        n.set("origin", origin(a.origin()));
        ArrayNode boilerplate = n.putArray("boilerplate");
        for (RemovedBlock b : a.boilerplate()) {
            boilerplate.addObject().put("text", b.text()).put("reason", b.reason());
        }
        ArrayNode evidence = n.putArray("metadata_evidence");
        for (MetadataEvidence e : a.evidence()) {
            evidence.addObject().put("field", e.field()).put("value", e.value()).put("basis", e.basis());
        }
        return n;
    }

    private static ObjectNode origin(Origin o) {
        ObjectNode n = NODES.objectNode();
        n.put("path", o.path());
        n.put("line", o.line());
        n.put("warc_record_id", o.warcRecordId());
        n.put("url", o.url());
        return n;
    }

    /**
     * One story as it stands in {@code report.json}'s {@code stories}. The workspace's HTTP API returns
     * this object for one story. Reads only the ids and copies of the story's articles.
     */
    public ObjectNode story(StoryAnalysis s) {
        ObjectNode n = NODES.objectNode();
        n.put("id", s.story().id().value());
        n.put("headline", s.headline() == null ? null : s.headline().text());
        n.set("headline_citations", citations(s.headline() == null ? List.of() : s.headline().citations()));
        ArrayNode ids = n.putArray("articles");
        s.story().articles().forEach(a -> ids.add(a.id().value()));
        n.set("copies", copies(s.story().copyOf()));
        ArrayNode summary = n.putArray("summary");
        for (CitedSentence c : s.summary()) {
            summary.addObject()
                    .put("text", c.text())
                    .put("disputed", c.disputed())
                    .set("citations", citations(c.citations()));
        }
        ArrayNode entities = n.putArray("entities");
        s.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode claims = n.putArray("claims");
        s.claims().forEach(c -> claims.add(claim(c)));
        ArrayNode events = n.putArray("events");
        s.events().forEach(e -> events.add(event(e)));
        ArrayNode relations = n.putArray("relations");
        s.relations().forEach(r -> relations.add(relation(r)));
        ArrayNode quotes = n.putArray("quotes");
        s.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode conflicts = n.putArray("date_conflicts");
        for (org.sitrep.analyse.DateConflict c : s.dateConflicts()) {
            ObjectNode o = conflicts.addObject();
            o.put("subject", c.subject());
            o.put("verdict", c.verdict().label());
            o.put("explanation", c.explanation());
            ArrayNode dates = o.putArray("dates");
            for (org.sitrep.analyse.DatedMention d : c.dates()) {
                ObjectNode dn = dates.addObject();
                dn.put("article", d.article().value());
                dn.put("text", d.text());
                dn.put("date", iso(d.date()));
                dn.put("date_precision", d.date().precision().label());
                putSpan(dn, d.span());
            }
        }
        ArrayNode timeline = n.putArray("timeline");
        for (TimelineEntry t : s.timeline()) {
            timeline.addObject()
                    .put("date", iso(t.date()))
                    .put("date_precision", t.date().precision().label())
                    .put("text", t.text())
                    .set("citations", citations(t.citations()));
        }
        return n;
    }

    /** Copy-to-original pairs sorted by copy, because the story's map has no stable order. */
    private static ArrayNode copies(Map<ArticleId, ArticleId> copyOf) {
        ArrayNode a = NODES.arrayNode();
        copyOf.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> a.addObject().put("article", e.getKey().value()).put("copy_of", e.getValue().value()));
        return a;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id().value());
        n.put("name", e.name());
        n.put("type", e.type().label());
        ArrayNode aliases = n.putArray("aliases");
        e.aliases().forEach(aliases::add);
        n.put("mentions", e.mentions().size());
        n.set("mention_spans", citations(e.mentions()));
        return n;
    }

    private static ObjectNode claim(ClaimGroup c) {
        ObjectNode n = NODES.objectNode();
        n.put("quantity", c.quantity());
        n.put("verdict", c.verdict().label());
        n.put("explanation", c.explanation());
        ArrayNode values = n.putArray("values");
        for (ClaimValue v : c.values()) {
            ObjectNode o = values.addObject();
            o.put("article", v.article().value());
            o.put("text", v.text());
            o.set("value", number(v.value()));
            o.set("low", number(v.low()));
            o.set("high", number(v.high()));
            putSpan(o, v.span());
            if (v.speaker() != null) {
                o.put("speaker", v.speaker());
            }
            if (v.scope() != null) {
                o.put("scope", v.scope().iso());
            }
        }
        return n;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id());
        n.put("date", iso(e.date()));
        n.put("date_precision", e.date() == null ? null : e.date().precision().label());
        n.put("date_basis", e.dateBasis());
        ArrayNode actors = n.putArray("actors");
        e.actors().forEach(id -> actors.add(id.value()));
        n.put("source", idOrNull(e.actor()));
        n.put("target", idOrNull(e.target()));
        n.putObject("action").put("code", e.action().code()).put("label", e.action().label());
        n.put("location", e.location());
        n.put("description", e.description());
        n.set("evidence", citations(e.evidence()));
        return n;
    }

    private static ObjectNode relation(Relation r) {
        ObjectNode n = NODES.objectNode();
        n.put("source", r.source().value());
        n.put("relation", r.relation().label());
        n.put("target", r.target().value());
        n.put("count", r.count());
        n.set("evidence", citations(r.evidence()));
        return n;
    }

    private static ObjectNode quote(AttributedQuote q) {
        ObjectNode n = NODES.objectNode();
        n.put("text", q.text());
        n.put("speaker", idOrNull(q.speaker()));
        n.put("speaker_name", q.speakerName());
        n.put("cue", q.cue());
        n.put("direct", q.direct());
        n.put("article", q.article().value());
        putSpan(n, q.span());
        return n;
    }

    private static ObjectNode stats(RunStats s) {
        ObjectNode n = NODES.objectNode();
        n.put("documents", s.documents());
        n.put("articles", s.articles());
        n.put("stories", s.stories());
        n.put("failed", s.failed());
        n.put("warnings", s.warnings());
        return n;
    }

    private static ArrayNode citations(List<Citation> citations) {
        ArrayNode a = NODES.arrayNode();
        for (Citation c : citations) {
            ObjectNode o = a.addObject();
            o.put("article", c.article().value());
            putSpan(o, c.span());
        }
        return a;
    }

    private static void putSpan(ObjectNode n, Span span) {
        n.put("start", span.start());
        n.put("end", span.end());
    }

    private static String iso(DateRange date) {
        return date == null ? null : date.iso();
    }

    private static String idOrNull(EntityId id) {
        return id == null ? null : id.value();
    }

    /** A JSON number, or null for infinities and NaN, which JSON cannot express. */
    private static com.fasterxml.jackson.databind.JsonNode number(double v) {
        if (!Double.isFinite(v)) {
            return NODES.nullNode();
        }
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_EXACT_WHOLE) {
            return NODES.numberNode((long) v);
        }
        return NODES.numberNode(v);
    }

    /** Two-space indentation, {@code "key": value}, and {@code \n} line ends whatever the platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
