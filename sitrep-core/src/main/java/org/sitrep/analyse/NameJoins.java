package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.EntityType;
import org.sitrep.text.Folding;

/**
 * The rules that join one story's name keys into entities, over a union-find of the keys. Each rule
 * joins a key to another only when exactly one candidate fits, so an ambiguous short form stays apart
 * rather than being merged with the wrong actor.
 *
 * <p>Mutable (the union grows as rules run); one instance per story, confined to one thread.
 */
final class NameJoins {

    /** The rest of a name the tagger cut short, up to the parenthesis of its acronym. */
    private static final Pattern NAME_CONTINUES = Pattern.compile(
            "^((?:\\s+(?:for|of|and|the|on|de|del|la|le|du|des)|\\s+\\p{Lu}[\\p{L}'’-]*)*)\\s*\\($");
    /** Most characters between a name the tagger cut short and the parenthesis of its acronym. */
    private static final int MAX_DEFINITION_GAP = 60;

    private final Map<String, List<Occurrence>> byKey;
    private final Map<String, String> parent = new HashMap<>();
    /** Keys whose name the tagger cut short, with the whole name the text gives before its acronym. */
    private final Map<String, String> fullNames = new HashMap<>();

    NameJoins(Map<String, List<Occurrence>> byKey) {
        this.byKey = byKey;
        for (String k : byKey.keySet()) {
            parent.put(k, k);
        }
    }

    /** The representative key of {@code k}'s group. */
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

    /**
     * The whole name the text gives for {@code key} before the acronym it defines, when the tagger
     * cut the name short ("State Agency" of "State Agency for Chemical Safety (AESQ)"); else null.
     */
    String fullName(String key) {
        return fullNames.get(key);
    }

