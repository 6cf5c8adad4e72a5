package org.sitrep.model;

import java.util.Locale;

/**
 * What kind of thing a named mention or a resolved entity is. The geographic types refine CoreNLP's
 * coarse {@code LOCATION} where a gazetteer knows the name; {@code NATIONALITY} covers demonyms
 * ("Turkish"), which entity resolution maps to their country.
 */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, NATIONALITY, MISC;

    /** True for the geographic types. */
    public boolean isPlace() {
        return this == COUNTRY || this == CITY || this == STATE_OR_PROVINCE || this == LOCATION;
    }

    /** Lower-case name, as written in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
