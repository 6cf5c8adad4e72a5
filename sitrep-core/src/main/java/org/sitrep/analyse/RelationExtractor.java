package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;

/**
 * Works out how a story's actors stand to each other, from two kinds of evidence: its events (an
 * attack makes "attacks", talks make "negotiates with", an accusation "criticises") and explicit
 * statements ("Russian-backed Syrian forces", "Moscow supports Assad", "Turkey and Russia back
 * opposing sides", "its ally, President Assad"). Each relation keeps every statement that supports
 * it; a symmetric relation is stored once, with its two parties in id order.
 *
 * <p>Pure and thread-safe; linear in sentences and events.
 */
public final class RelationExtractor implements StoryAnalyser {

    /** "X-backed" right before the backed party. */
    private static final Pattern BACKED = Pattern.compile("(?i)^[-–]backed\\b");
    /** "Y, many of whom are backed by X": the backed party first, its backer after. */
    private static final Pattern BACKED_BY = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:(?:many|some|most|all|several) of (?:whom|which|them)\\s+)?(?:(?:who|which|that)\\s+)?"
                    + "(?:(?:are|is|were|was|have been|has been)\\s+)?(?:backed|supported|armed|funded) by\\s*(?:the\\s+)?$");
    /** A verb of support between two parties. */
    private static final Pattern SUPPORTS = Pattern.compile("(?i)\\b(supports?|supported|backs?|backed|backing|arms|armed)\\b");
    /** Two parties on different sides. */
    private static final Pattern OPPOSING_SIDES = Pattern.compile(
            "(?i)\\b(opposite|opposing|rival|different)\\s+sides\\b");
    /** "its ally", "an ally of", "allies". */
    private static final Pattern ALLY = Pattern.compile("(?i)\\b(ally|allies|allied)\\b");
    /** Heads that make a demonym-backed phrase a state's forces rather than its opponents. */
    private static final Set<String> STATE_FORCE_HEADS = Set.of("forces", "government", "regime", "army", "troops",
            "military", "authorities");
    private static final Set<EntityType> PARTY_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.NATIONALITY);

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES, Capability.EVENTS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.RELATIONS);
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        Map<String, Relation> found = new LinkedHashMap<>();
        for (Event e : analysis.events()) {
            RelationType type = fromEvent(e.action());
            if (type != null && e.actor() != null && e.target() != null) {
                for (Citation c : e.evidence()) {
                    add(found, e.actor(), type, e.target(), c);
                }
            }
        }
        EntityIndex index = new EntityIndex(analysis.entities());
        for (AnnotatedArticle a : analysis.story().articles()) {
            for (Sentence s : a.sentences()) {
                if (s.span().fits(a.text().length())) {
                    statementsIn(a, s, index, found);
                }
            }
        }
        List<Relation> out = new ArrayList<>(found.values());
        out.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return analysis.withRelations(out);
    }

    /** The standing relation an event's category implies, or null. */
    static RelationType fromEvent(CameoCode code) {
        switch (code) {
            case FIGHT:
            case ASSAULT:
            case USE_UNCONVENTIONAL_MASS_VIOLENCE:
                return RelationType.ATTACKS;
            case CONSULT:
                return RelationType.NEGOTIATES_WITH;
            case EXPRESS_INTENT_TO_COOPERATE:
            case ENGAGE_IN_DIPLOMATIC_COOPERATION:
            case ENGAGE_IN_MATERIAL_COOPERATION:
            case PROVIDE_AID:
                return RelationType.COOPERATES_WITH;
            case DISAPPROVE:
            case REJECT:
            case DEMAND:
            case PROTEST:
            case REDUCE_RELATIONS:
                return RelationType.CRITICISES;
            case THREATEN:
                return RelationType.THREATENS;
            default:
                return null;
        }
    }

    private void statementsIn(AnnotatedArticle a, Sentence s, EntityIndex index, Map<String, Relation> found) {
        List<EntityIndex.Located> parties = EntityIndex.parties(a.text(), index.within(a.id(), s.span())).stream()
                .filter(l -> PARTY_TYPES.contains(l.entity().type())).toList();
        if (parties.size() < 2) {
            return;
        }
        String text = a.text();
        String sentence = s.span().of(text);
        Citation evidence = new Citation(a.id(), s.span());
        for (int i = 0; i + 1 < parties.size(); i++) {
            EntityIndex.Located backer = parties.get(i);
            EntityIndex.Located backed = parties.get(i + 1);
            String after = text.substring(backer.span().end(), Math.min(text.length(), backer.span().end() + 8));
            boolean adjacent = backed.span().start() - backer.span().end() <= 9;
            boolean force = STATE_FORCE_HEADS.contains(NeighbourWords.after(text, backed.span().end())) || namesAGroup(text, backed);
            if (BACKED.matcher(after).find() && adjacent && force) {
                add(found, backer.entity().id(), RelationType.BACKS, backed.entity().id(), evidence);
            }
            String between = text.substring(backer.span().end(), backed.span().start());
            if (BACKED_BY.matcher(between).matches()) {
                // here the first mention is the backed one: "rebel factions, many of whom are backed by Turkey"
                add(found, backed.entity().id(), RelationType.BACKS, backer.entity().id(), evidence);
                continue;
            }
            Matcher supports = SUPPORTS.matcher(between);
            boolean verbal = !between.startsWith("-") && !between.startsWith("–");
            if (verbal && supports.find() && between.length() < 40 && !between.contains(",")) {
                add(found, backer.entity().id(), RelationType.BACKS, backed.entity().id(), evidence);
            }
        }
        if (OPPOSING_SIDES.matcher(sentence).find()) {
            EntityIndex.Located[] pair = conjoinedPair(text, parties);
            if (pair != null) {
                add(found, pair[0].entity().id(), RelationType.OPPOSES, pair[1].entity().id(), evidence);
            }
        }
        Matcher ally = ALLY.matcher(sentence);
        if (ally.find()) {
            int allyAt = s.span().start() + ally.start();
            EntityIndex.Located subject = parties.get(0);
            EntityIndex.Located other = null;
            for (EntityIndex.Located l : parties) {
                if (l.span().start() > allyAt && !l.entity().id().equals(subject.entity().id())) {
                    other = l;
                    break;
                }
            }
            if (other != null && subject.span().end() <= allyAt) {
                add(found, subject.entity().id(), RelationType.ALLIED_WITH, other.entity().id(), evidence);
            }
        }
    }

    /** True when the mention is itself a group phrase ("rebels", "government forces"), found by {@link GroupActorFinder}. */
    private static boolean namesAGroup(String text, EntityIndex.Located l) {
        String words = l.span().of(text).toLowerCase(Locale.ROOT);
        return GROUP_NOUN.matcher(words).find();
    }

    private static final Pattern GROUP_NOUN = Pattern.compile("\\b(" + GroupRole.STATE.alternation() + "|"
            + GroupRole.REBELS.alternation() + ")$");

    /** The first two distinct parties joined by "and" ("Turkey and Russia"), or null. */
    private static EntityIndex.Located[] conjoinedPair(String text, List<EntityIndex.Located> parties) {
        for (int i = 0; i + 1 < parties.size(); i++) {
            EntityIndex.Located x = parties.get(i);
            EntityIndex.Located y = parties.get(i + 1);
            String between = text.substring(x.span().end(), y.span().start()).trim().toLowerCase(Locale.ROOT);
            if ((between.equals("and") || between.equals("'s and") || between.equals("’s and"))
                    && !x.entity().id().equals(y.entity().id())) {
                return new EntityIndex.Located[] {x, y};
            }
        }
        return null;
    }

    private static void add(Map<String, Relation> found, EntityId source, RelationType type, EntityId target,
            Citation evidence) {
        if (source.equals(target)) {
            return;
        }
        EntityId s = source;
        EntityId t = target;
        if (type.isSymmetric() && s.compareTo(t) > 0) {
            s = target;
            t = source;
        }
        String key = s + "|" + type + "|" + t;
        Relation old = found.get(key);
        List<Citation> ev = new ArrayList<>(old == null ? List.of() : old.evidence());
        if (!ev.contains(evidence)) {
            ev.add(evidence);
        }
        found.put(key, new Relation(s, type, t, ev));
    }
}