    /** The keys grouped by representative, in first-seen order. */
    Map<String, List<Occurrence>> groups() {
        Map<String, List<Occurrence>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            groups.computeIfAbsent(find(e.getKey()), k -> new ArrayList<>()).addAll(e.getValue());
        }
        return groups;
    }

    /**
     * Joins an acronym to the name it is defined after, "State Agency for Chemical Safety (AESQ)",
     * whatever its letters (an acronym often abbreviates the name in another language), and the
     * acronym inside one mention that holds both, "Fundamentalist Church ... (FLDS".
     */
    void definedAcronyms(List<Occurrence> occurrences) {
        for (int i = 1; i < occurrences.size(); i++) {
            Occurrence acronym = occurrences.get(i);
            Occurrence name = occurrences.get(i - 1);
            if (acronym.article() != name.article() || !NameKey.isAcronym(acronym.mention().text())
                    || acronym.isStateKey() || name.isStateKey()) {
                continue;
            }
            String text = acronym.article().text();
            int from = name.mention().span().end();
            int to = acronym.mention().span().start();
            int close = acronym.mention().span().end();
            if (to < from || to - from > MAX_DEFINITION_GAP || close >= text.length() || text.charAt(close) != ')') {
                continue;
            }
            Matcher continuation = NAME_CONTINUES.matcher(text.substring(from, to));
            if (continuation.matches()) {
                join(acronym.key(), name.key());
                if (!continuation.group(1).isBlank()) {
                    fullNames.merge(name.key(), text.substring(name.mention().span().start(), from)
                            + continuation.group(1), (x, y) -> x.length() >= y.length() ? x : y);
                }
            }
        }
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            String surface = e.getValue().get(0).mention().text();
            int paren = surface.indexOf('(');
            if (paren > 0 && !e.getKey().contains(":")) {
                String inner = surface.substring(paren + 1).replace(")", "").trim();
                String innerKey = NameKey.other(inner);
                if (NameKey.isAcronym(inner) && byKey.containsKey(innerKey)) {
                    join(innerKey, e.getKey());
                }
            }
        }
    }

    /**
     * Joins spellings of one multi-word name: a run of words abbreviated to its initials ("U.S.
     * Geological Survey" and "United States Geological Survey") and a one-letter slip or
     * transliteration in one word ("Sergei Lavrov" and "Sergey Lavrov"), or an organisation's name in
     * another language ("Guardia Civil" and "Civil Guard"), when the name has exactly one
     * such partner in the story. A writer spells one person one way, so two spellings in one article
     * are two people ("Paul Smith and Paula Smith").
     */
    void variants() {
        List<NameVariants.Words> keys = byKey.keySet().stream().filter(k -> !k.contains(":") && k.contains(" "))
                .map(NameVariants.Words::of).toList();
        for (NameVariants.Words a : keys) {
            Set<String> targets = new LinkedHashSet<>();
            for (NameVariants.Words b : keys) {
                if (NameVariants.abbreviates(a, b)
                        || (NameVariants.spellingVariants(a, b) && !sameArticle(byKey.get(a.key()), byKey.get(b.key())))
                        || (NameVariants.translatedOrder(a, b) && mostly(byKey.get(a.key()), EntityType.ORGANIZATION)
                                && mostly(byKey.get(b.key()), EntityType.ORGANIZATION))) {
                    targets.add(find(b.key()));
                }
            }
            if (targets.size() == 1) {
                join(a.key(), targets.iterator().next());
            }
        }
    }

    /**
     * Joins a lone surname (or a name's tail) to the fuller person name that ends with it: the one in
     * the same article when that article has exactly one, otherwise the one in the story when the
     * story has exactly one. Two people who share a surname in one story stay apart unless each
     * article names only its own.
     */
    void surnames() {
        List<String> personKeys = byKey.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(o -> o.type() == EntityType.PERSON && !o.nominal()))
                .map(Map.Entry::getKey).toList();
        Map<Occurrence, String> moves = new LinkedHashMap<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            String shortKey = e.getKey();
            if (shortKey.contains(":") || e.getValue().stream().noneMatch(o -> o.type() == EntityType.PERSON)) {
                continue;
            }
            Map<AnnotatedArticle, Set<String>> perArticle = new LinkedHashMap<>();
            Set<String> inStory = new LinkedHashSet<>();
            for (String longKey : personKeys) {
                if (longKey.length() > shortKey.length() && longKey.endsWith(" " + shortKey)) {
                    inStory.add(find(longKey));
                    for (Occurrence o : byKey.get(longKey)) {
                        perArticle.computeIfAbsent(o.article(), a -> new LinkedHashSet<>()).add(find(longKey));
                    }
                }
            }
            if (inStory.size() == 1) {
                join(shortKey, inStory.iterator().next());
                continue;
            }
            // several full names end with this surname: let each article's own one claim its mentions
            for (Occurrence o : e.getValue()) {
                Set<String> own = perArticle.get(o.article());
                if (own != null && own.size() == 1) {
                    moves.put(o, own.iterator().next());
                }
            }
        }
        moves.forEach(this::moveTo);
    }

    /**
     * Joins a place named with a word for its kind of area ("Idlib Governorate", "Napa Valley") to the
     * bare name when the story uses it ("Idlib", "Napa"): sources drop the word freely. The words
     * that make a different place ("Mexico City", "New York State") are not in {@code designators}.
     */
    void placeDesignators(Set<String> designators) {
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            String key = e.getKey();
            int space = key.lastIndexOf(' ');
            if (key.contains(":") || space < 0 || !designators.contains(key.substring(space + 1))
                    || !mostlyPlace(e.getValue())) {
                continue;
            }
            String bare = key.substring(0, space);
            if (byKey.containsKey(bare)) {
                join(bare, key);
            }
        }
    }

    /** Joins "Winston K. Blackmore" to "Winston Blackmore" when no other name drops to the same key. */
    void middleInitials() {
        Map<String, Set<String>> byReduced = new LinkedHashMap<>();
        for (String k : byKey.keySet()) {
            String reduced = NameKey.withoutInitials(k);
            if (!reduced.equals(k) && byKey.containsKey(reduced)) {
                byReduced.computeIfAbsent(reduced, r -> new LinkedHashSet<>()).add(k);
            }
        }
        for (Map.Entry<String, Set<String>> e : byReduced.entrySet()) {
            if (e.getValue().size() == 1) {
                join(e.getValue().iterator().next(), e.getKey());
            }
        }
    }

    /**
     * Joins a description used alone ("the attorney general", "the leader") to the one named person
     * the story describes that way ("Attorney General Wally Oppal", "polygamist leader Warren Jeffs"),
     * matching the whole description or its last word.
     */
    void descriptions() {
        Map<String, Set<String>> described = new LinkedHashMap<>();
        for (List<Occurrence> occurrences : byKey.values()) {
            for (Occurrence o : occurrences) {
                if (o.type() != EntityType.PERSON || o.nominal() || o.description().isEmpty()) {
                    continue;
                }
                String d = o.description();
                described.computeIfAbsent(d, x -> new LinkedHashSet<>()).add(o.key());
                described.computeIfAbsent(d.substring(d.lastIndexOf(' ') + 1), x -> new LinkedHashSet<>()).add(o.key());
            }
        }
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            boolean nominal = allDescriptions(e.getValue());
            Set<String> people = described.get(e.getKey());
            if (!nominal || people == null) {
                continue;
            }
            Set<String> roots = new LinkedHashSet<>();
            people.forEach(p -> roots.add(find(p)));
            if (roots.size() == 1) {
                join(e.getKey(), roots.iterator().next());
            }
        }
    }

    /**
     * Joins common-noun mentions that share their head noun when the words before it agree, one
     * mention's being among the other's ("the quake" and "a strong quake", "the jury" and "Texas
     * jury", but not "interior ministry" and "foreign ministry"): with no name to go by, a story's
     * repeated description of one thing is the best sign that it is one thing. The head keeps its
     * number, so "leaders" stays apart from "leader". Only mentions with no name at all take part.
     */
    void commonNouns() {
        Map<String, List<String>> byHead = new LinkedHashMap<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            if (!e.getKey().contains(":") && allNominal(e.getValue())) {
                byHead.computeIfAbsent(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1), h -> new ArrayList<>())
                        .add(e.getKey());
            }
        }
        for (List<String> keys : byHead.values()) {
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (nested(modifiers(keys.get(i)), modifiers(keys.get(j)))) {
                        join(keys.get(i), keys.get(j));
                    }
                }
            }
        }
    }

    /** The words of a common-noun key before its head noun. */
    private static Set<String> modifiers(String key) {
        List<String> words = List.of(key.split(" "));
        return new java.util.HashSet<>(words.subList(0, words.size() - 1));
    }

    private static boolean nested(Set<String> a, Set<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    /**
     * Joins a short organisation name to the one longer name in the story that it begins ("Calvera"
     * and "Calvera Química SA", "State Agency" and "State Agency for Chemical Safety"): sources
     * shorten the names of companies and bodies to their first words. Only a short form used as an
     * actor (the tagger calls it a person or an organisation) is joined, so the river "Tagus" stays
     * apart from the newspaper "Tagus Herald", unless the longer name is a company's. Longer short
     * forms are joined first, so chains resolve.
     */
    void shortNames() {
        List<String> longer = byKey.entrySet().stream()
                .filter(e -> !e.getKey().contains(":") && e.getKey().contains(" ")
                        && (!mostly(e.getValue(), EntityType.PERSON) || company(e.getValue()))
                        && !allDescriptions(e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<String> shortKeys = byKey.entrySet().stream()
                .filter(e -> !e.getKey().contains(":") && !mostlyPlace(e.getValue()) && !allDescriptions(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing((String k) -> -k.split(" ").length))
                .toList();
        List<String> byLength = byKey.keySet().stream().filter(k -> !k.contains(":"))
                .sorted(Comparator.comparing((String k) -> -k.split(" ").length)).toList();
        for (String shortKey : byLength) {
            if (!(shortKeys.contains(shortKey) || companyNamed(longer, shortKey))) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            for (String longKey : longer) {
                if (longKey.startsWith(shortKey + " ")) {
                    targets.add(find(longKey));
                }
            }
            if (targets.size() == 1) {
                join(shortKey, targets.iterator().next());
            }
        }
    }

    /**
     * True when the longer names {@code shortKey} begins are all companies' ("Calvera Química SA"): a
     * company is shortened to its first words whatever the tagger called the short form.
     */
    private boolean companyNamed(List<String> longer, String shortKey) {
        List<String> candidates = longer.stream().filter(k -> k.startsWith(shortKey + " ")).toList();
        return !candidates.isEmpty() && candidates.stream().allMatch(k -> company(byKey.get(k)));
    }

    /** True when a mention of the group ends in a company's legal form ("Apple Inc."), whatever its tagged type. */
    private static boolean company(List<Occurrence> group) {
        return group.stream().anyMatch(o -> EntityResolver.COMPANY_SUFFIX.matcher(o.mention().text().trim()).find());
    }

    /** Joins an acronym ("HTS") to the one multi-word name in the story whose initials it is. */
    void acronyms() {
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
                    targets.add(find(other.getKey()));
                }
            }
            if (targets.size() == 1) {
                join(e.getKey(), targets.iterator().next());
            }
        }
    }

    /**
     * Moves one occurrence of a key that names several people to another group: a key is one node of
     * the union, so the occurrence is re-keyed to a key of its own in the target's group.
     */
    private void moveTo(Occurrence o, String targetRoot) {
        String ownKey = o.key() + "@" + o.article().id().value();
        List<Occurrence> list = byKey.get(o.key());
        list.remove(o);
        if (list.isEmpty()) {
            byKey.remove(o.key());
        }
        byKey.computeIfAbsent(ownKey, k -> new ArrayList<>()).add(o);
        parent.putIfAbsent(ownKey, ownKey);
        join(ownKey, targetRoot);
    }

    /** True when an article has mentions in both groups. */
    private static boolean sameArticle(List<Occurrence> a, List<Occurrence> b) {
        Set<AnnotatedArticle> articles = new java.util.HashSet<>();
        a.forEach(o -> articles.add(o.article()));
        return b.stream().anyMatch(o -> articles.contains(o.article()));
    }

    private static boolean mostly(List<Occurrence> group, EntityType type) {
        return group.stream().filter(o -> o.type() == type).count() * 2 > group.size();
    }

    private static boolean mostlyPlace(List<Occurrence> group) {
        return group.stream().filter(o -> o.type().isPlace()).count() * 2 >= group.size();
    }

    /** True when every mention describes a person without naming them ("the attorney general"). */
    private static boolean allDescriptions(List<Occurrence> group) {
        return group.stream().allMatch(Occurrence::describesPerson);
    }

    private static boolean allNominal(List<Occurrence> group) {
        return group.stream().allMatch(Occurrence::nominal);
    }
}
