package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.EnumSet;
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
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Finds the actors news names by a common noun rather than a name, so that events and relations can
 * involve them: "the regime" and "government forces" are the state (resolved to the one country the
 * story names as having them, e.g. "the Syrian government ... government forces"), "rebels", "the
 * opposition", "militants" are actors of their own ("Syrian rebels"), with the country that backs
 * them kept apart ("Turkish-backed Syrian rebels" are Syrian rebels backed by Turkey).
 *
 * <p>Adds the mentions of state roles to the country's entity, adds one entity per rebel group, and
 * takes a demonym that describes a rebel group ("Syrian" in "Syrian rebels") out of the country's
 * mentions. Existing entity ids are kept; new ones continue the numbering. Pure and thread-safe;
 * linear in the story's text.
 */
public final class GroupActorFinder implements StoryAnalyser {

    /** A role noun, perhaps after "the". */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(" + GroupRole.STATE.alternation() + "|"
            + GroupRole.REBELS.alternation() + ")\\b");
    /** A modifier word before a role noun: "Syrian", "Turkish-backed", "Damascus", "pro-government". */
    private static final Pattern MODIFIER = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.]*?)(?:'s|’s)?(?:[-–](backed|led|allied|supported|funded|aligned))?\\s*$");
    private static final int MAX_MODIFIERS = 3;
    /** State nouns that name a government, not any state's forces: "government forces" are the government's. */
    private static final Set<String> GOVERNING = Set.of("government forces", "government troops", "regime forces",
            "regime", "government");

    private final CountryNames countries;

    public GroupActorFinder(CountryNames countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    @Override
    public String name() {
        return "group-actors";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.GROUP_ACTORS);
    }

    /** A group phrase: the words naming it, its role, its own country (if said) and its backers. */
    private record Phrase(AnnotatedArticle article, Span span, Span nounSpan, String noun, GroupRole role,
            String country, String demonym, List<String> backers, boolean bare) {
    }

    /** Institutions that a bare noun names when the article has named whose they are ("Kenyan police ... the police"). */
    private static final Set<String> BARE_INSTITUTIONS = Set.of("police", "navy", "coast guard", "air force", "army",
            "military");

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        EntityIndex index = new EntityIndex(analysis.entities());
        List<Phrase> phrases = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            phrases.addAll(phrasesIn(a, index));
        }
        Map<String, Entity> byName = new LinkedHashMap<>();
        analysis.entities().forEach(e -> byName.put(e.name(), e));
        Map<EntityId, List<Citation>> added = new LinkedHashMap<>();
        Map<EntityId, Set<String>> addedAliases = new LinkedHashMap<>();
        Set<Citation> removed = new LinkedHashSet<>();
        String storyState = storyState(phrases, false);
        String governingState = storyState(phrases, true);
        Map<String, List<Phrase>> rebels = new LinkedHashMap<>();
        String onlyRebelCountry = onlyRebelCountry(phrases);
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            if (p.role() == GroupRole.STATE) {
                if (p.country() != null || Ministries.isMinistry(p.noun())) {
                    // "Syrian forces": the demonym already names the state; a name the tagger gave the
                    // institution itself ("Ecuador's navy" tagged "navy", "the Spanish interior ministry") is
                    // the state too, and so is a ministry named alone when the story names whose it is
                    String country = p.country() != null ? p.country() : institutionState(phrases, p.noun());
                    Entity state = country == null ? null : byName.get(country);
                    Entity there = index.at(p.article().id(), p.nounSpan());
                    if (state != null && there != null && !there.id().equals(state.id())) {
                        for (Citation c : there.mentions()) {
                            if (c.article().equals(p.article().id()) && c.span().overlaps(p.nounSpan())) {
                                removed.add(c);
                                added.computeIfAbsent(state.id(), k -> new ArrayList<>()).add(c);
                                addedAliases.computeIfAbsent(state.id(), k -> new LinkedHashSet<>())
                                        .add(p.span().of(p.article().text()));
                            }
                        }
                    } else if (state != null && there == null && p.country() == null) {
                        added.computeIfAbsent(state.id(), k -> new ArrayList<>()).add(new Citation(p.article().id(), p.span()));
                        addedAliases.computeIfAbsent(state.id(), k -> new LinkedHashSet<>()).add(p.span().of(p.article().text()));
                    }
                    continue;
                }
                boolean governing = GOVERNING.contains(p.noun());
                String state = stateBefore(phrases, i, governing);
                if (state == null && p.bare()) {
                    // "Police fired tear gas" in one report, "Kenyan police" in another of the same story
                    state = institutionState(phrases, p.noun());
                }
                state = state != null || p.bare() ? state : governing ? governingState : storyState;
                Entity e = state == null ? null : byName.get(state);
                if (e != null) {
                    added.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new Citation(p.article().id(), p.span()));
                    addedAliases.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(p.span().of(p.article().text()));
                }
            } else {
                String country = p.country() != null ? p.country() : onlyRebelCountry;
                rebels.computeIfAbsent(country == null ? "" : country, k -> new ArrayList<>()).add(p);
                if (p.country() != null) {
                    removed.add(demonymCitation(p, index));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            List<Citation> mentions = new ArrayList<>(e.mentions());
            mentions.removeIf(removed::contains);
            mentions.addAll(added.getOrDefault(e.id(), List.of()));
            List<String> aliases = new ArrayList<>(e.aliases());
            addedAliases.getOrDefault(e.id(), Set.of()).stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
            if (!mentions.isEmpty()) {
                out.add(new Entity(e.id(), e.name(), e.type(), aliases, mentions.stream().sorted().distinct().toList()));
            }
        }
        int next = analysis.entities().size() + 1;
        for (Map.Entry<String, List<Phrase>> g : rebels.entrySet()) {
            List<Phrase> group = g.getValue();
            String demonym = group.stream().map(Phrase::demonym).filter(Objects::nonNull).findFirst().orElse(null);
            String name = demonym != null ? demonym + " rebels" : "rebels";
            Set<String> aliases = new LinkedHashSet<>();
            List<Citation> mentions = new ArrayList<>();
            for (Phrase p : group) {
                aliases.add(p.span().of(p.article().text()));
                mentions.add(new Citation(p.article().id(), p.span()));
            }
            out.add(new Entity(EntityId.of(analysis.story().id(), next++), name, EntityType.ORGANIZATION,
                    List.copyOf(aliases), mentions.stream().sorted().distinct().toList()));
        }
        return analysis.withEntities(out);
    }

    /** Group phrases of one article, in text order; phrases that are part of a name are left out. */
    private List<Phrase> phrasesIn(AnnotatedArticle a, EntityIndex index) {
        List<Phrase> out = new ArrayList<>();
        String text = a.text();
        Matcher m = ROLE.matcher(text);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            GroupRole role = GroupRole.of(noun);
            int start = m.start();
            String country = null;
            String demonym = null;
            List<String> backers = new ArrayList<>();
            boolean named = false;
            int phraseStart = start;
            for (int k = 0; k < MAX_MODIFIERS; k++) {
                String before = text.substring(Math.max(0, phraseStart - 40), phraseStart);
                Matcher mod = MODIFIER.matcher(before);
                if (!mod.find()) {
                    break;
                }
                int modStart = phraseStart - (before.length() - mod.start());
                String word = mod.group(1);
                Optional<String> c = countries.countryOf(word);
                Entity there = index.at(a.id(), new Span(modStart, modStart + word.length()));
                if (mod.group(2) != null) {
                    c.ifPresent(backers::add);
                    if (c.isEmpty() && there != null) {
                        backers.add(there.name());
                    }
                    phraseStart = modStart;
                    break; // words before "X-backed" belong to the backer
                }
                if (c.isPresent()) {
                    country = c.get();
                    demonym = word;
                    phraseStart = modStart;
                    continue;
                }
                if (there != null && there.type() != EntityType.PERSON) {
                    named = true; // "al-Qaeda militants", "Hayat Tahrir al-Sham fighters": a named group
                }
                break;
            }
            boolean bare = GroupRole.needsModifier(noun) && country == null && backers.isEmpty();
            if (named || (bare && (role != GroupRole.STATE
                    || !(BARE_INSTITUTIONS.contains(noun) || Ministries.isMinistry(noun))))) {
                continue;
            }
            int spanStart = backers.isEmpty() ? phraseStart : ownStart(text, phraseStart, m.start());
            if (role == GroupRole.REBELS && demonym != null) {
                spanStart = Math.min(spanStart, text.lastIndexOf(demonym, m.start()));
            }
            out.add(new Phrase(a, new Span(Math.max(0, spanStart), m.end()), new Span(m.start(), m.end()), noun, role,
                    country, demonym, backers, bare));
        }
        return out;
    }

    /** Where the group's own words start after a backer ("Turkish-backed Syrian rebels" gives "Syrian rebels"). */
    private static int ownStart(String text, int from, int noun) {
        int dash = text.indexOf("backed", from);
        int i = dash >= 0 && dash < noun ? dash + "backed".length() : from;
        while (i < noun && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        for (String suffix : List.of("led", "allied", "supported", "funded", "aligned")) {
            int at = text.indexOf("-" + suffix, from);
            if (at >= 0 && at < noun) {
                i = Math.max(i, at + suffix.length() + 1);
                while (i < noun && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /**
     * The state a bare "the regime" or "government forces" refers to: the nearest one named before it
     * in the article, among governments only when {@code governing} ("Turkish troops massed at the
     * border. Government forces pressed on": the forces are the government's named earlier, not Turkey's).
     */
    private static String stateBefore(List<Phrase> phrases, int i, boolean governing) {
        Phrase p = phrases.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Phrase q = phrases.get(k);
            // a ministry says whose government acts, not whose forces or police the next bare noun names
            if (q.article() == p.article() && q.role() == GroupRole.STATE && q.country() != null
                    && !Ministries.isMinistry(q.noun()) && (!governing || GOVERNING.contains(q.noun()))) {
                return q.country();
            }
        }
        return null;
    }

    /**
     * The one country whose state the story names by a role ("the Syrian government"), or null; with
     * {@code governing}, by a government noun only.
     */
    private static String storyState(List<Phrase> phrases, boolean governing) {
        Set<String> states = new LinkedHashSet<>();
        for (Phrase p : phrases) {
            if (p.role() == GroupRole.STATE && p.country() != null && !p.noun().equals("troops")
                    && !p.noun().equals("forces") && !Ministries.isMinistry(p.noun())
                    && (!governing || GOVERNING.contains(p.noun()))) {
                states.add(p.country());
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** The one country whose {@code noun} ("police", "navy") the story names ("Kenyan police"), or null. */
    private static String institutionState(List<Phrase> phrases, String noun) {
        Set<String> states = new LinkedHashSet<>();
        for (Phrase p : phrases) {
            if (p.role() == GroupRole.STATE && p.country() != null && p.noun().equals(noun)) {
                states.add(p.country());
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** The one country whose rebels the story names ("Syrian rebels"), or null. */
    private static String onlyRebelCountry(List<Phrase> phrases) {
        Set<String> found = new LinkedHashSet<>();
        for (Phrase p : phrases) {
            if (p.role() == GroupRole.REBELS && p.country() != null) {
                found.add(p.country());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The citation of the demonym inside a rebel phrase, which no longer stands for the state. */
    private static Citation demonymCitation(Phrase p, EntityIndex index) {
        int at = p.article().text().indexOf(p.demonym(), p.span().start());
        if (at < 0) {
            return new Citation(p.article().id(), p.span());
        }
        Span s = new Span(at, at + p.demonym().length());
        Entity e = index.at(p.article().id(), s);
        if (e == null) {
            return new Citation(p.article().id(), s);
        }
        for (Citation c : e.mentions()) {
            if (c.article().equals(p.article().id()) && c.span().overlaps(s)) {
                return c;
            }
        }
        return new Citation(p.article().id(), s);
    }
}
