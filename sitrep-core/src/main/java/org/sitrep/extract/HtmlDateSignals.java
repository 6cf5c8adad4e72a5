package org.sitrep.extract;

import java.net.URI;
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
import org.sitrep.model.DateRange;

/**
 * The published and updated dates an HTML page declares, as {@link MetadataSignal}s ranked by where
 * they were found: JSON-LD, meta tags, {@code <time>} and {@code itemprop} markup, an element whose
 * class says it holds a date, a "last modified" note, and a date in the URL. Part of
 * {@link HtmlMetadataReader}; pure and thread-safe.
 */
final class HtmlDateSignals {

    /** Meta names (name, property or itemprop, compared lower-case) that state the publication date, strongest first. */
    static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "og:published_time", "published_time", "article:published", "datepublished", "date", "pubdate",
            "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "citation_publication_date",
            "citation_date", "original-publish-date", "article.published", "date_published", "pub_date",
            "rnews:datepublished", "displaydate", "published_on", "publication_date", "article:published_date",
            "datecreated", "dc.date.created", "release_date", "sailthru.published_time", "og:pubdate");
    static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "og:article:modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
            "article.updated", "date_modified");

    /** For {@link PageElements#select}. */
    private static final Evaluator TIME_DATETIME = PageElements.selector("time[datetime]");

    /** Class and id words that say an element holds a date. */
    private static final Set<String> DATE_CLASS_WORDS = Set.of("date", "pubdate", "published", "publish", "posted",
            "timestamp", "dateline", "datetime", "postdate", "publishdate", "publishedat", "dated", "time");
    /** A date element holds a short line; longer text is a container that merely mentions a date. */
    private static final int MAX_DATE_TEXT_CHARS = 80;
    private static final int MAX_DATE_LINE_WORDS = 14;
    private static final Pattern LAST_CHANGED = Pattern.compile(
            "(?i)\\b(?:last (?:edited|modified|updated|changed)|(?:was|were) (?:last )?(?:edited|modified|updated))"
                    + "(?:\\s+(?:on|at))?\\s*:?");
    /** One of these occurs in every {@link #LAST_CHANGED} note. */
    private static final List<String> CHANGE_VERBS = List.of("edited", "modified", "updated", "changed");
    /** The most characters a {@link #LAST_CHANGED} note has before its verb ("were last "). */
    private static final int LAST_CHANGED_LEAD = "were last ".length();
    /** How far after a "last modified" note its date may start. */
    private static final int LAST_CHANGED_WINDOW = 40;
    /** A box this short around a date is a meta line, whatever its class says. */
    private static final int MAX_META_BOX_WORDS = 30;
    /** A date element has few children (a label, the date, a time); more make it a container. */
    private static final int MAX_DATE_CHILDREN = 4;
    /** The hour of an ISO timestamp given in UTC ("T02:25:54Z", "T02:25:54.000+00:00"). */
    private static final Pattern UTC_TIME = Pattern.compile("T(\\d{2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)$");
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");

    /** Adds the page's date signals to {@code out}. */
    static void read(PageElements page, Map<String, String> metas, JsonLdReader.JsonLdArticle ld,
            String url, List<MetadataSignal> out) {
        addDate(out, MetadataSignal.PUBLISHED, ld.datePublished(), SignalRank.STRUCTURED, "JSON-LD datePublished");
        addDate(out, MetadataSignal.UPDATED, ld.dateModified(), SignalRank.STRUCTURED, "JSON-LD dateModified");
        for (String name : PUBLISHED_META) {
            HtmlMetadataReader.meta(metas, name).ifPresent(v -> addDate(out, MetadataSignal.PUBLISHED, v, SignalRank.META, "meta " + name));
        }
        for (String name : MODIFIED_META) {
            HtmlMetadataReader.meta(metas, name).ifPresent(v -> addDate(out, MetadataSignal.UPDATED, v, SignalRank.META, "meta " + name));
        }
        for (Element e : page.document().select("[itemprop=datePublished]:not(meta), time[pubdate]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            addDate(out, MetadataSignal.PUBLISHED, v, SignalRank.MARKUP, "<" + e.normalName() + "> datePublished");
        }
        boolean headerTime = false;
        Elements times = page.select(TIME_DATETIME);
        for (Element e : times) {
            if (inArticleHeader(e)) {
                addDate(out, MetadataSignal.PUBLISHED, e.attr("datetime"), SignalRank.MARKUP,
                        "<time datetime> in the article header");
                headerTime = true;
                break;
            }
        }
        if (!headerTime) {
            // as weak as a date line: the first <time> outside comments, teasers and sidebars
            times.stream().filter(e -> !inNoise(e)).findFirst().ifPresent(e -> addDate(out,
                    MetadataSignal.PUBLISHED, e.attr("datetime"), SignalRank.TEXT, "first <time datetime> on the page"));
        }
        dateClassed(page, out);
        lastChanged(page.document(), out);
        if (url != null && !url.isBlank()) {
            urlDate(url).ifPresent(d -> out.add(MetadataSignal.date(MetadataSignal.PUBLISHED, d, SignalRank.URL,
                    "date in the URL '" + url + "'")));
        }
    }

    /**
     * The first element outside comments, teasers and sidebars whose class or id says it holds a
     * date ("date", "pubdate", "post-date", "published", "timestamp", "time") and whose short text is a date
     * line: "May 25, 2023", "Posted Jan 11, 2011 at 1:23 pm", "Updated: December 7, 2025". As weak
     * as a date line in the text.
     */
    private static void dateClassed(PageElements page, List<MetadataSignal> out) {
        for (Element e : page.all()) {
            // a cheap look at the raw names before splitting them into words
            if (!mayNameDate(e.className()) && !mayNameDate(e.id())) {
                continue;
            }
            List<String> words = ClassEvidence.words(e);
            if (words.stream().noneMatch(DATE_CLASS_WORDS::contains) || e.childrenSize() > MAX_DATE_CHILDREN) {
                continue;
            }
            String text = e.text();
            if (text.length() > MAX_DATE_TEXT_CHARS || inNoise(e) && !inArticleFooter(e)) {
                continue;
            }
            List<DateLineReader.DateLine> lines = DateLineReader.read(LineShape.of(text), MAX_DATE_LINE_WORDS);
            if (lines.isEmpty()) {
                continue;
            }
            String basis = "date element " + BoilerplateRemover.quote(text);
            for (DateLineReader.DateLine d : lines) {
                DateRange day = DateRange.day(d.date());
                if (d.label() == DateLineReader.Label.UPDATED) {
                    out.add(MetadataSignal.date(MetadataSignal.UPDATED, day, SignalRank.TEXT, basis));
                    out.add(MetadataSignal.date(MetadataSignal.PUBLISHED, day, SignalRank.TEXT_UPDATED,
                            basis + " (no publication date given)"));
                } else {
                    out.add(MetadataSignal.date(MetadataSignal.PUBLISHED, day, SignalRank.TEXT, basis));
                }
            }
            return;
        }
    }

    /** False when the class or id {@code names} cannot hold a {@link #DATE_CLASS_WORDS date word}. */
    private static boolean mayNameDate(String names) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        return lower.contains("date") || lower.contains("publish") || lower.contains("posted") || lower.contains("time");
    }

    /** True when {@code e} sits in a footer inside an {@code <article>}: the article's own footer, not the page's. */
    private static boolean inArticleFooter(Element e) {
        boolean footer = false;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            Optional<String> noise = ClassEvidence.noise(a);
            if (noise.isPresent() && !noise.get().equals("footer") && !noise.get().equals(ClassEvidence.PAGE_HEADER)
                    && !noise.get().equals(ClassEvidence.BYLINE)) {
                return false;
            }
            footer |= noise.isPresent() && noise.get().equals("footer");
            if (a.normalName().equals("article")) {
                return footer;
            }
        }
        return false;
    }

    /**
     * The date of a "last edited / last modified / last updated" note anywhere on the page (wikis
     * and documentation print it in the footer): an updated date, and a publication date of last
     * resort for pages that give no other.
     */
    private static void lastChanged(Document doc, List<MetadataSignal> out) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        String text = body.text();
        int from = firstChangeVerb(text);
        if (from < 0) {
            return;
        }
        Matcher m = LAST_CHANGED.matcher(text);
        if (!m.find(from)) {
            return;
        }
        String window = text.substring(m.end(), Math.min(text.length(), m.end() + LAST_CHANGED_WINDOW));
        DateParser.first(window).ifPresent(d -> {
            String basis = "note " + BoilerplateRemover.quote(m.group() + window.substring(0, d.end()));
            out.add(MetadataSignal.date(MetadataSignal.UPDATED, DateRange.day(d.date()), SignalRank.TEXT, basis));
            out.add(MetadataSignal.date(MetadataSignal.PUBLISHED, DateRange.day(d.date()), SignalRank.TEXT_UPDATED,
                    basis + " (no publication date given)"));
        });
    }

    /**
     * Where a {@link #LAST_CHANGED} note in {@code text} can start at the earliest, or -1 when there
     * is none: every note holds one of its verbs, at most {@link #LAST_CHANGED_LEAD} characters after
     * its start. Looking for four words is much cheaper than running the pattern over a whole page,
     * and most pages hold none of them or hold them late.
     */
    private static int firstChangeVerb(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String verb : CHANGE_VERBS) {
            int i = lower.indexOf(verb);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        if (first < 0 || lower.length() != text.length()) {
            // lower-casing changed the length (a dotted capital I), so positions differ: search it all
            return first < 0 ? -1 : 0;
        }
        return Math.max(0, first - LAST_CHANGED_LEAD);
    }

    /** A {@code <time>} that belongs to the article's own header or byline, not to a teaser or comment. */
    private static boolean inArticleHeader(Element time) {
        boolean header = false;
        for (Element a = time.parent(); a != null && !isPageRoot(a); a = a.parent()) {
            Optional<String> noise = ClassEvidence.noise(a);
            if (noise.isPresent() && !noise.get().equals(ClassEvidence.PAGE_HEADER)
                    && !noise.get().equals(ClassEvidence.BYLINE) && !smallMetaBox(a, noise.get())) {
                return false;
            }
            String tag = a.normalName();
            List<String> words = ClassEvidence.words(a);
            if (tag.equals("article") || tag.equals("header") || tag.equals("main") || words.contains("byline")
                    || words.contains("meta") || words.contains("dateline") || words.contains("date")) {
                header = true;
            }
        }
        return header;
    }

    private static boolean inNoise(Element e) {
        for (Element a = e.parent(); a != null && !isPageRoot(a); a = a.parent()) {
            Optional<String> noise = ClassEvidence.noise(a);
            if (noise.isPresent() && !noise.get().equals(ClassEvidence.PAGE_HEADER)
                    && !noise.get().equals(ClassEvidence.BYLINE) && !smallMetaBox(a, noise.get())) {
                return true;
            }
        }
        return false;
    }

    /** {@code <body>} and {@code <html>}: themes put any class on them ("mega-menu-top-menu"), which says nothing. */
    private static boolean isPageRoot(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }

    /**
     * A sidebar or caption-classed box of a few words around a date is the post's own meta line
     * ({@code <aside class="post-meta">}, {@code <div class="date-and-credit">}), not a sidebar of
     * teasers.
     */
    private static boolean smallMetaBox(Element box, String noise) {
        return (noise.equals("sidebar") || noise.equals("caption"))
                && LineShape.of(box.text()).wordCount() <= MAX_META_BOX_WORDS;
    }

    private static void addDate(List<MetadataSignal> out, String field, String value, SignalRank rank, String basis) {
        if (value == null) {
            return;
        }
        String quoted = basis + " '" + value.strip() + "'";
        DateParser.parseValue(value).ifPresent(d -> {
            Matcher utc = UTC_TIME.matcher(value.strip());
            out.add(utc.find() && d.precision() == org.sitrep.model.DatePrecision.DAY
                    ? MetadataSignal.utcDate(field, d, Integer.parseInt(utc.group(1)), rank, quoted)
                    : MetadataSignal.date(field, d, rank, quoted));
        });
    }

    /** The date a URL's path spells out: /2020/02/18/, /2020-02-18-, /20200218/, or /2020/02/ (a month). */
    static Optional<DateRange> urlDate(String url) {
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        if (path == null) {
            return Optional.empty();
        }
        for (Pattern p : List.of(URL_DAY, URL_COMPACT_DAY)) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                Optional<DateRange> d = DateParser.parseValue(
                        m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = URL_MONTH.matcher(path);
        return m.find() ? DateParser.parseValue(m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    private HtmlDateSignals() {
    }
}
