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
            Map.entry("damascus", "Syria"));
    private static final Set<String> SEATS = Set.of("ankara", "moscow", "kremlin", "the kremlin", "damascus");

    @Override
    public Optional<String> countryOf(String name) {
        return Optional.ofNullable(COUNTRY.get(Folding.fold(name)));
    }

    @Override
    public boolean isSeatOfGovernment(String name) {
        return SEATS.contains(Folding.fold(name));
    }
}
