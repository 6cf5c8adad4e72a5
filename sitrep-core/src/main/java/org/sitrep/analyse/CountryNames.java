package org.sitrep.analyse;

import java.util.Optional;

/**
 * What entity resolution needs to know about place names: which country a name stands for (the
 * country's own names, its demonyms, its capital and seat-of-government metonyms such as "Ankara" or
 * "the Kremlin"), and whether a name is a seat of government rather than the country itself, since
 * "Ankara said" is Turkey's government but "talks in Ankara" is the city.
 */
public interface CountryNames {

    /** The canonical name of the country (or international organisation) {@code name} stands for. */
    Optional<String> countryOf(String name);

    /** True when {@code name} is a capital or seat of government rather than the country's own name. */
    boolean isSeatOfGovernment(String name);

    /** Knows no names. */
    CountryNames NONE = new CountryNames() {
        @Override
        public Optional<String> countryOf(String name) {
            return Optional.empty();
        }

        @Override
        public boolean isSeatOfGovernment(String name) {
            return false;
        }
    };
}
