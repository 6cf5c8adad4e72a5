package org.sitrep.analyse;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link ClaimAligner}.
 *
 * @param countries maps demonyms in counted phrases ("Turkish", "Turks") to their country
 * @param outcomes verb and noun forms, lower case, mapped to the outcome they report ("killed" for
 *     "killed", "died", "dead", "deaths"); a claim's outcome is the nearest one to its number
 * @param outcomeWindow how many tokens either side of the number an outcome word may stand (default 8)
 * @param maxRatio two sources' main figures for what looks like one quantity are compared only when
 *     the larger is at most this many times the smaller (default 3: counts of one thing reported days
 *     apart differ by a few percent or a few times, not by orders of magnitude; "scores" killed in one
 *     raid and "hundreds of thousands" killed in a war are different quantities)
 * @param minCount exact counts below this are not claims unless they count people hurt, killed or
 *     moved ("two sides", "two leaders"); default 3
 * @param animacy which counted nouns name things: next to them, a word for what happens to people
 *     ({@link #PEOPLE_OUTCOMES}) is no outcome ("released five satellites", "killed three bills"); default
 *     {@link NounAnimacy#NONE}, which knows no noun and so keeps every outcome
 */
public record ClaimAlignerConfig(CountryNames countries, Map<String, String> outcomes, int outcomeWindow,
        double maxRatio, double minCount, NounAnimacy animacy) {

    public ClaimAlignerConfig {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(animacy, "animacy");
        outcomes = Map.copyOf(outcomes);
        if (outcomeWindow < 1 || maxRatio < 1 || minCount < 0) {
            throw new IllegalArgumentException("bad claim aligner config");
        }
    }

    public static ClaimAlignerConfig withCountries(CountryNames countries) {
        return new ClaimAlignerConfig(countries, Map.ofEntries(
                Map.entry("kill", "killed"), Map.entry("killed", "killed"), Map.entry("kills", "killed"),
                Map.entry("killing", "killed"), Map.entry("die", "killed"), Map.entry("died", "killed"),
                Map.entry("dead", "killed"), Map.entry("death", "killed"), Map.entry("deaths", "killed"),
                Map.entry("lives", "killed"), Map.entry("fatalities", "killed"),
                Map.entry("wound", "wounded"), Map.entry("wounded", "wounded"), Map.entry("injure", "wounded"),
                Map.entry("injured", "wounded"), Map.entry("injuries", "wounded"), Map.entry("hurt", "wounded"),
                Map.entry("displace", "displaced"), Map.entry("displaced", "displaced"), Map.entry("flee", "displaced"),
                Map.entry("fled", "displaced"), Map.entry("fleeing", "displaced"), Map.entry("evacuate", "displaced"),
                Map.entry("evacuated", "displaced"), Map.entry("homeless", "displaced"),
                Map.entry("evacuation", "displaced"), Map.entry("evacuees", "displaced"), Map.entry("homes", "displaced"),
                Map.entry("arrest", "detained"), Map.entry("arrested", "detained"), Map.entry("detain", "detained"),
                Map.entry("detained", "detained"), Map.entry("held", "detained"),
                // the same people or things are counted when they are seized and when they are freed
                Map.entry("seized", "detained"), Map.entry("seize", "detained"),
                Map.entry("released", "detained"), Map.entry("freed", "detained"), Map.entry("release", "detained"),
                Map.entry("missing", "missing"), Map.entry("trapped", "trapped"), Map.entry("trapping", "trapped"),
                Map.entry("trap", "trapped"), Map.entry("stranded", "trapped"), Map.entry("buried", "trapped"), Map.entry("rescue", "rescued"), Map.entry("rescued", "rescued"),
                Map.entry("rescuers", "rescued"), Map.entry("survivors", "rescued"), Map.entry("survivor", "rescued"),
                Map.entry("saved", "rescued"), Map.entry("toll", "killed"),
                Map.entry("deploy", "deployed"), Map.entry("deployed", "deployed"), Map.entry("station", "deployed"),
                Map.entry("stationed", "deployed"), Map.entry("mass", "deployed"), Map.entry("massed", "deployed"),
                Map.entry("shelter", "sheltered"), Map.entry("shelters", "sheltered"), Map.entry("host", "sheltered"),
                Map.entry("hosts", "sheltered")), 8, 3.0, 3, NounAnimacy.NONE);
    }

    /** These settings, telling things from living beings with {@code animacy}. */
    public ClaimAlignerConfig withAnimacy(NounAnimacy animacy) {
        return new ClaimAlignerConfig(countries, outcomes, outcomeWindow, maxRatio, minCount, animacy);
    }

    /** Outcomes that happen to people at one time and can be split into parts (12 died in one blast, 11 in another). */
    /**
     * Outcomes that happen only to living beings, reported by words that are also said of things:
     * "released" and "seized" (satellites, funds), "saved" (money), "hosts" (events), "buried" (cables),
     * "killed" (a bill). "deployed" and "missing" are said of ships and aircraft as well, and stay.
     */
    static final java.util.Set<String> PEOPLE_OUTCOMES = java.util.Set.of("killed", "wounded", "displaced",
            "detained", "trapped", "rescued", "sheltered");

    static final java.util.Set<String> EVENT_OUTCOMES = java.util.Set.of("killed", "wounded", "displaced", "detained",
            "missing", "rescued", "trapped");

    public static ClaimAlignerConfig defaults() {
        return withCountries(CountryNames.NONE);
    }
}
