package org.sitrep.analyse;

import java.util.ArrayList;
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

    /** Portfolios, as sources write them before or after "ministry". */
    private static final List<String> PORTFOLIOS = List.of("foreign affairs", "foreign", "defence", "defense",
            "interior", "home", "justice", "finance", "economy", "trade", "health", "environment", "energy",
            "agriculture", "education", "transport", "information", "intelligence", "security", "emergencies",
            "emergency situations");

    /** "defence ministry" and "ministry of defence" for each portfolio, longer phrases first. */
    static final List<String> NOUNS = nouns();

    private Ministries() {
    }

    private static List<String> nouns() {
        List<String> out = new ArrayList<>();
        for (String p : PORTFOLIOS) {
            out.add("ministry of " + p);
            out.add(p + " ministry");
        }
        out.sort(java.util.Comparator.comparing((String n) -> -n.length()));
        return List.copyOf(out);
    }

    /** True for a ministry noun of {@link #NOUNS} in lower case. */
    static boolean isMinistry(String noun) {
        return SET.contains(noun);
    }

    private static final Set<String> SET = Set.copyOf(NOUNS);
}
