package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Finds who did what to whom in a story's sentences and keeps one {@link Event} per real event, with
 * every article that reports it as evidence.
 *
 * <p>A sentence yields an event when it holds a trigger of {@link EventLexicon} and a resolved actor
 * or target: the actor is the nearest actor-like entity before the trigger in its clause, the target
 * the first one after it; in the passive ("were killed by ...") the two swap. Places after a locative
 * preposition are the location, not a party. The date is the sentence's resolved time expression
 * nearest the trigger, never the publication date (when it happened is kept apart from when it was
 * reported). Reports of one event by several articles, same actor, category and target with
 * overlapping or missing dates, become one event with a stable id.
 *
 * <p>Pure and thread-safe; linear in the story's tokens times the lexicon's size.
 */
public final class EventExtractor implements StoryAnalyser {

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although",
            "though", "despite");
    /**
     * Words that end the clause of a reported event when scanning away from its trigger: in "X said
     * Y attacked Z" the attacker is Y, never X; a quotation mark ends the quoted words.
     */
    private static final Set<String> REPORTING_BREAKS = Set.of("said", "says", "say", "told", "tells", "reported",
            "reports", "announced", "according", "added", "stated", "that", "“", "”", "\"");
    /** A reporting verb right after a name, perhaps after one more word ("officials said"). */
    private static final java.util.regex.Pattern REPORTED_BY = java.util.regex.Pattern.compile(
            "(?:\\s+\\p{L}+)?\\s+(?:said|says|told|reported|announced|added|stated)\\b");
    /** Words that end a clause when scanning forward from a trigger for its target ("a day after a march"). */
    private static final Set<String> FORWARD_BREAKS = Set.of("after", "before", "when", "because", "following",
            "whereas", "until", "unless");
    /** How far before a passive auxiliary its subject may start, in tokens ("13 Turkish soldiers were killed"). */
    private static final int PASSIVE_SUBJECT_REACH = 4;
    /** How far before a noun trigger its maker may stand ("Syrian shelling", "Israeli air strikes"). */
    private static final int NOUN_MAKER_REACH = 3;
    private static final int MAX_DESCRIPTION_WORDS = 45;

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES, Capability.GROUP_ACTORS, Capability.RESOLVED_DATES, Capability.SENTENCES);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.EVENTS);
    }

    /** One report of an event in one sentence. */
    private record Report(AnnotatedArticle article, Sentence sentence, EntityId actor, CameoCode code, EntityId target,
            String location, DateRange date, String dateBasis) {
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        EntityIndex index = new EntityIndex(analysis.entities());
        List<Report> reports = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            for (Sentence s : a.sentences()) {
                if (s.span().fits(a.text().length())) {
                    reports.addAll(reportsIn(a, s, index));
                }
            }
        }
        return analysis.withEvents(merge(analysis, reports));
    }

    private List<Report> reportsIn(AnnotatedArticle a, Sentence s, EntityIndex index) {
        List<Token> tokens = a.tokensOf(s);
        // the dateline ("MANILA (Pacific Wire) --") names where the report was filed, not a party
        int bodyStart = s.span().start() + SentenceTrimmer.datelineLength(s.span().of(a.text()));
        List<EntityIndex.Located> entities = EntityIndex.parties(a.text(), index.within(a.id(), s.span())).stream()
                .filter(l -> l.span().start() >= bodyStart).toList();
        List<Report> out = new ArrayList<>();
        Set<CameoCode> seen = EnumSet.noneOf(CameoCode.class);
        VerbalSubject lastVerbal = null;
        for (int i = 0; i < tokens.size(); i++) {
            EventTrigger trigger = TriggerFinder.triggerAt(tokens, i);
            if (trigger == null || seen.contains(trigger.code())) {
                continue;
            }
            Token t = tokens.get(i);
            if (TriggerShapes.isNegated(tokens, i) || TriggerShapes.isInfinitive(tokens, i) || TriggerShapes.isReferenceToAnAgreement(tokens, i)) {
                continue;
            }
            boolean passive = TriggerShapes.isPassive(tokens, i);
            boolean asNoun = !passive && (t.pos().startsWith("NN") || (t.pos().isEmpty() && trigger.nounToo()
                    && !t.word().toLowerCase(Locale.ROOT).endsWith("ed")));
            EntityIndex.Located actor;
            EntityIndex.Located target;
            if (asNoun) {
                // "attacks by Syrian forces on Idlib", "Syrian shelling", "Israeli air strikes"
                actor = partyAfterBy(a, tokens, i, entities);
                if (actor == null) {
                    actor = partyBefore(a, tokens, i, entities, NOUN_MAKER_REACH);
                }
                target = null;
                EntityIndex.Located with = partyAfterWith(a, tokens, i, entities);
                if (with != null) {
                    // "after talks with Peru": the other party is named, the one holding them is the clause's
                    // subject, also across the "after" that introduces the talks ("Ecuador freed ... after talks")
                    target = with;
                    if (actor == null) {
                        actor = partyBefore(a, tokens, i, entities, Integer.MAX_VALUE);
                    }
                    if (actor == null && leadingBreak(tokens, i) >= 0) {
                        actor = subjectBefore(a, tokens, leadingBreak(tokens, i), entities);
                    }
                }
            } else if (passive) {
                actor = partyAfterBy(a, tokens, i, entities);
                target = partyBefore(a, tokens, TriggerShapes.auxiliaryAt(tokens, i), entities, PASSIVE_SUBJECT_REACH);
            } else if (TriggerShapes.isTrailingParticiple(tokens, i)) {
                // "the ferry sank, killing 31 people": what kills is the event before the comma, not a party
                actor = null;
                target = partyAfter(a, tokens, i, entities);
            } else {
                actor = partyBefore(a, tokens, i, entities, Integer.MAX_VALUE);
                target = partyAfter(a, tokens, i, entities);
                if (lastVerbal != null && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("and")
                        && (actor == null || actor.span().start() > tokens.get(lastVerbal.trigger()).span().start())) {
                    // "Hassan criticised the police and urged the company ...": the second verb shares the
                    // first one's subject; the party between them is the first verb's object
                    actor = lastVerbal.actor();
                }
            }
            if (!asNoun && !passive && actor != null) {
                lastVerbal = new VerbalSubject(i, actor);
            }
            if (target == null && actor != null && MUTUAL.contains(trigger.code())) {
                // "A and B held talks": mutual actions are coded as A toward B
                EntityIndex.Located partner = conjoinedBefore(a.text(), entities, actor);
                if (partner != null) {
                    target = actor;
                    actor = partner;
                }
            }
            // "the talks", "an attack" without a party that holds or makes them says who was there, not who acted
            if (actor == null && (target == null || asNoun)) {
                continue;
            }
            if (actor != null && target != null && actor.entity().id().equals(target.entity().id())) {
                target = null;
            }
            seen.add(trigger.code());
            TimeExpression when = nearestDate(a, s, tokens, i);
            String basis = when == null
                    ? "not stated in the text" + (a.article().published() == null ? ""
                            : "; reported " + a.article().published().iso())
                    : "'" + when.text() + "'" + (when.basis() == null ? "" : ": " + when.basis());
            out.add(new Report(a, s, actor == null ? null : actor.entity().id(), trigger.code(),
                    target == null ? null : target.entity().id(), locationIn(a, entities, actor, target),
                    when == null ? null : when.resolved(), basis));
        }
        return out;
    }

    /** The subject of the last active verb trigger of a sentence, for a verb conjoined to it by "and". */
    private record VerbalSubject(int trigger, EntityIndex.Located actor) {
    }

    /** The index of a clause-opening word ("after", "before") right before the trigger, perhaps after an article; or -1. */
    private static int leadingBreak(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (FORWARD_BREAKS.contains(w)) {
                return k;
            }
            if (!w.equals("the") && !w.equals("a") && !w.equals("an")) {
                return -1;
            }
        }
        return -1;
    }

    /** Actions two parties take together, coded from the first named toward the second. */
    private static final Set<CameoCode> MUTUAL = EnumSet.of(CameoCode.CONSULT, CameoCode.ENGAGE_IN_DIPLOMATIC_COOPERATION,
            CameoCode.ENGAGE_IN_MATERIAL_COOPERATION);

    /** The party joined to {@code l} by "and" right before it ("Castañeda and Portugal's minister Carvalho"), or null. */
    private static EntityIndex.Located conjoinedBefore(String text, List<EntityIndex.Located> entities,
            EntityIndex.Located l) {
        EntityIndex.Located before = null;
        for (EntityIndex.Located e : entities) {
            if (e.span().end() <= l.span().start()) {
                before = e;
            }
        }
        if (before == null || before.entity().id().equals(l.entity().id())) {
            return null;
        }
        String between = text.substring(before.span().end(), l.span().start());
        return CONJOINED.matcher(between).matches() ? before : null;
    }

    /** "and", perhaps followed by a possessive country and a title: " and Portugal's Environment Minister ". */
    private static final java.util.regex.Pattern CONJOINED = java.util.regex.Pattern.compile(
            "^\\s+and\\s+(?:\\p{Lu}[\\p{L}.]*(?:['’]s)?\\s+)*$");

    /**
     * The party nearest before token {@code i} in its clause, starting at most {@code reach} tokens
     * before it; the scan stops at a clause break or a reporting verb.
     */
    private EntityIndex.Located partyBefore(AnnotatedArticle a, List<Token> tokens, int i,
            List<EntityIndex.Located> entities, int reach) {
        int from = reach == Integer.MAX_VALUE ? 0 : Math.max(0, i - reach);
        DashAsides asides = new DashAsides(tokens);
        int start = Math.max(clauseStart(tokens, i, asides), tokens.get(from).span().start());
        List<EntityIndex.Located> parties = partiesBetween(a, entities, start, tokens.get(i).span().start()).stream()
                .filter(l -> !asides.hides(l.span(), i) && !AbstractSubjects.qualifies(a.text(), l.span(), tokens, i)).toList();
        return parties.isEmpty() ? null : parties.get(parties.size() - 1);
    }

    /**
     * The offset where the clause holding token {@code i} starts: after the nearest clause break,
     * reporting verb or clause-opening word before it ("two days after explosions killed 27": what
     * follows "after" has its own subject).
     */
    private static int clauseStart(List<Token> tokens, int i) {
        return clauseStart(tokens, i, new DashAsides(List.of()));
    }

    /** As {@link #clauseStart(List, int)}, passing over the asides between dashes and the breaks inside them. */
    private static int clauseStart(List<Token> tokens, int i, DashAsides asides) {
        for (int k = i - 1; k >= 0; k--) {
            k = asides.skipBack(k);
            if (isBreak(tokens.get(k))) {
                return tokens.get(k).span().end();
            }
        }
        return tokens.get(0).span().start();
    }

    private static boolean isBreak(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return CLAUSE_BREAKS.contains(w) || REPORTING_BREAKS.contains(w) || FORWARD_BREAKS.contains(w);
    }

    /** The parties lying wholly within {@code [from, to)}, in text order. */
    private static List<EntityIndex.Located> partiesBetween(AnnotatedArticle a, List<EntityIndex.Located> entities,
            int from, int to) {
        List<EntityIndex.Located> out = new ArrayList<>();
        for (EntityIndex.Located l : entities) {
            if (l.span().start() >= from && l.span().end() <= to && EventParties.isParty(a, l)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The first party of the clause that ends at token {@code i}: its subject, not the object nearest
     * to {@code i} ("Ecuador released six Peruvian boats after ...": Ecuador, not Peru).
     */
    private EntityIndex.Located subjectBefore(AnnotatedArticle a, List<Token> tokens, int i,
            List<EntityIndex.Located> entities) {
        List<EntityIndex.Located> parties = partiesBetween(a, entities, clauseStart(tokens, i),
                tokens.get(i).span().start());
        return parties.isEmpty() ? null : parties.get(0);
    }

    /** The end offset of the clause that the trigger at {@code i} opens. */
    private static int clauseEnd(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            if (isBreak(tokens.get(k))) {
                return tokens.get(k).span().start();
            }
        }
        return tokens.get(tokens.size() - 1).span().end();
    }

    /** The first party after the trigger in its clause. */
    private EntityIndex.Located partyAfter(AnnotatedArticle a, List<Token> tokens, int i,
            List<EntityIndex.Located> entities) {
        int end = clauseEnd(tokens, i);
        for (EntityIndex.Located l : entities) {
            if (l.span().start() >= tokens.get(i).span().end() && l.span().end() <= end && EventParties.isParty(a, l)
                    && !isSourceOfReport(a.text(), l)) {
                return l;
            }
        }
        return null;
    }

    /** True when a reporting verb follows the name ("..., the coast guard said"): it reports, it is not acted on. */
    private static boolean isSourceOfReport(String text, EntityIndex.Located l) {
        String after = text.substring(l.span().end(), Math.min(text.length(), l.span().end() + 24));
        return REPORTED_BY.matcher(after).lookingAt();
    }

    /** The party named after "with" right after a noun trigger ("talks with Peru"), or null. */
    private EntityIndex.Located partyAfterWith(AnnotatedArticle a, List<Token> tokens, int i,
            List<EntityIndex.Located> entities) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("with")) {
            int from = tokens.get(i + 1).span().end();
            int end = clauseEnd(tokens, i + 1);
            for (EntityIndex.Located l : entities) {
                if (l.span().start() >= from && l.span().end() <= end && EventParties.isParty(a, l)) {
                    return l;
                }
            }
        }
        return null;
    }

    /** The party named after "by" right after the trigger ("were killed by Syrian shelling"). */
    private EntityIndex.Located partyAfterBy(AnnotatedArticle a, List<Token> tokens, int i,
            List<EntityIndex.Located> entities) {
        int end = clauseEnd(tokens, i);
        for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
            if (tokens.get(k).word().equalsIgnoreCase("by")) {
                int from = tokens.get(k).span().end();
                for (EntityIndex.Located l : entities) {
                    if (l.span().start() >= from && l.span().end() <= end && EventParties.isParty(a, l)) {
                        // "killed by clashes with Turkey": the clashes killed, not Turkey
                        return AbstractSubjects.qualifies(a.text(), l.span(), tokens, i) ? null : l;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String locationIn(AnnotatedArticle a, List<EntityIndex.Located> entities,
            EntityIndex.Located actor, EntityIndex.Located target) {
        for (EntityIndex.Located l : entities) {
            if (l == actor || l == target) {
                continue;
            }
            boolean place = l.entity().type().isPlace();
            String before = NeighbourWords.before(a.text(), l.span().start());
            if (place && (before.equals("in") || before.equals("at") || before.equals("near")
                    || l.entity().type() == EntityType.CITY)) {
                return l.entity().name();
            }
        }
        return null;
    }

    /**
     * The date the sentence gives nearest the trigger at token {@code i}, not across a word that opens
     * another clause with its own time ("held talks on Thursday, a day after Lisbon accused Madrid":
     * Thursday dates the talks, not the accusation).
     */
    private static TimeExpression nearestDate(AnnotatedArticle a, Sentence s, List<Token> tokens, int i) {
        List<TimeExpression> sameClause = new ArrayList<>();
        for (TimeExpression t : SentenceDates.withTimesOfDay(a, s.span())) {
            if (!forwardBreakBetween(tokens, i, t.span())) {
                sameClause.add(t);
            }
        }
        return SentenceDates.nearest(sameClause, tokens.get(i).span().start());
    }

    private static boolean forwardBreakBetween(List<Token> tokens, int i, Span time) {
        Span trigger = tokens.get(i).span();
        int from = Math.min(trigger.end(), time.end());
        int to = Math.max(trigger.start(), time.start());
        for (Token t : tokens) {
            if (t.span().start() >= from && t.span().end() <= to
                    && FORWARD_BREAKS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** One event per actor, category, target and compatible date, in order of first report. */
    private List<Event> merge(StoryAnalysis analysis, List<Report> reports) {
        Map<String, List<List<Report>>> byParties = new LinkedHashMap<>();
        for (Report r : reports) {
            String key = r.actor() + "|" + r.code() + "|" + r.target();
            List<List<Report>> groups = byParties.computeIfAbsent(key, k -> new ArrayList<>());
            List<Report> home = null;
            for (List<Report> g : groups) {
                if (g.stream().allMatch(o -> o.date() == null || r.date() == null || o.date().overlaps(r.date()))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(r)));
            } else {
                home.add(r);
            }
        }
        List<Event> events = new ArrayList<>();
        Map<String, Integer> idUses = new HashMap<>();
        for (List<List<Report>> groups : byParties.values()) {
            for (List<Report> g : groups) {
                Report dated = g.stream().filter(r -> r.date() != null)
                        .min((x, y) -> Integer.compare(precisionRank(x.date()), precisionRank(y.date())))
                        .orElse(null);
                Report first = g.get(0);
                DateRange date = dated == null ? null : dated.date();
                String basis = dated == null ? first.dateBasis() : dated.dateBasis();
                String location = g.stream().map(Report::location).filter(Objects::nonNull).findFirst().orElse(null);
                List<Citation> evidence = g.stream()
                        .map(r -> new Citation(r.article().id(), r.sentence().span())).distinct().toList();
                String base = analysis.story().id().value() + "|" + first.actor() + "|" + first.code().code() + "|"
                        + first.target() + "|" + (date == null ? "" : date.iso());
                String id = "ev-" + org.sitrep.model.Fingerprint.of(base, 10);
                int use = idUses.merge(id, 1, Integer::sum);
                events.add(new Event(use == 1 ? id : id + "-" + use, date, basis, first.actor(), first.code(),
                        first.target(), location, describe(first), evidence));
            }
        }
        return events;
    }

    private static int precisionRank(DateRange d) {
        return d.precision().ordinal();
    }

    /** The first report's sentence, cut to a readable length at a word boundary. */
    private static String describe(Report r) {
        String sentence = r.sentence().span().of(r.article().text()).replaceAll("\\s+", " ").trim();
        String[] words = sentence.split(" ");
        if (words.length <= MAX_DESCRIPTION_WORDS) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_DESCRIPTION_WORDS)) + " …";
    }

}
