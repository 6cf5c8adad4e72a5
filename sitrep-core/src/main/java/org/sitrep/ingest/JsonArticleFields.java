package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys a JSON Lines record may use for an article's body and metadata, as ordered tables (the
 * first key present wins), and how their values are read: a string as is, a number as written, an
 * array of strings or of {@code {"name": ...}} objects joined, an object by its {@code name}.
 * Stateless and thread-safe.
 */
final class JsonArticleFields {

    /** Body keys: common dump formats ({@code text}, {@code body}, {@code content}) and news-please's {@code maintext}. */
    static final List<String> BODY_KEYS = List.of("text", "body", "content", "maintext");
    static final List<String> TITLE_KEYS = List.of("title", "headline");
    static final List<String> URL_KEYS = List.of("url", "link", "canonical_url");
    static final List<String> PUBLISHED_KEYS = List.of("published", "date", "published_at", "publish_date",
            "date_publish", "datePublished", "pubDate");
    static final List<String> AUTHOR_KEYS = List.of("author", "authors", "byline");
    static final List<String> PUBLISHER_KEYS = List.of("publisher", "source", "site_name", "source_domain");
    static final List<String> LANGUAGE_KEYS = List.of("language", "lang");
    /** When the page was fetched: crawl dumps' keys, news-please's {@code date_download}. */
    static final List<String> CAPTURED_KEYS = List.of("captured", "crawled", "crawled_at", "date_download",
            "date_crawled", "fetched_at");

    // a body is HTML when it starts with markup or holds block-level tags; text that mentions "<" stays text
    private static final Pattern HTML_BODY = Pattern.compile(
            "(?is)^\\s*<[a-z!]|<(p|div|br|article|section|h[1-6]|ul|ol|li|table|blockquote|html|body)[\\s>/]");

    private static final String LIST_SEPARATOR = ", ";
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private JsonArticleFields() {
    }

    /** The first body key present in {@code record}, if any. */
    static Optional<String> bodyKey(JsonNode record) {
        return BODY_KEYS.stream().filter(record::has).findFirst();
    }

    /** The body under {@code key}: a string, or an array of strings taken as paragraphs; empty for other values. */
    static Optional<String> body(JsonNode record, String key) {
        JsonNode v = record.get(key);
        if (v.isTextual()) {
            return Optional.of(v.asText());
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(item -> {
                if (item.isTextual()) {
                    parts.add(item.asText());
                }
            });
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(PARAGRAPH_SEPARATOR, parts));
        }
        return Optional.empty();
    }

    /** How a body should be read: HTML when it looks like markup, else text. */
    static DocumentFormat formatOf(String body) {
        return HTML_BODY.matcher(body).find() ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }

    /** The metadata a record declares under the keys of the tables above. */
    static DeclaredMetadata declared(JsonNode record) {
        return new DeclaredMetadata(first(record, TITLE_KEYS), first(record, URL_KEYS), first(record, PUBLISHED_KEYS),
                first(record, AUTHOR_KEYS), first(record, PUBLISHER_KEYS), first(record, LANGUAGE_KEYS),
                first(record, CAPTURED_KEYS));
    }

    private static String first(JsonNode record, List<String> keys) {
        for (String key : keys) {
            String v = value(record.get(key));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String s = null;
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            s = v.asText();
        } else if (v.isObject()) {
            s = value(v.get("name"));
        } else if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(item -> {
                String p = value(item);
                if (p != null) {
                    parts.add(p);
                }
            });
            s = String.join(LIST_SEPARATOR, parts);
        }
        return s == null || s.isBlank() ? null : s.strip();
    }
}
