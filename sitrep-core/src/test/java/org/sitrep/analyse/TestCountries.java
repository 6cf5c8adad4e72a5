package org.sitrep.analyse;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.text.Folding;

/** A few countries, demonyms and seats of government, enough for the analysis tests. */
final class TestCountries implements CountryNames {

    private static final Map<String, String> COUNTRY = Map.ofEntries(
            Map.entry("turkey", "Turkey"), Map.entry("turkish", "Turkey"), Map.entry("turks", "Turkey"),
            Map.entry("ankara", "Turkey"), Map.entry("russia", "Russia"), Map.entry("russian", "Russia"),
            Map.entry("moscow", "Russia"), Map.entry("kremlin", "Russia"), Map.entry("the kremlin", "Russia"),
            Map.entry("syria", "Syria"), Map.entry("syrian", "Syria"), Map.entry("syrians", "Syria"),
            Map.entry("damascus", "Syria"),
            Map.entry("congo", "Congo"), Map.entry("brazzaville", "Congo"), Map.entry("dr congo", "DR Congo"),
            Map.entry("kinshasa", "DR Congo"), Map.entry("wales", "Wales"), Map.entry("thailand", "Thailand"),
            Map.entry("bangkok", "Thailand"));
    /** Demonyms shared by neighbours, the usual reading first. */
    private static final Map<String, java.util.List<String>> SHARED = Map.of("congolese",
            java.util.List.of("DR Congo", "Congo"));
    private static final Set<String> SEATS = Set.of("ankara", "moscow", "kremlin", "the kremlin", "damascus",
            "brazzaville", "kinshasa", "bangkok");
    /** Seats of government that are no city. */
    private static final Set<String> NOT_CITIES = Set.of("kremlin", "the kremlin");

    @Override
    public Optional<String> countryOf(String name) {
        java.util.List<String> all = countriesOf(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    @Override
    public java.util.List<String> countriesOf(String name) {
        String key = Folding.fold(name);
        if (SHARED.containsKey(key)) {
            return SHARED.get(key);
        }
        return COUNTRY.containsKey(key) ? java.util.List.of(COUNTRY.get(key)) : java.util.List.of();
    }

    @Override
    public boolean isSeatOfGovernment(String name) {
        return SEATS.contains(Folding.fold(name));
    }

    @Override
    public boolean isCapitalCity(String name) {
        return isSeatOfGovernment(name) && !NOT_CITIES.contains(Folding.fold(name));
    }
}
