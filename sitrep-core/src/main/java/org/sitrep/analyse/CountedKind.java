package org.sitrep.analyse;

import java.util.Map;
import java.util.Set;

/**
 * What kind of thing a counted noun names, so that "Turks", "Turkish soldiers" and "troops" can be
 * recognised as counts of overlapping groups while "towns" and "soldiers" cannot. Kinds of people
 * (soldiers, fighters, civilians, refugees, ...) are all part of {@link #PEOPLE}; any other noun is
 * its own kind.
 */
final class CountedKind {

    static final String PEOPLE = "people";

    /** Head lemmas by the kind of people they count; the reason for each row is the word's use in news. */
    private static final Map<String, String> PEOPLE_KINDS = Map.ofEntries(
            // military personnel
            Map.entry("soldier", "soldiers"), Map.entry("troop", "soldiers"), Map.entry("serviceman", "soldiers"),
            Map.entry("servicemen", "soldiers"), Map.entry("personnel", "soldiers"), Map.entry("trooper", "soldiers"),
            Map.entry("marine", "soldiers"), Map.entry("conscript", "soldiers"),
            // armed non-state or opposing fighters
            Map.entry("fighter", "fighters"), Map.entry("militant", "fighters"), Map.entry("rebel", "fighters"),
            Map.entry("insurgent", "fighters"), Map.entry("combatant", "fighters"), Map.entry("jihadist", "fighters"),
            Map.entry("militiaman", "fighters"), Map.entry("militiamen", "fighters"),
            Map.entry("civilian", "civilians"),
            Map.entry("refugee", "refugees"), Map.entry("migrant", "refugees"), Map.entry("asylum-seeker", "refugees"),
            Map.entry("child", "children"), Map.entry("children", "children"),
            Map.entry("woman", "women"), Map.entry("women", "women"),
            Map.entry("worker", "workers"), Map.entry("employee", "workers"), Map.entry("miner", "workers"),
            Map.entry("police", "police"), Map.entry("policeman", "police"), Map.entry("officer", "police"),
            Map.entry("journalist", "journalists"), Map.entry("reporter", "journalists"),
            Map.entry("protester", "protesters"), Map.entry("demonstrator", "protesters"),
            Map.entry("passenger", "passengers"), Map.entry("crew", "crew"),
            // people in general: the widest kind
            Map.entry("people", PEOPLE), Map.entry("person", PEOPLE), Map.entry("persons", PEOPLE),
            Map.entry("resident", PEOPLE), Map.entry("inhabitant", PEOPLE), Map.entry("individual", PEOPLE),
            Map.entry("victim", PEOPLE), Map.entry("other", PEOPLE), Map.entry("others", PEOPLE),
            Map.entry("survivor", PEOPLE), Map.entry("body", PEOPLE), Map.entry("bodies", PEOPLE));

    /** Modifiers that make any counted people fighters of a non-state side ("rebel soldiers"). */
    private static final Set<String> FIGHTER_MODIFIERS = Set.of("rebel", "rebels", "militant", "militants",
            "opposition", "insurgent", "jihadist", "guerrilla");

    /** Units of time: a count of them is a duration, not a claim about the world's state. */
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month",
            "year", "decade", "century", "night", "weekend", "time", "round");

    private CountedKind() {
    }

    /** The kind counted by a head lemma; {@code demonym} is true when the head itself is a nationality ("Turks"). */
    static String of(String headLemma, boolean demonym) {
        if (demonym) {
            return PEOPLE;
        }
        String h = headLemma.toLowerCase(java.util.Locale.ROOT);
        String kind = PEOPLE_KINDS.get(h);
        if (kind == null && h.endsWith("s")) {
            kind = PEOPLE_KINDS.get(h.substring(0, h.length() - 1));
        }
        return kind != null ? kind : h;
    }

    /** The kind counted by a phrase: its head's kind, made fighters by a modifier such as "rebel". */
    static String of(String headLemma, boolean demonym, String countedWords) {
        String kind = of(headLemma, demonym);
        if (isPeople(kind)) {
            for (String w : countedWords.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
                if (FIGHTER_MODIFIERS.contains(w)) {
                    return "fighters";
                }
            }
        }
        return kind;
    }

    /** True for durations and counts of rounds: not claims worth checking across sources. */
    static boolean isTimeUnit(String headLemma) {
        String h = headLemma.toLowerCase(java.util.Locale.ROOT);
        return TIME_UNITS.contains(h) || (h.endsWith("s") && TIME_UNITS.contains(h.substring(0, h.length() - 1)));
    }

    /** True when two kinds may count the same group: equal, or one is people in general and the other a kind of people. */
    static boolean overlap(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return (a.equals(PEOPLE) && isPeople(b)) || (b.equals(PEOPLE) && isPeople(a));
    }

    /** The family of a kind: kinds of different families never {@link #overlap}. */
    static String family(String kind) {
        return isPeople(kind) ? PEOPLE : kind;
    }

    static boolean isPeople(String kind) {
        return kind.equals(PEOPLE) || PEOPLE_KINDS.containsValue(kind);
    }
}
