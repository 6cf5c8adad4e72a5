package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.text.Folding;

/**
 * Merges the names a story's sources use for one actor into one {@link Entity}: diacritics (Önal and
 * Onal), honorifics and titles (Mr Erdogan, President Erdogan), a surname and the full name (Assad and
 * Bashar al-Assad), spellings of the Arabic article (al-Assad, Al Assad), acronyms and their
 * expansion (HTS and Hayat Tahrir al-Sham), demonyms (Turkish) and seats of government used for the
 * state (Ankara said, the Kremlin) mapped to their country.
 *
 * <p>A surname joins a full name only when exactly one full name in the story ends with it, so two
 * people who share a surname are not merged. Entities are numbered by how often they are mentioned.
 * Pure and thread-safe; linear in the number of mentions, quadratic in distinct names.
 */
public final class EntityResolver implements StoryAnalyser {

    /** Legal-form endings that make a name a company whatever the tagger said ("Calvera Química SA"). */
    private static final java.util.regex.Pattern COMPANY_SUFFIX = java.util.regex.Pattern.compile(
            "\\s(SA|S\\.A\\.|SL|S\\.L\\.|Ltd\\.?|Limited|Inc\\.?|LLC|plc|PLC|GmbH|AG|SpA|S\\.p\\.A\\.|NV|BV|AB|ASA|AS|Oy|Corp\\.?"
                    + "|Corporation|Company|Co\\.|Group|Holdings)$");

    private final EntityResolverConfig config;

