package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from the lines that carry them: bylines ("By Jane Doe and John Roe"), the
 * rest of a dated byline once its section label is gone ("World Sergey Matyunin"), "Write to NAME
 * at address" sign-offs and wire-service contact lines ("To contact the reporters on this story:
 * NAME in CITY at address; ..."). Only person-like names pass: two to five capitalised words or
 * name particles, none of them a role, a month or a weekday. Stateless and thread-safe.
 */
final class BylineReader {

    /** Most words a byline may have: a few names and an affiliation. */
    static final int MAX_BYLINE_WORDS = 14;
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 5;

    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(.+)$");
    // what ends the names part of a byline: an affiliation, a role, a place or a date; dots used as
    // separators come as the middle dot, bullet, dot operator, bullet operator, hyphenation point or katakana dot
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s+(?:\\||-|\u2013|\u2014|for|in|at|from)\\s+.*$|\\s*[|\u2022\u00b7\u22c5\u2219\u2027\u30fb]\\s*.*$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)^to contact the (?:reporters?|authors?|writers?|correspondents?)\\b[^:]*:\\s*(.*)$");
    private static final Pattern CONTACT_PART_TAIL = Pattern.compile("\\s+(?:in|at|on)\\s+.*$");
    private static final Pattern WRITE_TO = Pattern.compile(
            "(?i)^(?:write to|e-?mail|contact|reach)\\s+(?:the (?:author|reporter|writer)s?\\s+)?(.*)$");
    private static final Pattern AT_ADDRESS = Pattern.compile("\\s+at\\s+\\S+@\\S+");
    private static final Pattern NAME_TOKEN = Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019.-]*|\\p{Lu}\\.)");

    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "van", "von", "der", "den", "al",
            "el", "bin", "ibn", "le", "la", "di", "du", "dos", "ter", "st.");
    private static final Set<String> NOT_NAMES = Set.of("staff", "correspondent", "reporter", "reporters", "editor",
            "editors", "writer", "contributor", "columnist", "bureau", "chief", "senior", "news", "press", "agency",
            "service", "desk", "team", "the", "this", "that", "our", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted");
    /** Words that qualify a role after a byline's name ("Review Editor", "Contributing Writer"). */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("review", "reviews", "managing", "associate",
            "assistant", "deputy", "executive", "contributing", "staff", "features", "digital", "political",
            "lead", "principal", "commerce", "product", "science", "health", "sports", "technology");

    /** Section labels that sit before a byline name on scraped pages ("World Sergey Matyunin 18-Feb-2020"). */
    private static final Set<String> SECTIONS = Set.of("world", "news", "politics", "business", "opinion", "sport",
            "sports", "tech", "technology", "science", "health", "markets", "economy", "local", "national",
            "international", "europe", "asia", "africa", "americas", "middle", "east", "us", "uk", "culture",
            "entertainment", "lifestyle", "travel", "analysis", "breaking", "latest", "home", "region", "defence",
            "defense", "security", "diplomacy", "conflict", "environment", "climate", "energy", "finance");

    private BylineReader() {
    }

    /** The authors of a "By ..." line, or empty when the line is not a byline. */
    static List<String> byline(LineShape line) {
        if (line.wordCount() > MAX_BYLINE_WORDS) {
            return List.of();
        }
        Matcher m = BY.matcher(line.text());
        if (!m.matches()) {
            return List.of();
        }
        return names(BYLINE_TAIL.matcher(m.group(1)).replaceFirst(""));
    }

    /**
     * The author in what a dated byline leaves besides its date: leading section labels dropped,
     * "By" dropped, the rest read as names (after "By", up to the first role word). A place ({@link DateLineReader.DateLine#place()}) has none.
     */
    static List<String> fromDateLineRest(DateLineReader.DateLine line) {
        if (line.place() || line.rest().isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(line.rest().split(" ")));
        while (!words.isEmpty() && SECTIONS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        // "Copperbelt Times | By Grace Mulenga | Published ...": a masthead before the "By" is no name
        int by = words.indexOf("By");
        if (by > 0) {
            words = new ArrayList<>(words.subList(by, words.size()));
        }
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("by")) {
            words.remove(0);
            // "Posted on March 19, 2026 by Newsdesk": after an explicit "by" a one-word credit is the author
            if (words.size() == 1 && NAME_TOKEN.matcher(words.get(0)).matches()
                    && !NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                return List.of(words.get(0));
            }
            // "By Eva Gruber, Senior Editor, Updated ...": the separators are gone from the rest, so the
            // name ends where a role word begins
            for (int i = MIN_NAME_WORDS; i < words.size(); i++) {
                if (NOT_NAMES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                    int end = i;
                    // a role may be qualified ("Review Editor", "Managing Editor")
                    while (end > MIN_NAME_WORDS && ROLE_QUALIFIERS.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
                        end--;
                    }
                    words = words.subList(0, end);
                    break;
                }
            }
        }
        return names(String.join(" ", words));
    }

    /** The reporters of a wire-service contact line; editors are not authors. */
    static List<String> contactLine(String line) {
        Matcher m = CONTACT.matcher(line.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : m.group(1).split(";|\\s+and\\s+")) {
            String name = CONTACT_PART_TAIL.matcher(part.strip()).replaceFirst("");
            if (isName(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The names of a "Write to NAME at address [and NAME at address]" sign-off. */
    static List<String> writeTo(String line) {
        Matcher m = WRITE_TO.matcher(line.strip());
        if (!m.matches() || !AT_ADDRESS.matcher(m.group(1)).find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : m.group(1).split("\\s*,\\s*|\\s+and\\s+")) {
            Matcher at = AT_ADDRESS.matcher(part);
            if (at.find()) {
                String name = part.substring(0, at.start()).strip();
                if (isName(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(s.strip())) {
            String name = part.strip();
            if (isName(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** True for two to five capitalised words or particles, none of them a role, a month or a weekday. */
    static boolean isName(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower)) {
                return false;
            }
            if (NAME_TOKEN.matcher(w).matches()) {
                capitalised++;
            } else if (!PARTICLES.contains(lower)) {
                return false;
            }
        }
        return capitalised >= MIN_NAME_WORDS;
    }
}
