package org.sitrep.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * Reads metadata signals from a page's markup, each with its rank and basis: title from og:title,
 * twitter:title, JSON-LD headline, {@code <h1>}, {@code <title>} (site names taken off); published
 * and updated dates from JSON-LD, meta tags, {@code <time datetime>} and the URL; author from
 * JSON-LD, meta tags, {@code rel=author}, {@code itemprop=author} and byline elements; publisher
 * from og:site_name and JSON-LD; language from {@code <html lang>} and meta tags. Dates in the
 * text itself are left to the line rules. Stateless and thread-safe.
 */
final class HtmlMetadataReader {

    /** The basis of the title signal read from the page's visible headline, {@code <h1>}. */
    static final String SHOWN_HEADLINE = "<h1>";
    static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator");
    static final List<String> PUBLISHER_META = List.of("og:site_name", "dc.publisher", "dcterms.publisher",
            "application-name", "publisher");
    static final List<String> LANGUAGE_META = List.of("content-language", "language", "dc.language", "og:locale");

    // selectors that look at one element at a time, for PageElements.select
    private static final Evaluator CANONICAL = PageElements.selector("link[rel=canonical]");
    private static final Evaluator H1 = PageElements.selector("h1");
    private static final Evaluator AUTHOR_MARKUP = PageElements.selector("[rel=author], [itemprop=author]");
    private static final Evaluator BYLINE_CLASS = PageElements.selector("[class*=byline], [class*=author]");
    private static final Evaluator META_CONTENT = PageElements.selector("meta[content]");