    public EntityResolver(EntityResolverConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.STORIES, Capability.ENTITY_MENTIONS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.ENTITIES);
    }

    /** One mention with what resolution needs to know about it. */
    private record Occurrence(AnnotatedArticle article, Mention mention, String key, EntityType type,
            String country, String shownAs) {
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            Mention previous = null;
            for (Mention m : a.mentions()) {
                Occurrence o = classify(a, m, previous, occurrences);
                if (o != null) {
                    occurrences.add(o);
                }
                previous = m;
            }
        }
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        }
        KeyUnion union = new KeyUnion(byKey.keySet());
        Map<String, String> fullNames = new HashMap<>();
        attachDefinedAcronyms(occurrences, union, fullNames);
        attachSurnames(byKey, union);
        attachShortNames(byKey, union);
        attachAcronyms(byKey, union);
        Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            groups.computeIfAbsent(union.find(e.getKey()), k -> new ArrayList<>()).addAll(e.getValue());
        }
        List<List<Occurrence>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing((List<Occurrence> g) -> -g.size())
                .thenComparing(g -> canonicalName(g)));
        List<Entity> entities = new ArrayList<>();
        int n = 1;
        for (List<Occurrence> g : ordered) {
            List<Citation> mentions = g.stream()
                    .map(o -> new Citation(o.article().id(), o.mention().span()))
                    .sorted().distinct().toList();
            String name = canonicalName(g);
            List<String> aliases = new ArrayList<>(aliases(g));
            String full = g.stream().map(o -> fullNames.get(o.key())).filter(java.util.Objects::nonNull)
                    .max(Comparator.comparing(String::length)).orElse(null);
            if (full != null && full.length() > name.length() && !NameKey.isAcronym(name)) {
                name = full;
                if (!aliases.contains(full)) {
                    aliases.add(0, full);
                }
            }
            entities.add(new Entity(EntityId.of(analysis.story().id(), n++), name, typeOf(g), aliases, mentions));
        }
        return analysis.withEntities(entities);
    }

    /** Decides what a mention stands for; null when it is not an actor or place worth listing. */
    private Occurrence classify(AnnotatedArticle a, Mention m, Mention previous, List<Occurrence> soFar) {
        String surface = m.text().trim();
        if (surface.isEmpty() || NameKey.tokens(surface).isEmpty()) {
            return null;
        }
        String shown = withHonorific(a, m);
        Optional<String> country = config.countries().countryOf(withoutPossessive(surface));
        if (country.isPresent()) {
            boolean seat = config.countries().isSeatOfGovernment(withoutPossessive(surface));
            if (!seat || !isLocative(a, m, previous, soFar)) {
                return new Occurrence(a, m, "country:" + NameKey.other(country.get()), EntityType.COUNTRY,
                        country.get(), shown);
            }
            return new Occurrence(a, m, NameKey.other(surface), EntityType.CITY, null, shown);
        }
        if (m.type() == EntityType.NATIONALITY) {
            return new Occurrence(a, m, "nationality:" + NameKey.other(surface), EntityType.NATIONALITY, null, shown);
        }
        String key = m.type() == EntityType.PERSON ? NameKey.person(surface) : NameKey.other(surface);
        if (key.isEmpty()) {
            return null;
        }
        return new Occurrence(a, m, key, m.type(), null, shown);
    }

    /** True when a seat of government's name is used as a place ("talks in Ankara", "Ankara and Moscow" after "in"). */
    private boolean isLocative(AnnotatedArticle a, Mention m, Mention previous, List<Occurrence> soFar) {
        String before = wordBefore(a.text(), m.span().start());
        if (config.locativeWords().contains(before)) {
            return true;
        }
        if ((before.equals("and") || before.equals("or")) && previous != null) {
            for (int i = soFar.size() - 1; i >= 0; i--) {
                Occurrence o = soFar.get(i);
                if (o.mention() == previous) {
                    return o.type() == EntityType.CITY && o.country() == null;
                }
            }
        }
        return false;
    }

    /** Joins a lone surname (or a name's tail) to the one fuller person name in the story that ends with it. */
    private static void attachSurnames(Map<String, List<Occurrence>> byKey, KeyUnion union) {
        List<String> personKeys = byKey.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(o -> o.type() == EntityType.PERSON))
                .map(Map.Entry::getKey).toList();
        for (String shortKey : byKey.keySet()) {
            if (shortKey.contains(":")) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            for (String longKey : personKeys) {
                if (longKey.length() > shortKey.length() && longKey.endsWith(" " + shortKey)) {
                    targets.add(union.find(longKey));
                }
            }
            if (targets.size() == 1) {
                union.join(shortKey, targets.iterator().next());
            }
        }
    }

    /**
     * Joins an acronym to the name it is defined after, "State Agency for Chemical Safety (AESQ)",
     * whatever its letters: an acronym often abbreviates the name in another language.
     */
    /** The rest of a name the tagger cut short, up to the parenthesis of its acronym. */
    private static final Pattern NAME_CONTINUES = Pattern.compile(
            "^((?:\\s+(?:for|of|and|the|on|de|del|la|le|du|des)|\\s+\\p{Lu}[\\p{L}'’-]*)*)\\s*\\($");
    private static final int MAX_DEFINITION_GAP = 60;

    private static void attachDefinedAcronyms(List<Occurrence> occurrences, KeyUnion union,
            Map<String, String> fullNames) {
        for (int i = 1; i < occurrences.size(); i++) {
            Occurrence acronym = occurrences.get(i);
            Occurrence name = occurrences.get(i - 1);
            if (acronym.article() != name.article() || !NameKey.isAcronym(acronym.mention().text())
                    || acronym.key().contains(":") || name.key().contains(":")) {
                continue;
            }
            String text = acronym.article().text();
            int from = name.mention().span().end();
            int to = acronym.mention().span().start();
            int close = acronym.mention().span().end();
            Matcher continuation = NAME_CONTINUES.matcher(text.substring(from, to));
            if (to - from <= MAX_DEFINITION_GAP && continuation.matches() && close < text.length()
                    && text.charAt(close) == ')') {
                union.join(acronym.key(), name.key());
                if (!continuation.group(1).isBlank()) {
                    // the tagger cut the name short: "State Agency" of "State Agency for Chemical Safety (AESQ)"
                    fullNames.merge(name.key(), text.substring(name.mention().span().start(), from)
                            + continuation.group(1), (x, y) -> x.length() >= y.length() ? x : y);
                }
            }
        }
    }

    /**
     * Joins a short organisation name to the one longer name in the story that it begins ("Calvera"
     * and "Calvera Química SA", "State Agency" and "State Agency for Chemical Safety"): sources shorten
     * the names of companies and bodies to their first words. Only a short form used as an actor (the
     * tagger calls it a person or an organisation) is joined, so the river "Tagus" stays apart from
     * the newspaper "Tagus Herald". Longer short forms are joined first, so chains resolve.
     */
    private static void attachShortNames(Map<String, List<Occurrence>> byKey, KeyUnion union) {
        List<String> longer = byKey.entrySet().stream()
                .filter(e -> !e.getKey().contains(":") && e.getKey().contains(" ") && !mostly(e.getValue(),
                        EntityType.PERSON))
                .map(Map.Entry::getKey).toList();
        List<String> shortKeys = byKey.entrySet().stream()
                .filter(e -> !e.getKey().contains(":") && !mostlyPlace(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String k) -> -k.split(" ").length))
                .toList();
        List<String> byLength = byKey.keySet().stream().filter(k -> !k.contains(":"))
                .sorted(Comparator.comparing((String k) -> -k.split(" ").length)).toList();
        for (String shortKey : byLength) {
            if (!(shortKeys.contains(shortKey) || companyNamed(byKey, longer, shortKey))) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            for (String longKey : longer) {
                if (longKey.startsWith(shortKey + " ")) {
                    targets.add(union.find(longKey));
                }
            }
            if (targets.size() == 1) {
                union.join(shortKey, targets.iterator().next());
            }
        }
    }

    /**
     * True when the one longer name {@code shortKey} begins is a company's ("Calvera Química SA"): a
     * company is shortened to its first words whatever the tagger called the short form.
     */
    private static boolean companyNamed(Map<String, List<Occurrence>> byKey, List<String> longer, String shortKey) {
        List<String> candidates = longer.stream().filter(k -> k.startsWith(shortKey + " ")).toList();
        return !candidates.isEmpty() && candidates.stream().allMatch(k -> byKey.get(k).stream()
                .anyMatch(o -> COMPANY_SUFFIX.matcher(o.mention().text().trim()).find()));
    }

    private static boolean mostly(List<Occurrence> group, EntityType type) {
        return group.stream().filter(o -> o.type() == type).count() * 2 > group.size();
    }

    private static boolean mostlyPlace(List<Occurrence> group) {
        return group.stream().filter(o -> o.type().isPlace()).count() * 2 >= group.size();
    }

    /** Joins an acronym ("HTS") to the one multi-word name in the story whose initials it is. */
    private static void attachAcronyms(Map<String, List<Occurrence>> byKey, KeyUnion union) {
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            String surface = e.getValue().get(0).mention().text();
            if (!NameKey.isAcronym(surface)) {
                continue;
            }
            String acronym = Folding.fold(surface.replace(".", ""));
            Set<String> targets = new LinkedHashSet<>();
            for (Map.Entry<String, List<Occurrence>> other : byKey.entrySet()) {
                String otherSurface = other.getValue().get(0).mention().text();
                if (other.getKey().equals(e.getKey()) || other.getKey().contains(":")
                        || NameKey.tokens(otherSurface).size() < 2) {
                    continue;
                }
                if (NameKey.initials(otherSurface).equals(acronym)) {
                    targets.add(union.find(other.getKey()));
                }
            }
            if (targets.size() == 1) {
                union.join(e.getKey(), targets.iterator().next());
            }
        }
    }

    private EntityType typeOf(List<Occurrence> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Occurrence o : group) {
            votes.merge(o.type(), o.type() == EntityType.MISC ? 0 : 1, Integer::sum);
        }
        for (Occurrence o : group) {
            if (o.country() != null) {
                return config.countries().typeOfCanonical(o.country());
            }
        }
        for (Occurrence o : group) {
            if (COMPANY_SUFFIX.matcher(o.mention().text().trim()).find()) {
                return EntityType.ORGANIZATION;
            }
        }
        // most votes wins; on a tie the type declared first in EntityType (PERSON before ORGANIZATION ...)
        EntityType best = EntityType.MISC;
        int bestVotes = -1;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best;
    }

    /**
     * The name shown for a group: the country's canonical name, or else the longest form used (most
     * words, titles and possessives removed), spelt with its diacritics when any source keeps them
     * (sources drop diacritics for want of a keyboard, never add them), else as most sources spell it.
     */
    private static String canonicalName(List<Occurrence> group) {
        for (Occurrence o : group) {
            if (o.country() != null) {
                return o.country();
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Occurrence o : group) {
            counts.merge(cleanName(o), 1, Integer::sum);
        }
        Comparator<Map.Entry<String, Integer>> preference = Comparator
                .comparing((Map.Entry<String, Integer> e) -> NameKey.isAcronym(e.getKey()) ? 0 : 1)
                .thenComparing(e -> NameKey.tokens(e.getKey()).size())
                .thenComparing(e -> Folding.hasDiacritics(e.getKey()) ? 1 : 0)
                .thenComparing(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return counts.entrySet().stream().max(preference).map(Map.Entry::getKey).orElse("");
    }

    private static String cleanName(Occurrence o) {
        String s = withoutPossessive(o.mention().text().trim());
        if (o.type() == EntityType.PERSON) {
            String[] words = s.split("\\s+");
            int i = 0;
            while (i < words.length - 1 && NameKey.TITLES.contains(Folding.fold(words[i]).replace(".", ""))) {
                i++;
            }
            s = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        }
        return s;
    }

    /** The forms sources use, most frequent first: each mention as written, and with its honorific. */
    private static List<String> aliases(List<Occurrence> group) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int i = 0;
        for (Occurrence o : group) {
            for (String form : List.of(withoutPossessive(o.mention().text().trim()), o.shownAs())) {
                counts.merge(form, 1, Integer::sum);
                firstSeen.putIfAbsent(form, i++);
            }
        }
        List<String> forms = new ArrayList<>(counts.keySet());
        forms.sort(Comparator.comparing((String f) -> -counts.get(f)).thenComparing(firstSeen::get));
        return forms;
    }

    /** The mention as written, with an honorific or title word in front of it when there is one. */
    private String withHonorific(AnnotatedArticle a, Mention m) {
        String name = withoutPossessive(m.text().trim());
        String text = a.text();
        int start = m.span().start();
        for (String h : config.honorifics()) {
            int from = start - h.length() - 1;
            if (from >= 0 && text.startsWith(h, from) && text.charAt(start - 1) == ' '
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return h + " " + name;
            }
        }
        return name;
    }

    private static String withoutPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** The lower-case word right before {@code offset}, or "" at the start of the text. */
    static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Union-find over name keys. */
    private static final class KeyUnion {
        private final Map<String, String> parent = new HashMap<>();

        KeyUnion(Iterable<String> keys) {
            for (String k : keys) {
                parent.put(k, k);
            }
        }

        String find(String k) {
            String p = parent.get(k);
            if (p.equals(k)) {
                return k;
            }
            String root = find(p);
            parent.put(k, root);
            return root;
        }

        void join(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }
}
