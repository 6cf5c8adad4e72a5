package org.sitrep.extract;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Takes the site's name off a page title: "Talks fail | The National" gives "Talks fail" when the
 * site is known as "The National", and a short segment after {@code |} (or {@code ·}, {@code •},
 * {@code ::}) is taken for a site name even when no name is known. After a dash a segment goes only
 * when it names the site, since dashes also join parts of real headlines. Stateless and
 * thread-safe.
 */
final class TitleCleaner {

    /** A segment after a bar with at most this many words is a site or section name. */
    static final int MAX_SITE_WORDS = 4;
    private static final int MAX_PASSES = 2;
    private static final List<String> STRONG = List.of(" | ", " \u00b7 ", " \u2022 ", " :: ", " \u00bb ");
    private static final List<String> WEAK = List.of(" - ", " \u2013 ", " \u2014 ");

    private TitleCleaner() {
    }

    /**
     * {@code title} without a site name at its end (or start).
     *
     * @param siteNames names the site is known by (og:site_name, publisher, host name); may be empty
     */
    static String clean(String title, Collection<String> siteNames) {
        String t = title.strip();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = cut(t, siteNames);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    private static String cut(String t, Collection<String> siteNames) {
        for (String sep : concat()) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                boolean strong = STRONG.contains(sep);
                if (namesSite(tail, siteNames)
                        || strong && words(tail) <= MAX_SITE_WORDS && words(head) >= words(tail)) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0) {
                String head = t.substring(0, first).strip();
                if (namesSite(head, siteNames)) {
                    return t.substring(first + sep.length()).strip();
                }
            }
        }
        return t;
    }

    /**
     * True when {@code segment} is the first or the last part of {@code title} as a separator
     * ({@code |}, a dash, a bullet ...) divides it, once case and runs of white space are ignored:
     * "Using the Effect Hook" in "Using the Effect Hook – React".
     */
    static boolean isSegmentOf(String segment, String title) {
        String s = spaced(segment);
        String t = spaced(title);
        if (s.isEmpty() || s.length() >= t.length()) {
            return false;
        }
        for (String sep : concat()) {
            if (t.startsWith(s + sep) || t.endsWith(sep + s)) {
                return true;
            }
        }
        return false;
    }

    private static String spaced(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> concat() {
        return java.util.stream.Stream.concat(STRONG.stream(), WEAK.stream()).toList();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** True when {@code segment} and a site name are the same once case, spaces and punctuation are ignored. */
    static boolean namesSite(String segment, Collection<String> siteNames) {
        String s = key(segment);
        if (s.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            String n = key(name);
            if (!n.isEmpty() && (s.equals(n) || s.equals("the" + n) || n.equals("the" + s))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
