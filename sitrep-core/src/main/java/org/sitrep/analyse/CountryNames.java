package org.sitrep.analyse;

import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.annotate.GazetteerEntry;
import org.sitrep.model.EntityType;

/**
 * What entity resolution needs to know about place names: which country a name stands for (the
 * country's own names, its demonyms, its capital and seat-of-government metonyms such as "Ankara" or
 * "the Kremlin"), and whether a name is a seat of government rather than the country itself, since
 * "Ankara said" is Turkey's government but "talks in Ankara" is the city.
 */
public interface CountryNames {

    /** The canonical name of the country (or international organisation) {@code name} stands for. */
    Optional<String> countryOf(String name);

    /**
     * Every country {@code name} may stand for, the usual reading first: one for most names, several
     * for a demonym shared by neighbours ("Congolese", "Korean"). The default is {@link #countryOf}'s.
     */
    default List<String> countriesOf(String name) {
        return countryOf(name).map(List::of).orElse(List.of());
    }

    /** True when {@code name} is a capital or seat of government rather than the country's own name. */
    boolean isSeatOfGovernment(String name);

    /**
     * True when {@code name} is a capital city, which pages name as a place as often as for its
     * government ("Bangkok is easy to get around"), unlike a seat that is no city ("the Kremlin").
     * The default counts every seat of government as a capital.
     */
    default boolean isCapitalCity(String name) {
        return isSeatOfGovernment(name);
    }

    /** Whether a canonical name from {@link #countryOf} is a country or an organisation ("NATO"). */
    default EntityType typeOfCanonical(String canonical) {
        return EntityType.COUNTRY;
    }

    /**
     * The names a gazetteer knows, read as entity resolution needs them: a country's names, its
     * demonyms, its capital and its seats of government stand for the country; any other city is
     * only itself ("Aleppo" is a place in Syria, not Syria acting).
     */
    static CountryNames of(Gazetteer gazetteer) {
        return new CountryNames() {
            @Override
            public Optional<String> countryOf(String name) {
                for (GazetteerEntry e : gazetteer.readings(name)) {
                    if (e.role() != GazetteerEntry.Role.CITY) {
                        return Optional.of(e.canonical());
                    }
                }
                return Optional.empty();
            }

            @Override
            public List<String> countriesOf(String name) {
                java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
                for (GazetteerEntry e : gazetteer.readings(name)) {
                    if (e.role() != GazetteerEntry.Role.CITY) {
                        out.add(e.canonical());
                    }
                }
                return List.copyOf(out);
            }

            @Override
            public EntityType typeOfCanonical(String canonical) {
                return gazetteer.typeOf(canonical).orElse(EntityType.COUNTRY);
            }

            @Override
            public boolean isCapitalCity(String name) {
                return isSeatOfGovernment(name)
                        && gazetteer.readings(name).stream().anyMatch(e -> e.role() == GazetteerEntry.Role.CAPITAL);
            }

            @Override
            public boolean isSeatOfGovernment(String name) {
                List<GazetteerEntry> readings = gazetteer.readings(name);
                boolean countryName = readings.stream().anyMatch(e -> e.role() == GazetteerEntry.Role.NAME
                        || e.role() == GazetteerEntry.Role.DEMONYM);
                return !countryName && readings.stream().anyMatch(e -> e.role() == GazetteerEntry.Role.CAPITAL
                        || e.role() == GazetteerEntry.Role.SEAT);
            }
        };
    }

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
