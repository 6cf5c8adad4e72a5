package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.text.Folding;

/**
 * Merges the names a story's sources use for one actor into one {@link Entity}: diacritics (Önal and
 * Onal), honorifics, titles and descriptions (Mr Erdogan, President Erdogan, Deputy Foreign Minister
 * Sedat Önal, "polygamist leader Warren Jeffs"), a surname and the full name (Assad and Bashar
 * al-Assad), middle initials (Winston K. Blackmore), spellings of the Arabic article (al-Assad, Al
 * Assad), acronyms and their expansion (HTS and Hayat Tahrir al-Sham), abbreviated words (U.S. and
 * United States Geological Survey), one-letter spelling variants of a long word (Sergei and Sergey
 * Lavrov), a company's short name whatever type the tagger gave it (Apple and Apple Inc.), and the
 * names that stand for a state. A mention that holds more than a name is read as the name it is
 * about ({@link NameInPhrase}: "Indonesia's Aceh province" is Aceh).
 *
 * <p>Mentions with no name ("the quake", "two men") never come from the tagger, but gold or parser
 * mentions hold them: those that share their head noun, in the same number, with the words before it
 * nested ("the jury", "Texas jury"), are one entity, and a description used alone joins the one
 * named person the story describes that way.
 *
 * <p>The agency a dateline credits ("MADRID (Peninsula Wire) --") and an article's own publisher
 * named in it ("told the Tagus Herald") are no entities: they are the source.
 *
 * <p>Types: a state's names give its country type; a legal-form ending ("Calvera Química SA") or a
 * company noun before the name in any source ("the start-up Skarv Orbital", {@link CompanyNouns})
 * makes an organisation; otherwise the type most mentions have.
 *
 * <p>States: one entity per state, named by the country ("Syria", type {@code COUNTRY}), stands for
 * the state as an actor and its government alike, because news uses the country's name, its
 * demonym ("Turkish troops"), its capital or seat of government ("Ankara said", "the Kremlin") and
 * its government nouns ("the Syrian government", "the regime") for one actor, and telling the state
 * from its government would need a reading of every sentence. A capital used as a place ("talks in
 * Ankara") is a {@code CITY} entity of its own; after a preposition that names a party rather than a
 * place ("call on Ankara", "closer to Moscow") it is the state. A government noun used alone ("the regime") joins the
 * state only when the story ties that noun to exactly one state ("the Syrian regime" elsewhere);
 * otherwise it is left out, as are pronouns. A demonym shared by neighbours ("Congolese") is read as
 * the one of them the story names.
 *
 * <p>Joining rules ({@link NameJoins}) accept a candidate only when it is the only one, so two people
 * who share a surname are not merged (and each article's own full name claims that article's bare
 * surname). Entities are numbered by how often they are mentioned. Pure and thread-safe; linear in
 * the number of mentions, quadratic in distinct names.
 */
public final class EntityResolver implements StoryAnalyser {

