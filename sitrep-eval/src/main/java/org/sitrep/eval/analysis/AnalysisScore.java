package org.sitrep.eval.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts from scoring analysis against gold, summed over cases (micro): figure pairs grouped
 * together rightly and wrongly, gold figure pairs, claim verdicts right out of gold groups, events
 * and relations found out of gold, and, on exhaustive cases, system events and relations that match
 * gold out of all the system gave; and {@code misses}, one line for each gold event or relation not
 * found and each system event or relation of an exhaustive case that no gold item matches, so a
 * reader sees what the counts stand for.
 */
public record AnalysisScore(int pairsRight, int pairsWrong, int goldPairs, int verdictsRight, int goldGroups,
        int eventsFound, int goldEvents, int systemEventsRight, int systemEvents, int relationsFound,
        int goldRelations, int systemRelationsRight, int systemRelations, List<String> misses) {

    public static final AnalysisScore ZERO = new AnalysisScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public AnalysisScore {
        misses = List.copyOf(misses);
    }

    public AnalysisScore plus(AnalysisScore o) {
        return new AnalysisScore(pairsRight + o.pairsRight, pairsWrong + o.pairsWrong, goldPairs + o.goldPairs,
                verdictsRight + o.verdictsRight, goldGroups + o.goldGroups, eventsFound + o.eventsFound,
                goldEvents + o.goldEvents, systemEventsRight + o.systemEventsRight, systemEvents + o.systemEvents,
                relationsFound + o.relationsFound, goldRelations + o.goldRelations,
                systemRelationsRight + o.systemRelationsRight, systemRelations + o.systemRelations,
                concat(misses, o.misses));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public double claimPairPrecision() {
        return ratio(pairsRight, pairsRight + pairsWrong);
    }

    public double claimPairRecall() {
        return ratio(pairsRight, goldPairs);
    }

    public double verdictAccuracy() {
        return ratio(verdictsRight, goldGroups);
    }

    public double eventRecall() {
        return ratio(eventsFound, goldEvents);
    }

    public double eventPrecision() {
        return ratio(systemEventsRight, systemEvents);
    }

    public double relationRecall() {
        return ratio(relationsFound, goldRelations);
    }

    public double relationPrecision() {
        return ratio(systemRelationsRight, systemRelations);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : a / (double) b;
    }

    /** A Markdown table of the scores with their counts. */
    public String table() {
        return String.format(Locale.ROOT, "| measure | score | counts |%n|---|---|---|%n"
                        + "| claim pairs grouped, precision | %.3f | %d / %d |%n"
                        + "| claim pairs grouped, recall | %.3f | %d / %d |%n"
                        + "| claim verdicts right | %.3f | %d / %d |%n"
                        + "| events, recall | %.3f | %d / %d |%n"
                        + "| events, precision (exhaustive cases) | %.3f | %d / %d |%n"
                        + "| relations, recall | %.3f | %d / %d |%n"
                        + "| relations, precision (exhaustive cases) | %.3f | %d / %d |%n",
                claimPairPrecision(), pairsRight, pairsRight + pairsWrong, claimPairRecall(), pairsRight, goldPairs,
                verdictAccuracy(), verdictsRight, goldGroups, eventRecall(), eventsFound, goldEvents,
                eventPrecision(), systemEventsRight, systemEvents, relationRecall(), relationsFound, goldRelations,
                relationPrecision(), systemRelationsRight, systemRelations);
    }

    /** The misses as Markdown list lines, or an empty string when there are none. */
    public String missesList() {
        return misses.isEmpty() ? "" : String.join(System.lineSeparator(), misses) + System.lineSeparator();
    }
}