    /** Labels before an author's name: "By", "Written by", "Author:", "Posted by". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "^(?i:(?:written|posted|reviewed|words)\\s+by|author\\s+by|by|authors?)(?::\\s*|\\s+)");
    /** A separator after an author's name, before a role or a site: " - ", " | ", " \u2013 ". */
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+[-|\u2013\u2014\u00b7\u2022]\\s+");
    /** Author values that name nobody. */
    private static final Set<String> AUTHOR_PLACEHOLDERS = Set.of("no author", "unknown", "admin", "administrator",
            "anonymous", "author", "guest", "editor", "n/a");
    /** The author tag that scholarly pages repeat once per author. */
    private static final String REPEATED_AUTHOR_META = "citation_author";
    private static final Set<String> TLD_SECOND_LEVELS = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or",
            "ne");

    private HtmlMetadataReader() {
    }

    static List<MetadataSignal> read(PageElements page, JsonLdReader.JsonLdArticle ld, String url) {
        List<MetadataSignal> out = new ArrayList<>();
        Map<String, String> metas = metaTags(page);
        Set<String> siteNames = new LinkedHashSet<>();
        meta(metas, "og:site_name").ifPresent(siteNames::add);
        if (ld.publisher() != null) {
            siteNames.add(ld.publisher());
        }
        String pageUrl = url != null ? url : meta(metas, "og:url").orElse(page.select(CANONICAL).attr("href"));
        hostName(pageUrl).ifPresent(siteNames::add);
        Document doc = page.document();
        titles(page, metas, ld, siteNames, out);
        HtmlDateSignals.read(page, metas, ld, pageUrl, out);
        authors(page, metas, ld, siteNames, out);
        publishers(doc, metas, ld, out);
        languages(doc, metas, ld, out);
        return out;
    }

    private static void titles(PageElements page, Map<String, String> metas, JsonLdReader.JsonLdArticle ld,
            Set<String> sites, List<MetadataSignal> out) {
        for (String name : List.of("og:title", "twitter:title")) {
            meta(metas, name).ifPresent(t -> addTitle(out, TitleCleaner.clean(t, sites), SignalRank.META, "meta " + name));
        }
        if (ld.headline() != null) {
            addTitle(out, TitleCleaner.clean(ld.headline(), sites), SignalRank.META, "JSON-LD headline");
        }
        Element h1 = firstWithText(page.document().select("article h1, main h1, [itemprop=headline]"));
        if (h1 == null) {
            h1 = firstWithText(page.select(H1));
        }
        if (h1 != null && !TitleCleaner.namesSite(h1.text(), sites)) {
            addTitle(out, h1.text(), SignalRank.MARKUP, SHOWN_HEADLINE);
        }
        String title = page.document().title();
        if (!title.isBlank()) {
            addTitle(out, TitleCleaner.clean(title, sites), SignalRank.MARKUP, "<title>");
        }
    }

    private static Element firstWithText(org.jsoup.select.Elements candidates) {
        return candidates.stream().filter(e -> !e.text().isBlank()).findFirst().orElse(null);
    }

    private static void addTitle(List<MetadataSignal> out, String title, SignalRank rank, String basis) {
        String t = title.strip();
        if (!t.isEmpty()) {
            out.add(MetadataSignal.text(MetadataSignal.TITLE, t, rank, basis));
        }
    }


    private static void authors(PageElements page, Map<String, String> metas, JsonLdReader.JsonLdArticle ld,
            Set<String> sites, List<MetadataSignal> out) {
        List<String> ldNames = ld.authors().stream().map(HtmlMetadataReader::withoutLabel)
                .filter(v -> plausibleAuthor(v, sites)).toList();
        if (!ldNames.isEmpty()) {
            out.add(MetadataSignal.text(MetadataSignal.AUTHOR, String.join(", ", ldNames), SignalRank.STRUCTURED,
                    "JSON-LD author"));
        }
        for (String name : AUTHOR_META) {
            // scholarly pages give one citation_author tag per author: all of them are the byline
            List<String> values = (name.equals(REPEATED_AUTHOR_META) ? metaValues(page, name)
                    : meta(metas, name).map(List::of).orElse(List.of())).stream()
                    .map(HtmlMetadataReader::withoutLabel).filter(v -> plausibleAuthor(v, sites)).toList();
            if (!values.isEmpty()) {
                out.add(MetadataSignal.text(MetadataSignal.AUTHOR, String.join(", ", values), SignalRank.META,
                        "meta " + name));
            }
        }
        for (Element e : page.select(AUTHOR_MARKUP)) {
            String v = e.hasAttr("content") ? e.attr("content") : e.select("[itemprop=name]").text();
            if (v.isBlank()) {
                v = e.text();
            }
            v = withoutLabel(v);
            if (plausibleAuthor(v, sites) && BylineReader.isName(v)) {
                out.add(MetadataSignal.text(MetadataSignal.AUTHOR, v, SignalRank.MARKUP,
                        e.hasAttr("rel") ? "rel=author link" : "itemprop=author"));
                break;
            }
        }
        for (Element e : page.select(BYLINE_CLASS)) {
            if (!ClassEvidence.words(e).contains("byline") && !ClassEvidence.words(e).contains("author")) {
                continue;
            }
            List<String> names = BylineReader.byline(LineShape.of(
                    e.text().toLowerCase(Locale.ROOT).startsWith("by") ? e.text() : "By " + e.text())).stream()
                    .filter(v -> plausibleAuthor(v, sites)).toList();
            if (!names.isEmpty()) {
                out.add(MetadataSignal.text(MetadataSignal.AUTHOR, String.join(", ", names), SignalRank.MARKUP,
                        "byline element " + BoilerplateRemover.quote(e.text())));
                break;
            }
        }
    }

    /**
     * An author value without the label pages put before it ("By", "Written by", "Author:") and
     * without a segment after a separator when what precedes it is a name ("Andrea Valeria - Remote
     * Jobs", "Jane Roe | Staff").
     */
    static String withoutLabel(String v) {
        String t = AUTHOR_LABEL.matcher(v.strip()).replaceFirst("").strip();
        Matcher separated = AUTHOR_SEPARATOR.matcher(t);
        if (separated.find() && BylineReader.isName(t.substring(0, separated.start()).strip())) {
            t = t.substring(0, separated.start()).strip();
        }
        return t;
    }


    /**
     * A value that can be an author: not a link, an e-mail or a handle, not too long, not a
     * placeholder, and not the site's own name (many pages put the publisher in the author tag)
     * unless it is shaped like a person's name: on a personal site the author is the site.
     */
    private static boolean plausibleAuthor(String v, Set<String> sites) {
        return v != null && !v.isBlank() && !v.contains("://") && !v.startsWith("@") && !v.contains("@")
                && v.length() <= BoilerplateRemover.MAX_QUOTED_CHARS && !(TitleCleaner.namesSite(v, sites) && !BylineReader.isName(v))
                && !AUTHOR_PLACEHOLDERS.contains(v.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> metaValues(PageElements page, String name) {
        List<String> out = new ArrayList<>();
        for (Element m : page.select(META_CONTENT)) {
            if (m.attr("name").equalsIgnoreCase(name) || m.attr("property").equalsIgnoreCase(name)) {
                String v = m.attr("content").strip();
                if (!v.isEmpty() && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static void publishers(Document doc, Map<String, String> metas, JsonLdReader.JsonLdArticle ld,
            List<MetadataSignal> out) {
        if (ld.publisher() != null) {
            out.add(MetadataSignal.text(MetadataSignal.PUBLISHER, ld.publisher(), SignalRank.STRUCTURED,
                    "JSON-LD publisher"));
        }
        for (String name : PUBLISHER_META) {
            meta(metas, name).ifPresent(v -> out.add(MetadataSignal.text(MetadataSignal.PUBLISHER, v, SignalRank.META,
                    "meta " + name)));
        }
    }

    private static void languages(Document doc, Map<String, String> metas, JsonLdReader.JsonLdArticle ld,
            List<MetadataSignal> out) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank() && html != null) {
            lang = html.attr("xml:lang");
        }
        String code = StandardArticleExtractor.languageCode(lang);
        if (code != null) {
            out.add(MetadataSignal.text(MetadataSignal.LANGUAGE, code, SignalRank.MARKUP, "<html lang='" + lang + "'>"));
        }
        String ldCode = StandardArticleExtractor.languageCode(ld.language());
        if (ldCode != null) {
            out.add(MetadataSignal.text(MetadataSignal.LANGUAGE, ldCode, SignalRank.STRUCTURED, "JSON-LD inLanguage"));
        }
        for (String name : LANGUAGE_META) {
            meta(metas, name).map(StandardArticleExtractor::languageCode).ifPresent(c -> out.add(
                    MetadataSignal.text(MetadataSignal.LANGUAGE, c, SignalRank.MARKUP, "meta " + name)));
        }
    }

    /** The content of the first meta tag with this name, property, itemprop or http-equiv (case-insensitive). */
    static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every meta tag's first non-blank content by lower-cased name, property, itemprop and http-equiv. */
    private static Map<String, String> metaTags(PageElements page) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : page.select(META_CONTENT)) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = m.attr(attr).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    tags.putIfAbsent(key, v);
                }
            }
        }
        return tags;
    }

    /** The site's name as its host suggests it: "thenational" for www.thenational.ae. */
    static Optional<String> hostName(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[labels.length - 1].length() == 2 && TLD_SECOND_LEVELS.contains(labels[i])) {
            i--;
        }
        return i >= 0 ? Optional.of(labels[i]) : Optional.empty();
    }
}
