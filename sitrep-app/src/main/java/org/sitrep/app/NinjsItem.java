package org.sitrep.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitrep.extract.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;

/**
 * One extracted article as an IPTC ninjs 2.1 news item ("News in JSON"), for
 * {@code sitrep extract --format ninjs}. The mapping:
 *
 * <table>
 * <caption>Sitrep article field to ninjs property</caption>
 * <tr><th>Sitrep</th><th>ninjs</th></tr>
 * <tr><td>source URL (http/https), else the article id</td><td>{@code uri} (the id as
 *     {@code urn:sitrep:article:ID})</td></tr>
 * <tr><td>-</td><td>{@code type}: {@code "text"}</td></tr>
 * <tr><td>truncated</td><td>{@code representationtype}: {@code "partial"} when truncated, else
 *     {@code "full"}</td></tr>
 * <tr><td>title</td><td>{@code headlines[0]} with role {@code "main"}</td></tr>
 * <tr><td>published (a day)</td><td>{@code firstcreated}, as that day at 00:00 UTC: Sitrep keeps
 *     dates to the day, so the time of day is not known</td></tr>
 * <tr><td>updated, else published</td><td>{@code versioncreated}, the same way</td></tr>
 * <tr><td>author</td><td>{@code by}</td></tr>
 * <tr><td>publisher</td><td>{@code infosources[0]} with role {@code "publisher"}</td></tr>
 * <tr><td>language</td><td>{@code language}</td></tr>
 * <tr><td>text</td><td>{@code bodies[0]}: role {@code "main"}, {@code text/plain}, with
 *     {@code charcount} and {@code wordcount}</td></tr>
 * <tr><td>id, source</td><td>{@code altids} with roles {@code "sitrep-id"} and {@code "source"}</td></tr>
 * </table>
 *
 * <p>A published or updated date coarser than a day (a year from a copyright line) has no ninjs
 * date-time and is left out; {@code located} is not written (Sitrep does not extract the dateline
 * place as metadata). Stateless.
 */
final class NinjsItem {

    static final String VERSION = "2.1";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#";

    private NinjsItem() {
    }

    static ObjectNode of(Article a) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        String url = a.origin().url();
        boolean web = url != null && url.toLowerCase(Locale.ROOT).matches("https?://\\S+");
        n.put("uri", web ? url : "urn:sitrep:article:" + a.id().value());
        n.put("type", "text");
        n.put("representationtype", a.truncated() ? "partial" : "full");
        ObjectNode standard = n.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", VERSION);
        standard.put("schema", SCHEMA);
        String first = dateTime(a.published());
        if (first != null) {
            n.put("firstcreated", first);
        }
        String version = a.updated() != null ? dateTime(a.updated()) : first;
        if (version != null) {
            n.put("versioncreated", version);
        }
        if (a.language() != null) {
            n.put("language", a.language());
        }
        if (a.title() != null) {
            ObjectNode h = n.putArray("headlines").addObject();
            h.put("role", "main");
            h.put("value", a.title());
        }
        if (a.author() != null) {
            n.put("by", a.author());
        }
        if (a.publisher() != null) {
            ObjectNode s = n.putArray("infosources").addObject();
            s.put("name", a.publisher());
            s.put("role", "publisher");
        }
        ObjectNode body = n.putArray("bodies").addObject();
        body.put("role", "main");
        body.put("contenttype", "text/plain");
        body.put("charcount", a.text().length());
        body.put("wordcount", words(a.text()));
        body.put("value", a.text());
        ArrayNode ids = n.putArray("altids");
        ids.addObject().put("role", "sitrep-id").put("value", a.id().value());
        ids.addObject().put("role", "source").put("value", a.origin().source());
        return n;
    }

    /** A day as a ninjs date-time (that day, 00:00 UTC); null for no date or one coarser than a day. */
    private static String dateTime(DateRange d) {
        if (d == null || d.precision() != DatePrecision.DAY) {
            return null;
        }
        return d.first() + "T00:00:00Z";
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
