package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.ContentTerms;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Capability;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;

/**
 * Finds things a story's sources date differently and compares the dates as claims are compared.
 *
 * <p>Two kinds of thing are dated once in reality, so differing dates are a conflict rather than
 * two occurrences: an agreement, ceasefire, treaty or election named in a dated sentence (the same
 * one when two sentences share an actor and a word that describes it, "de-escalation", "Sochi"); and
 * an event of {@link EventExtractor} whose reports are paraphrases of each other (same actor, action
 * and target, sentences with a cosine of at least {@link #SAME_REPORT}) but whose dates do not
 * overlap. Talks, attacks and meetings recur, so two dates for them are two events, not a conflict.
 *
 * <p>Pure and thread-safe; quadratic in the number of dated references of one story.
 */
public final class DateConflictFinder implements StoryAnalyser {

    /** Nouns naming things that happen once, by the kind of thing. */
    private static final Map<String, String> REFERENTS = Map.ofEntries(
            Map.entry("agreement", "agreement"), Map.entry("agreements", "agreement"), Map.entry("deal", "agreement"),
            Map.entry("accord", "agreement"), Map.entry("accords", "agreement"), Map.entry("pact", "agreement"),
            Map.entry("treaty", "agreement"), Map.entry("ceasefire", "agreement"), Map.entry("cease-fire", "agreement"),
            Map.entry("truce", "agreement"), Map.entry("armistice", "agreement"), Map.entry("memorandum", "agreement"),
            Map.entry("election", "election"), Map.entry("elections", "election"), Map.entry("referendum", "election"));
    /** Cosine from which two reports of one event are the same report in other words. */
    static final double SAME_REPORT = 0.5;
    /** Characters of a term compared, so "de-escalate" and "de-escalation" match. */
    private static final int STEM = 6;

