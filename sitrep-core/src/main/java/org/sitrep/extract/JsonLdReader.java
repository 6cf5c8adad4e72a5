package org.sitrep.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Reads the article a page describes in its JSON-LD ({@code <script type="application/ld+json">}):
 * headline, publication and modification dates, authors, publisher, language and
 * {@code articleBody}. Objects are found at the top level, in arrays, in {@code @graph} and under
 * {@code mainEntity}; an object typed as an article wins over a {@code WebPage}. Malformed JSON is
 * skipped (pages get it wrong often). Stateless and thread-safe.
 */
final class JsonLdReader {

    /** What the page's JSON-LD says about its article; any field may be null. */
    record JsonLdArticle(String headline, String datePublished, String dateModified, List<String> authors,
            String publisher, String language, String articleBody) {

        static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of(), null, null, null);

        JsonLdArticle {
            authors = List.copyOf(authors);
        }
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "report", "scholarlyarticle", "socialmediaposting", "techarticle", "posting");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage");
    /** JSON nesting deeper than this is not article metadata. */
    private static final int MAX_DEPTH = 12;
    private static final Evaluator SCRIPT_WITH_TYPE = PageElements.selector("script[type]");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLdReader() {
    }

    /** The article the page's JSON-LD describes, or {@link JsonLdArticle#NONE}. */
    static JsonLdArticle read(PageElements elements) {
        JsonNode article = null;
        JsonNode page = null;
        for (Element script : elements.select(SCRIPT_WITH_TYPE)) {
            if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", ""));
            } catch (JsonProcessingException e) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                String type = typeOf(node);
                if (article == null && ARTICLE_TYPES.contains(type)) {
                    article = node;
                } else if (page == null && PAGE_TYPES.contains(type)) {
                    page = node;
                }
            }
        }
        JsonNode chosen = article != null ? article : page;
        if (chosen == null) {
            return JsonLdArticle.NONE;
        }
        return new JsonLdArticle(firstText(chosen, "headline", "name"), text(chosen.get("datePublished")),
                text(chosen.get("dateModified")), names(chosen.get("author")), name(chosen.get("publisher")),
                text(chosen.get("inLanguage")), article != null ? text(chosen.get("articleBody")) : null);
    }

    /** Every object reachable through arrays, {@code @graph} and {@code mainEntity}, breadth first. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(root == null ? JSON.nullNode() : root);
        depths.add(0);
        while (!queue.isEmpty()) {
            JsonNode n = queue.poll();
            int depth = depths.poll();
            if (depth > MAX_DEPTH) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(c -> {
                    queue.add(c);
                    depths.add(depth + 1);
                });
            } else if (n.isObject()) {
                out.add(n);
                for (String key : List.of("@graph", "mainEntity")) {
                    if (n.has(key)) {
                        queue.add(n.get(key));
                        depths.add(depth + 1);
                    }
                }
            }
        }
        return out;
    }

    private static String typeOf(JsonNode node) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                String s = x.asText().toLowerCase(java.util.Locale.ROOT);
                if (ARTICLE_TYPES.contains(s)) {
                    return s;
                }
            }
            return t.size() > 0 ? t.get(0).asText().toLowerCase(java.util.Locale.ROOT) : "";
        }
        return t.asText().toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstText(JsonNode node, String... keys) {
        for (String k : keys) {
            String v = text(node.get(k));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.size() > 0 ? text(v.get(0)) : null;
        }
        if (v.isObject()) {
            return text(v.has("@value") ? v.get("@value") : v.get("name"));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode v) {
        return text(v);
    }

    private static List<String> names(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                String n = text(x);
                if (n != null && !out.contains(n)) {
                    out.add(n);
                }
            });
        } else {
            String n = text(v);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }
}