    /** Legal-form endings that make a name a company whatever the tagger said ("Calvera Química SA"). */
    static final java.util.regex.Pattern COMPANY_SUFFIX = java.util.regex.Pattern.compile(
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

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        StateReferences states = new StateReferences(config.countries(), analysis.story().articles());
        List<Occurrence> occurrences = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            Mention previous = null;
            List<Mention> mentions = a.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (datelineCredit(a, m) || ownPublisher(a, m)) {
                    continue;
                }
                Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
                Occurrence o = classify(a, m, new Neighbours(previous, next), occurrences, states);
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
        NameJoins joins = new NameJoins(byKey);
        joins.definedAcronyms(occurrences);
        joins.variants();
        joins.placeDesignators(config.placeDesignators());
        joins.middleInitials();
        joins.surnames();
        joins.descriptions();
        joins.commonNouns();
        joins.shortNames();
        joins.acronyms();
        List<List<Occurrence>> ordered = new ArrayList<>(joins.groups().values());
        ordered.removeIf(List::isEmpty);
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
            String full = g.stream().map(o -> joins.fullName(o.key())).filter(java.util.Objects::nonNull)
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
    /** The mentions next to one being classified, either null at the edges. */
    private record Neighbours(Mention previous, Mention next) {
    }

    private Occurrence classify(AnnotatedArticle a, Mention m, Neighbours around, List<Occurrence> soFar,
            StateReferences states) {
        String surface = m.text().trim();
        if (surface.isEmpty() || NameKey.tokens(surface).isEmpty() || NameKey.isPronoun(surface)) {
            return null;
        }
        String shown = withHonorific(a, m);
        if (StateReferences.isGovernmentNoun(surface)) {
            String noun = NameKey.tokens(surface).get(NameKey.tokens(surface).size() - 1);
            return states.governmentOf(noun).map(c -> state(a, m, c, shown)).orElse(null);
        }
        String bare = withoutPossessive(surface);
        Optional<String> country = states.countryOf(bare);
        if (country.isEmpty() && m.type().isPlace() && NameKey.capitalisedTail(bare) != null) {
            // "in western Canada": the place is the capitalised tail
            bare = NameKey.capitalisedTail(bare);
            country = states.countryOf(bare);
        }
        if (country.isPresent()) {
            boolean seat = config.countries().isSeatOfGovernment(bare);
            if (!seat || !isLocative(a, m, around, soFar, states)) {
                return state(a, m, country.get(), shown);
            }
            return new Occurrence(a, m, NameKey.other(bare), EntityType.CITY, null, shown, "", false);
        }
        if (m.type() == EntityType.NATIONALITY) {
            return new Occurrence(a, m, "nationality:" + NameKey.other(surface), EntityType.NATIONALITY, null, shown,
                    "", false);
        }
        if (m.type() == EntityType.PERSON) {
            NameKey.PersonName person = NameKey.personName(surface);
            return person.key().isEmpty() ? null : new Occurrence(a, m, person.key(), m.type(), null, shown,
                    person.description(), person.nominal());
        }
        String key = NameKey.other(surface);
        return key.isEmpty() ? null : new Occurrence(a, m, key, m.type(), null, shown, "", isCommonNoun(m));
    }

    /**
     * True when the mention holds no name: no capital letter after a leading determiner ("the quake",
     * "The quake", "two men"). The tagger's mentions are names; gold or parser mentions may be common
     * nouns.
     */
    static boolean isCommonNoun(Mention m) {
        String text = m.text().trim();
        int space = text.indexOf(' ');
        if (space > 0 && NameKey.DETERMINERS.contains(text.substring(0, space).toLowerCase(Locale.ROOT))) {
            text = text.substring(space + 1);
        }
        return text.codePoints().noneMatch(Character::isUpperCase);
    }

    private static Occurrence state(AnnotatedArticle a, Mention m, String country, String shown) {
        return new Occurrence(a, m, "country:" + NameKey.other(country), EntityType.COUNTRY, country, shown, "",
                false);
    }

    /**
     * True when a seat of government's name is used as a place: after a locative word ("talks in
     * Ankara"), unless the word before that makes the preposition point to a party ("call on
     * Ankara"), or in a list with a place that is no state ("Boston, Berlin and Chicago", "Vienna,
     * Virginia").
     */
    private boolean isLocative(AnnotatedArticle a, Mention m, Neighbours around, List<Occurrence> soFar,
            StateReferences states) {
        String text = a.text();
        String before = NeighbourWords.before(text, m.span().start());
        Mention previous = around.previous();
        if (config.locativeWords().contains(before)) {
            return !config.partyWords().contains(NeighbourWords.twoBefore(text, m.span().start()))
                    && !awayFromParty(text, m, previous, soFar, config.countries());
        }
        if (previous != null && LIST_JOINS.contains(between(text, previous.span().end(), m.span().start()))) {
            for (int i = soFar.size() - 1; i >= 0; i--) {
                Occurrence o = soFar.get(i);
                if (o.mention() == previous) {
                    return o.type().isPlace() && o.country() == null;
                }
            }
        }
        Mention next = around.next();
        return next != null && next.type().isPlace() && between(text, m.span().end(), next.span().start()).equals(",")
                && states.countryOf(withoutPossessive(next.text().trim())).isEmpty();
    }

    /**
     * True when a capital ends a turn away from a party toward it: "reorient itself from Nato towards
     * Moscow", "drift from the EU to Beijing". A person, organisation or alliance after "from" is no
     * place, so the capital the turn goes to is no place either.
     */
    private static boolean awayFromParty(String text, Mention m, Mention previous, List<Occurrence> soFar,
            CountryNames countries) {
        if (previous == null || !TOWARD.contains(between(text, previous.span().end(), m.span().start()))
                || !(NeighbourWords.before(text, previous.span().start()).equals("from")
                        || NeighbourWords.before(text, previous.span().start()).equals("the")
                                && NeighbourWords.twoBefore(text, previous.span().start()).equals("from"))) {
            return false;
        }
        for (int i = soFar.size() - 1; i >= 0; i--) {
            Occurrence o = soFar.get(i);
            if (o.mention() == previous) {
                // an alliance the gazetteer knows ("Nato") is a party as much as a named organisation
                return o.country() == null ? o.type() == EntityType.ORGANIZATION || o.type() == EntityType.PERSON
                        : countries.typeOfCanonical(o.country()) == EntityType.ORGANIZATION;
            }
        }
        return false;
    }

    /** Prepositions that end a turn from one side toward another ("from Nato towards Moscow"). */
    private static final Set<String> TOWARD = Set.of("to", "towards", "toward");

    /** What joins two names in a list of places ("Boston, Berlin", "Ankara and Moscow"). */
    private static final Set<String> LIST_JOINS = Set.of(",", "and", "or", "&", ", and", ", or");

    private static String between(String text, int from, int to) {
        return from <= to && to <= text.length() ? text.substring(from, to).strip() : "";
    }

    /** The agency a dateline credits ("MADRID (Peninsula Wire) --") is the article's source, not an actor. */
    private static boolean datelineCredit(AnnotatedArticle a, Mention m) {
        String text = a.text();
        int start = m.span().start();
        int end = m.span().end();
        if (start == 0 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')') {
            return false;
        }
        Sentence s = a.sentenceAt(start);
        return s != null && end < s.span().start() + SentenceTrimmer.datelineLength(s.span().of(text));
    }

    /**
     * The article's own publisher named in its text ("told the Tagus Herald", "consulted by the
     * Courier" in The Iberian Courier): where the reporting happened, not an actor.
     */
    private static boolean ownPublisher(AnnotatedArticle a, Mention m) {
        String publisher = a.article().publisher();
        if (publisher == null || publisher.isBlank()) {
            return false;
        }
        String name = withoutThe(m.text());
        String own = withoutThe(publisher.strip());
        return name.equalsIgnoreCase(own) || (own.contains(" ") && own.toLowerCase(Locale.ROOT)
                .endsWith(" " + name.toLowerCase(Locale.ROOT)));
    }

    private static String withoutThe(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4).strip() : name.strip();
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
            if (COMPANY_SUFFIX.matcher(o.mention().text().trim()).find()
                    || CompanyNouns.introduce(o.article().text(), o.mention().span().start())) {
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
     * words, titles, possessives and the common nouns around a name removed), in prose case rather than in
     * the capitals of a dateline, spelt with its diacritics when any source keeps them
     * (sources drop diacritics for want of a keyboard, never add them), else as most sources spell it.
     */
    private static String canonicalName(List<Occurrence> group) {
        for (Occurrence o : group) {
            if (o.country() != null) {
                return o.country();
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> nominal = new java.util.HashSet<>();
        for (Occurrence o : group) {
            counts.merge(cleanName(o), 1, Integer::sum);
            if (o.describesPerson()) {
                nominal.add(cleanName(o));
            }
        }
        Comparator<Map.Entry<String, Integer>> preference = Comparator
                .comparing((Map.Entry<String, Integer> e) -> nominal.contains(e.getKey()) ? 0 : 1)
                .thenComparing(e -> NameKey.isAcronym(e.getKey()) ? 0 : 1)
                .thenComparing(e -> shouted(e.getKey()) ? 0 : 1)
                .thenComparing(e -> NameKey.tokens(e.getKey()).size())
                .thenComparing(e -> Folding.hasDiacritics(e.getKey()) ? 1 : 0)
                .thenComparing(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
        return counts.entrySet().stream().max(preference).map(Map.Entry::getKey).orElse("");
    }

    /** A name written in capitals, as datelines and headlines print it ("ANDENES"): shown as sources write it in prose. */
    private static boolean shouted(String name) {
        return name.codePoints().filter(Character::isLetter).count() > 1
                && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String cleanName(Occurrence o) {
        String s = withoutPossessive(o.mention().text().trim());
        if (o.type() == EntityType.PERSON && o.country() == null) {
            s = NameKey.personName(s).name();
        } else if (o.country() == null) {
            s = withoutPossessive(NameInPhrase.of(s));
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
}
