package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about it: that it holds noise (navigation, a
 * footer, comments, a share bar, related links, an ad, a cookie or newsletter box, an author bio,
 * a caption) and which, or that it holds the article. Class and id names are split into words at
 * punctuation and camelCase ("relatedArticles" gives "related", "articles"), so "ad" matches
 * {@code ad-slot} but not {@code header}. Noise outranks article words: {@code article-comments}
 * is comments. Stateless and thread-safe.
 */
final class ClassEvidence {

    /** The reason for a page or article header, which may hold the article's byline and date. */
    static final String PAGE_HEADER = "page header";
    /** The reason for a byline box. */
    static final String BYLINE = "byline";

    /** Noise words in class and id names, by the reason recorded when their text is dropped; tried in order. */
    private static final List<Map.Entry<String, Set<String>>> NOISE_WORDS = List.of(
            Map.entry("navigation", Set.of("nav", "navbar", "navigation", "menu", "menus", "breadcrumb",
                    "breadcrumbs", "pagination", "pager", "masthead", "topbar", "skiplink", "skiplinks")),
            Map.entry("cookie notice", Set.of("cookie", "cookies", "consent", "gdpr")),
            Map.entry("newsletter box", Set.of("newsletter", "newsletters", "subscribe", "subscription", "signup")),
            Map.entry("comments", Set.of("comment", "comments", "disqus", "respond", "replies")),
            Map.entry("share bar", Set.of("share", "shares", "sharing", "social", "sharebar", "addthis", "sharethis")),
            Map.entry("related links", Set.of("related", "recommended", "recommendations", "recirculation", "recirc",
                    "trending", "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "readmore")),
            Map.entry("promo", Set.of("promo", "promos", "promotion", "sponsor", "sponsored", "partner", "cta")),
            Map.entry("advertisement", Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising",
                    "adslot", "adunit", "dfp", "googleads")),
            Map.entry("author bio", Set.of("bio", "biography", "authorbio")),
            Map.entry("caption", Set.of("caption", "captions", "credit", "credits", "figcaption")),
            // not "widget": page builders (Elementor) wrap every block of an article in "*-widget" classes
            Map.entry("sidebar", Set.of("sidebar", "aside", "rail")),
            Map.entry("tag list", Set.of("tags", "taglist", "categories")),
            Map.entry(BYLINE, Set.of("byline", "bylines")),
            Map.entry("modal", Set.of("modal", "popup", "overlay", "lightbox")),
            Map.entry("page tools", Set.of("toolbar", "tools", "print")),
            Map.entry("footer", Set.of("footer", "foot", "colophon")));

    /** For each noise word, the index of its entry in {@link #NOISE_WORDS}. */
    private static final Map<String, Integer> NOISE_WORD_ENTRY = noiseWordEntries();

    private static Map<String, Integer> noiseWordEntries() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < NOISE_WORDS.size(); i++) {
            for (String w : NOISE_WORDS.get(i).getValue()) {
                m.putIfAbsent(w, i);
            }
        }
        return Map.copyOf(m);
    }

    /** Whole class names that hide content from sight (word-splitting them would catch "hidden-xs"). */
    private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "sr-only", "visually-hidden",
            "screen-reader-text", "offscreen", "visuallyhidden");

    private static final Map<String, String> NOISE_TAGS = Map.of("nav", "navigation", "aside", "sidebar",
            "footer", "footer", "header", PAGE_HEADER, "figure", "caption", "figcaption", "caption",
            "menu", "navigation", "dialog", "modal");

    private static final Map<String, String> NOISE_ROLES = Map.of("navigation", "navigation", "complementary",
            "sidebar", "contentinfo", "footer", "banner", PAGE_HEADER, "dialog", "modal", "alertdialog", "modal",
            "search", "navigation");


    private static final Set<String> STATE_WORDS = Set.of("with", "without", "has", "no", "not", "show", "hide",
            "enable", "enabled", "disable", "disabled", "toggle", "is");

    private static final Set<String> ARTICLE_WORDS = Set.of("article", "articles", "story", "content", "body",
            "entry", "post", "text", "prose", "main", "articlebody", "storybody");

    private ClassEvidence() {
    }

    /** Why an element holds noise, if its tag, role, class or id says so. */
    static Optional<String> noise(Element e) {
        String tag = e.normalName();
        if (NOISE_TAGS.containsKey(tag)) {
            return Optional.of(NOISE_TAGS.get(tag));
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
        if (NOISE_ROLES.containsKey(role)) {
            return Optional.of(NOISE_ROLES.get(role));
        }
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return Optional.empty();
        }
        if (hidden(e)) {
            return Optional.of("hidden");
        }
        if (hasHiddenClass(e.className())) {
            return Optional.of("hidden");
        }
        List<String> words = words(e);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        // the entry tried first wins, whichever word matched it
        int best = Integer.MAX_VALUE;
        for (String w : words) {
            Integer entry = NOISE_WORD_ENTRY.get(w);
            if (entry != null && entry < best) {
                best = entry;
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(NOISE_WORDS.get(best).getKey());
    }

    /**
     * True when one of the class names in {@code names} (separated as {@link Element#classNames()}
     * separates them: by runs of ASCII white space) is a {@link #HIDDEN_CLASSES hiding class}. Reads
     * the names in place rather than through {@code classNames()}, which builds a set for every
     * element of every page.
     */
    private static boolean hasHiddenClass(String names) {
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || isClassSeparator(names.charAt(i))) {
                if (i > start && HIDDEN_CLASSES.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The white space of jsoup's class-name split (the regular expression {@code \s}). */
    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * True when the element is marked as the article: {@code <article>}, {@code <main>},
     * {@code role=main}, {@code itemprop=articleBody}, or an article word in its class or id (and
     * no noise word).
     */
    static boolean article(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || "main".equalsIgnoreCase(e.attr("role"))
                || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return true;
        }
        return words(e).stream().anyMatch(ARTICLE_WORDS::contains) && noise(e).isEmpty();
    }

    /** True when the element is hidden from readers by an attribute or inline style. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * The words of an element's class names and id, split at punctuation and camelCase, lower-cased.
     * A class name stops at a state word ("has-sidebar", "row--with-menu", "no-comments"): what
     * follows describes what the element holds or lacks, not what it is.
     */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty() && cls.isEmpty()) {
            return out;
        }
        addWords(cls, out);
        addWords(id, out);
        return out;
    }

    /**
     * The words of the white-space separated names in {@code names}: split at anything but ASCII
     * letters and digits and at a lower-case letter or digit followed by a capital; a name ends at
     * a state word. One pass over the characters (this runs for every element of every page).
     */
    private static void addWords(String names, List<String> out) {
        StringBuilder word = new StringBuilder();
        boolean skipName = false;
        char previous = ' ';
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean space = Character.isWhitespace(c);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean camel = alnum && Character.isUpperCase(c) && (Character.isLowerCase(previous)
                    || Character.isDigit(previous));
            if (!alnum || camel) {
                if (word.length() > 0 && !skipName) {
                    String w = word.toString();
                    if (STATE_WORDS.contains(w)) {
                        skipName = true;
                    } else {
                        out.add(w);
                    }
                }
                word.setLength(0);
            }
            if (space) {
                skipName = false;
            } else if (alnum && !skipName) {
                // ASCII, so lower-casing the character is lower-casing the word
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
    }
}
