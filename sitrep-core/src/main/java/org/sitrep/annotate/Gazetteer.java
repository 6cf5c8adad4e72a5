package org.sitrep.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.EntityType;

/**
 * A list of countries, other states, territories and international organisations with the names
 * news writing uses for them: aliases ("the US", "U.S.", "America"), capitals, a few large cities,
 * demonyms ("Turkish", "Turks", "Emirati") and seat-of-government metonyms ("the Kremlin",
 * "Downing Street", "Brussels" for the EU).
 *
 * <p>Lookups are case-insensitive and diacritic-insensitive ("TÜRKIYE", "turkiye"), ignore a leading
 * "the", a trailing possessive, periods, apostrophes and hyphens ("U.S." = "US", "Guinea Bissau" =
 * "Guinea-Bissau"), and match whole names only. A few short aliases that are also English words
 * ("US", "UN", "WHO") match only in capitals. Callers that scan running text should still check that
 * the words are capitalised: "turkey" the bird is not the country, but the gazetteer cannot know.
 *
 * <p>{@link #standard()} loads the bundled list ({@code gazetteer.txt} beside this class, about 300
 * lines, a few milliseconds) once per JVM. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final String RESOURCE = "gazetteer.txt";
    private static final int COLUMNS = 7;
    private static final Pattern COLUMN = Pattern.compile(";");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\|");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the ");
    /** A name listed with this prefix matches only with its exact capitalisation. */
    private static final String EXACT_CASE = "=";
    /**
     * A name listed with this prefix (before any {@link #EXACT_CASE}) is a secondary reading: the name
     * may stand for this place too, but another line's reading is the usual one ("Congolese" is
     * usually the DR Congo, sometimes the Republic of the Congo).
     */
    private static final String SECONDARY = "?";

    /** Which reading {@link #countryOf} prefers when a name has several ("Brussels": EU over Belgium). */
    private static final List<GazetteerEntry.Role> COUNTRY_PRECEDENCE = List.of(GazetteerEntry.Role.NAME,
            GazetteerEntry.Role.SEAT, GazetteerEntry.Role.CAPITAL, GazetteerEntry.Role.DEMONYM,
            GazetteerEntry.Role.CITY);
    /** Which reading {@link #typeOf} prefers: what the word is ("Brussels" is a city), not what it stands for. */
    private static final List<GazetteerEntry.Role> TYPE_PRECEDENCE = List.of(GazetteerEntry.Role.NAME,
            GazetteerEntry.Role.CAPITAL, GazetteerEntry.Role.CITY, GazetteerEntry.Role.DEMONYM,
            GazetteerEntry.Role.SEAT);

    /** Letters that Unicode decomposition leaves whole but that writers freely replace by ASCII. */
    private static final Map<Character, String> LETTER_FOLDS = Map.of(
            'ı', "i", 'ø', "o", 'Ø', "O", 'æ', "ae", 'Æ', "AE", 'ß', "ss", 'ł', "l", 'Ł', "L", 'đ', "d", 'Đ', "D");

    private static final class Standard {
        static final Gazetteer INSTANCE = load();
    }

    private final Map<String, List<GazetteerEntry>> caseless;
    private final Map<String, List<GazetteerEntry>> exact;
    private final Set<String> canonicalNames;
    private final int longestName;

    private Gazetteer(Map<String, List<GazetteerEntry>> caseless, Map<String, List<GazetteerEntry>> exact,
            Set<String> canonicalNames) {
        this.caseless = Map.copyOf(caseless);
        this.exact = Map.copyOf(exact);
        this.canonicalNames = Collections.unmodifiableSet(canonicalNames);
        int longest = 0;
        for (String k : caseless.keySet()) {
            longest = Math.max(longest, SPACES.split(k).length);
        }
        for (String k : exact.keySet()) {
            longest = Math.max(longest, SPACES.split(k).length);
        }
        this.longestName = longest;
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * A gazetteer from lines in the bundled file's format (see the header of {@code gazetteer.txt}):
     * {@code kind;canonical;aliases;capitals;demonyms;seats;cities}, alternatives separated by
     * {@code |}, {@code #} starting a comment line.
     *
     * @throws IllegalArgumentException naming the line when one is malformed
     */
    public static Gazetteer parse(List<String> lines) {
        Map<String, List<GazetteerEntry>> caseless = new LinkedHashMap<>();
        Map<String, List<GazetteerEntry>> exact = new LinkedHashMap<>();
        Set<String> canonical = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] col = COLUMN.split(line, -1);
            if (col.length != COLUMNS) {
                throw new IllegalArgumentException("gazetteer line " + lineNo + ": expected " + COLUMNS
                        + " ';'-separated columns, got " + col.length + ": " + line);
            }
            EntityType kind = kindType(col[0].trim(), lineNo);
            String name = col[1].trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("gazetteer line " + lineNo + ": no canonical name");
            }
            canonical.add(name);
            add(caseless, exact, name, name, GazetteerEntry.Role.NAME, kind);
            for (String alias : alternatives(col[2])) {
                add(caseless, exact, alias, name, GazetteerEntry.Role.NAME, kind);
            }
            for (String capital : alternatives(col[3])) {
                add(caseless, exact, capital, name, GazetteerEntry.Role.CAPITAL, EntityType.CITY);
            }
            for (String demonym : alternatives(col[4])) {
                add(caseless, exact, demonym, name, GazetteerEntry.Role.DEMONYM, EntityType.NATIONALITY);
                String plural = plural(demonym);
                if (plural != null) {
                    add(caseless, exact, plural, name, GazetteerEntry.Role.DEMONYM, EntityType.NATIONALITY);
                }
            }
            for (String seat : alternatives(col[5])) {
                add(caseless, exact, seat, name, GazetteerEntry.Role.SEAT, EntityType.ORGANIZATION);
            }
            for (String city : alternatives(col[6])) {
                add(caseless, exact, city, name, GazetteerEntry.Role.CITY, EntityType.CITY);
            }
        }
        freeze(caseless);
        freeze(exact);
        return new Gazetteer(caseless, exact, canonical);
    }

    /** Every reading of {@code name}, best first for {@link #countryOf}; empty when unknown. */
    public List<GazetteerEntry> readings(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String folded = fold(name);
        List<GazetteerEntry> found = new ArrayList<>(exact.getOrDefault(folded, List.of()));
        found.addAll(caseless.getOrDefault(folded.toLowerCase(Locale.ROOT), List.of()));
        found.sort(Comparator.comparingInt((GazetteerEntry e) -> COUNTRY_PRECEDENCE.indexOf(e.role()))
                .thenComparing(GazetteerEntry::secondary));
        return List.copyOf(found);
    }

    /** True when the gazetteer knows the name in any role. */
    public boolean contains(String name) {
        return !readings(name).isEmpty();
    }

    /**
     * The canonical country, territory or organisation a name stands for: itself for a country's
     * name or alias, the country for a capital, city, demonym or seat ("Ankara", "Turks", "the
     * Kremlin" give "Turkey", "Turkey", "Russia"; "Brussels" gives "European Union").
     */
    public Optional<String> countryOf(String name) {
        List<GazetteerEntry> r = readings(name);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0).canonical());
    }

    /** True when the name is a country's (or other state's) name or alias, not its capital or demonym. */
    public boolean isCountry(String name) {
        for (GazetteerEntry e : readings(name)) {
            if (e.role() == GazetteerEntry.Role.NAME && e.type() == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the name itself denotes: {@code COUNTRY}, {@code STATE_OR_PROVINCE} (territories),
     * {@code CITY}, {@code NATIONALITY} or {@code ORGANIZATION} (international bodies and
     * government seats such as "the Kremlin"); empty when unknown.
     */
    public Optional<EntityType> typeOf(String name) {
        List<GazetteerEntry> r = new ArrayList<>(readings(name));
        if (r.isEmpty()) {
            return Optional.empty();
        }
        r.sort(Comparator.comparingInt(e -> TYPE_PRECEDENCE.indexOf(e.role())));
        return Optional.of(r.get(0).type());
    }

    /** The canonical names of every country, territory and organisation listed, in file order. */
    public Set<String> canonicalNames() {
        return canonicalNames;
    }

    /** The most words any listed name has, for callers that scan text for multi-word names. */
    public int longestNameWords() {
        return longestName;
    }

    /**
     * The form names are compared in, before case folding: diacritics and a few special letters
     * folded to ASCII, a trailing possessive, periods, commas and apostrophes dropped, hyphens and
     * runs of spaces made one space, a leading "the" removed.
     */
    public static String fold(String name) {
        String s = POSSESSIVE.matcher(name.strip()).replaceAll("");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String folded = LETTER_FOLDS.get(c);
            if (folded != null) {
                b.append(folded);
            } else if (c == '.' || c == ',' || c == '\'' || c == '’' || c == '‘' || c == '`') {
                continue;
            } else if (c == '-' || c == '‐' || c == '‑' || c == '–') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        s = SPACES.matcher(b.toString()).replaceAll(" ").strip();
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    private static EntityType kindType(String kind, int lineNo) {
        switch (kind) {
            case "country":
            case "state":
                return EntityType.COUNTRY;
            case "territory":
                return EntityType.STATE_OR_PROVINCE;
            case "organization":
                return EntityType.ORGANIZATION;
            default:
                throw new IllegalArgumentException("gazetteer line " + lineNo + ": unknown kind '" + kind
                        + "' (country, state, territory or organization)");
        }
    }

    private static List<String> alternatives(String column) {
        List<String> out = new ArrayList<>();
        for (String a : ALTERNATIVE.split(column)) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    /**
     * The plural of a demonym noun, or null when it has none distinct from itself or is listed
     * irregularly: "Turk" gives "Turks" and "Emirati" "Emiratis"; "Turkish", "Swiss", "Chinese" and
     * "Frenchman" give none.
     */
    private static String plural(String demonym) {
        String d = demonym.startsWith(SECONDARY) ? demonym.substring(SECONDARY.length()) : demonym;
        d = d.startsWith(EXACT_CASE) ? d.substring(EXACT_CASE.length()) : d;
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("ese")
                || lower.endsWith("man") || lower.endsWith("men")) {
            return null;
        }
        return demonym + "s";
    }

    private static void add(Map<String, List<GazetteerEntry>> caseless, Map<String, List<GazetteerEntry>> exact,
            String listed, String canonical, GazetteerEntry.Role role, EntityType type) {
        boolean secondary = listed.startsWith(SECONDARY);
        String unmarked = secondary ? listed.substring(SECONDARY.length()) : listed;
        boolean exactCase = unmarked.startsWith(EXACT_CASE);
        String name = exactCase ? unmarked.substring(EXACT_CASE.length()) : unmarked;
        GazetteerEntry entry = new GazetteerEntry(name, canonical, role, type, secondary);
        String folded = fold(name);
        if (folded.isEmpty()) {
            return;
        }
        if (exactCase) {
            exact.computeIfAbsent(folded, k -> new ArrayList<>()).add(entry);
        } else {
            caseless.computeIfAbsent(folded.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        }
    }

    private static void freeze(Map<String, List<GazetteerEntry>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
    }
}
