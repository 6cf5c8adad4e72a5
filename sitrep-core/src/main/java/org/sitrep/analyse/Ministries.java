package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The common nouns news uses for a state's ministries ("the Russian defence ministry", "Turkey's
 * foreign ministry", "the Ministry of Interior"): a department of the government, so that where the
 * text names the state whose it is, the ministry acts as that state. The nouns pair a portfolio with
 * "ministry" in both orders; "ministry" alone is left out, since "the ministry said" names nobody in
 * particular without a reading of the sentences before it.
 */
final class Ministries {

    /** Portfolios as sources write them before "ministry" ("the defence ministry"). */
    private static final List<String> BEFORE = List.of("foreign affairs", "foreign", "defence", "defense",
            "interior", "home", "justice", "finance", "economy", "trade", "health", "environment", "energy",
            "agriculture", "education", "transport", "information", "intelligence", "security", "emergencies",
            "emergency situations");

    /** Portfolios as sources write them after "ministry of" ("the Ministry of Foreign Affairs"). */
    private static final List<String> AFTER = List.of("foreign affairs", "defence", "defense", "interior",
            "internal affairs", "justice", "finance", "economy", "trade", "health", "environment", "energy",
            "agriculture", "education", "transport", "information", "intelligence", "security",
            "emergency situations");

    /** "defence ministry" and "ministry of defence" forms, longer phrases first. */
    static final List<String> NOUNS = nouns();

    private static final Set<String> SET = Set.copyOf(NOUNS);

    private Ministries() {
    }

    private static List<String> nouns() {
        List<String> out = new ArrayList<>();
        BEFORE.forEach(p -> out.add(p + " ministry"));
        AFTER.forEach(p -> out.add("ministry of " + p));
        out.sort(Comparator.comparing((String n) -> -n.length()));
        return List.copyOf(out);
    }

    /** True for a ministry noun of {@link #NOUNS} in lower case. */
    static boolean isMinistry(String noun) {
        return SET.contains(noun);
    }
}
