package org.sitrep.analyse;

import java.util.Objects;
import java.util.Set;

/**
 * Settings of {@link EntityResolver}.
 *
 * @param countries the gazetteer used to map demonyms and seats of government to their country
 * @param locativeWords words that, right before a capital's name, make it the place rather than the
 *     government ("talks in Ankara" against "Ankara said")
 * @param partyWords words that, right before one of the locative words, make the capital after it the
 *     government again: the preposition then names who is addressed, pressed or sided with, not where
 *     ("call on Ankara", "closer to Moscow", "pressure from Madrid", "critical of Beijing")
 * @param honorifics words kept in front of a name when listing the forms sources use ("Mr Erdogan")
 * @param placeDesignators lower-case words for a kind of area that sources put after a place's name
 *     or leave out ("Idlib Governorate" and "Idlib"); words that name a different place than the bare
 *     name ("Mexico City", "New York State") do not belong here, nor "county", whose bare name is
 *     often a town of its own ("Sonoma County" and the town of Sonoma)
 */
public record EntityResolverConfig(CountryNames countries, Set<String> locativeWords, Set<String> partyWords,
        Set<String> honorifics, Set<String> placeDesignators) {

    public EntityResolverConfig {
        Objects.requireNonNull(countries, "countries");
        locativeWords = Set.copyOf(locativeWords);
        partyWords = Set.copyOf(partyWords);
        honorifics = Set.copyOf(honorifics);
        placeDesignators = Set.copyOf(placeDesignators);
    }

    /**
     * Verbs, nouns and adjectives that take a party after their preposition: appeals and pressure
     * ("call on", "pressure on", "demands from"), alignment ("closer to", "loyal to", "ally of",
     * "critical of", "support for"), messages ("letter to", "response from") and those who act for the
     * government ("officials in Madrid", "the government in Oslo", "the Trade Ministry in Oslo"). Motion and location
     * words ("flew to", "talks in", "north of") are deliberately absent.
     */
    private static final Set<String> PARTY_WORDS = Set.of("call", "calls", "called", "calling", "pressure",
            "pressures", "pressured", "pressuring", "closer", "close", "loyal", "loyalty", "turned", "turn", "turning",
            "message", "messages", "appeal", "appeals", "appealed", "letter", "letters", "support", "backing",
            "response", "reply", "request", "requests", "demand", "demands", "warning", "warnings", "assurances",
            "approval", "permission", "objections", "critical", "critic", "critics", "criticism", "wary",
            "suspicious", "ally", "allies", "allied", "proxy", "proxies", "sanctions", "dependent", "dependence",
            "reliant", "rely", "relies", "relying", "hostile", "hostility", "pivot", "tilt", "overtures",
            "concessions", "aid", "help", "signal", "signals", "ultimatum", "complaint", "complaints", "protest",
            "protests", "protested", "official", "officials", "authorities", "government", "governments", "regime",
            "administration", "leadership", "cabinet", "junta", "ministry", "ministries", "parliament");

    /** Defaults with the given gazetteer. */
    public static EntityResolverConfig withCountries(CountryNames countries) {
        return new EntityResolverConfig(countries,
                Set.of("in", "at", "to", "from", "near", "into", "toward", "towards", "across", "outside", "around",
                        "via", "inside", "within", "through", "throughout", "over", "on", "of", "for"),
                PARTY_WORDS,
                Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Messrs", "Messrs.", "President",
                        "Prime Minister", "King", "Queen", "Prince", "Sheikh", "General", "Gen.", "Chancellor"),
                Set.of("province", "governorate", "prefecture", "oblast", "district", "region", "valley"));
    }

    /** Defaults without a gazetteer (no metonymy or demonym mapping). */
    public static EntityResolverConfig defaults() {
        return withCountries(CountryNames.NONE);
    }
}