    @Override
    public String name() {
        return "date-conflicts";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.ENTITIES, Capability.EVENTS, Capability.RESOLVED_DATES);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.DATE_CONFLICTS);
    }

    /** A sentence dating a thing that happens once. */
    private record Reference(AnnotatedArticle article, Sentence sentence, String kind, TimeExpression date,
            Set<EntityId> parties, Set<String> words, Map<String, String> shown) {
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        EntityIndex index = new EntityIndex(analysis.entities());
        List<Reference> refs = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            if (!analysis.story().sourceOf(a.id()).equals(a.id())) {
                continue; // a copy repeats its original's dates
            }
            for (Sentence s : a.sentences()) {
                if (s.span().fits(a.text().length())) {
                    Reference r = referenceIn(a, s, index);
                    if (r != null) {
                        refs.add(r);
                    }
                }
            }
        }
        List<DateConflict> out = new ArrayList<>(referenceConflicts(analysis, refs));
        out.addAll(eventConflicts(analysis));
        out.sort(Comparator.comparing((DateConflict c) -> c.verdict() == Verdict.DISAGREE ? 0 : 1));
        return analysis.withDateConflicts(out);
    }

    private Reference referenceIn(AnnotatedArticle a, Sentence s, EntityIndex index) {
        List<Token> tokens = a.tokensOf(s);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String kind = REFERENTS.get(t.word().toLowerCase(Locale.ROOT));
            if (kind == null || (i > 0 && NOT_THIS_ONE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))
                    || (i > 1 && NOT_THIS_ONE.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            TimeExpression date = dateOf(a, s, tokens, i);
            if (date == null) {
                continue;
            }
            Set<EntityId> parties = new LinkedHashSet<>();
            for (EntityIndex.Located l : index.within(a.id(), s.span())) {
                parties.add(l.entity().id());
            }
            Set<String> words = new LinkedHashSet<>();
            Map<String, String> shown = new HashMap<>();
            for (Token w : tokens) {
                String term = w.isProperNoun() ? null : ContentTerms.termOf(w);
                // names are the parties already; words describe the thing ("de-escalation", "ceasefire")
                if (term != null && !REFERENTS.containsKey(term) && !Character.isDigit(term.charAt(0))
                        && !Character.isUpperCase(w.word().charAt(0))) {
                    String stem = term.length() > STEM ? term.substring(0, STEM) : term;
                    words.add(stem);
                    shown.putIfAbsent(stem, w.word().toLowerCase(Locale.ROOT));
                }
            }
            return new Reference(a, s, kind, date, parties, words, shown);
        }
        return null;
    }

    /** Words before the noun that say the text means no such thing, or another one ("no deal", "a new agreement"). */
    private static final Set<String> NOT_THIS_ONE = Set.of("no", "new", "any", "another", "future", "possible",
            "proposed", "next");
    /** How far from the noun, in tokens, the date that dates it may stand ("agreement for Idlib in late 2018"). */
    private static final int DATE_REACH = 4;

    /** The resolved date that modifies the noun at token {@code i}: at most {@link #DATE_REACH} tokens away. */
    private static TimeExpression dateOf(AnnotatedArticle a, Sentence s, List<Token> tokens, int i) {
        TimeExpression best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TimeExpression t : SentenceDates.in(a, s.span())) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (t.span().overlaps(tokens.get(k).span())) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first < 0) {
                continue;
            }
            int gap = last < i ? i - last - 1 : first > i ? first - i - 1 : 0;
            if (gap <= DATE_REACH && gap < bestGap) {
                best = t;
                bestGap = gap;
            }
        }
        return best;
    }

    /** Groups references to one thing and compares their dates. */
    private List<DateConflict> referenceConflicts(StoryAnalysis analysis, List<Reference> refs) {
        int[] group = new int[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            group[i] = i;
        }
        for (int i = 0; i < refs.size(); i++) {
            for (int j = i + 1; j < refs.size(); j++) {
                Reference x = refs.get(i);
                Reference y = refs.get(j);
                if (x.kind().equals(y.kind()) && !java.util.Collections.disjoint(x.parties(), y.parties())
                        && !java.util.Collections.disjoint(x.words(), y.words())) {
                    union(group, i, j);
                }
            }
        }
        Map<Integer, List<Reference>> groups = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            groups.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(refs.get(i));
        }
        List<DateConflict> out = new ArrayList<>();
        for (List<Reference> g : groups.values()) {
            Set<ArticleId> articles = g.stream().map(r -> r.article().id()).collect(Collectors.toSet());
            if (g.size() < 2) {
                continue;
            }
            List<DatedMention> dates = g.stream().map(r -> new DatedMention(r.article().id(), r.date().text(),
                    r.date().resolved(), r.sentence().span())).toList();
            Verdict verdict = verdictOf(dates);
            if (articles.size() < 2 && verdict != Verdict.DISAGREE) {
                continue;
            }
            out.add(new DateConflict(subject(g), verdict, explain(analysis, verdict, dates), dates));
        }
        return out;
    }

    /** Events that are the same report in other words but dated apart. */
    private List<DateConflict> eventConflicts(StoryAnalysis analysis) {
        // the pool (terms and TF-IDF of every sentence) is built only once a pair of events needs it:
        // most stories have no two events of one action, actor and target dated apart
        Map<Citation, SentencePool.Candidate> byCitation = new HashMap<>();
        List<DateConflict> out = new ArrayList<>();
        List<Event> events = analysis.events();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                Event x = events.get(i);
                Event y = events.get(j);
                if (x.date() == null || y.date() == null || x.date().overlaps(y.date()) || x.action() != y.action()
                        || !java.util.Objects.equals(x.actor(), y.actor())
                        || !java.util.Objects.equals(x.target(), y.target())) {
                    continue;
                }
                if (byCitation.isEmpty()) {
                    new SentencePool(analysis, null, SummaryConfig.defaults()).candidates()
                            .forEach(c -> byCitation.put(c.citation(), c));
                }
                if (!paraphrases(x, y, byCitation)) {
                    continue;
                }
                List<DatedMention> dates = new ArrayList<>();
                for (Event e : List.of(x, y)) {
                    Citation c = e.evidence().get(0);
                    String basis = e.dateBasis() == null ? e.date().iso() : e.dateBasis().replaceAll("^'([^']*)'.*$", "$1");
                    dates.add(new DatedMention(c.article(), basis, e.date(), c.span()));
                }
                out.add(new DateConflict(SentenceTrimmer.trim(x.description()), Verdict.DISAGREE,
                        explain(analysis, Verdict.DISAGREE, dates), dates));
            }
        }
        return out;
    }

    private static boolean paraphrases(Event x, Event y, Map<Citation, SentencePool.Candidate> byCitation) {
        for (Citation a : x.evidence()) {
            for (Citation b : y.evidence()) {
                SentencePool.Candidate ca = byCitation.get(a);
                SentencePool.Candidate cb = byCitation.get(b);
                if (ca != null && cb != null && !a.article().equals(b.article())
                        && ca.vector().cosine(cb.vector()) >= SAME_REPORT) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Verdict verdictOf(List<DatedMention> dates) {
        if (dates.stream().map(DatedMention::date).distinct().count() == 1) {
            return Verdict.AGREE;
        }
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (!dates.get(i).date().overlaps(dates.get(j).date())) {
                    return Verdict.DISAGREE;
                }
            }
        }
        return Verdict.COMPATIBLE;
    }

    /** "agreement (de-escalation, province)": the kind of thing and the words its references share most. */
    private static String subject(List<Reference> g) {
        Map<String, Integer> counts = new HashMap<>();
        for (Reference r : g) {
            r.words().forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        List<String> shared = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey)
                .map(stem -> g.stream().map(r -> r.shown().get(stem)).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(stem))
                .toList();
        return g.get(0).kind() + (shared.isEmpty() ? "" : " (" + String.join(", ", shared) + ")");
    }

    private static String explain(StoryAnalysis analysis, Verdict verdict, List<DatedMention> dates) {
        String who = dates.stream().map(d -> SourceLabel.of(analysis.story().article(d.article()).article())
                + " “" + d.text() + "” (" + d.date().iso() + ")").collect(Collectors.joining("; "));
        switch (verdict) {
            case AGREE:
                return "The sources give the same date: " + who + ".";
            case COMPATIBLE:
                return "The dates can all be true (one is a finer part of the other): " + who + ".";
            default:
                Map<String, Long> votes = dates.stream().collect(Collectors.groupingBy(d -> d.date().iso(),
                        LinkedHashMap::new, Collectors.counting()));
                String most = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse("");
                return "The sources date it differently: " + who + "."
                        + (votes.size() > 1 && votes.get(most) > 1 ? " Most give " + most + "." : "");
        }
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int a, int b) {
        int ra = find(group, a);
        int rb = find(group, b);
        group[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
