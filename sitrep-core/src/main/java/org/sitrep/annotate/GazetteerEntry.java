package org.sitrep.annotate;

import java.util.Objects;
import org.sitrep.model.EntityType;

/**
 * One reading of a name in the {@link Gazetteer}: the name as listed, the country, territory or
 * organisation it stands for, the role the name plays for it, and the entity type of the name
 * itself ("Ankara" is a {@code CITY} naming the capital of Turkey; "Turkish" a {@code NATIONALITY}).
 * Immutable.
 *
 * @param name the name as the gazetteer lists it
 * @param canonical the canonical name of the country, territory or organisation
 * @param role how the name relates to it
 * @param type what the name itself denotes
 * @param secondary true when the name usually stands for another place and only sometimes for this
 *     one ("Congolese" for the Republic of the Congo): readings list it after the usual one
 */
public record GazetteerEntry(String name, String canonical, Role role, EntityType type, boolean secondary) {

    /** How a name relates to the place or body it stands for. */
    public enum Role {
        /** The canonical name or an alias ("Turkey", "Türkiye", "U.S.", "Nato"). */
        NAME,
        /** A capital city ("Ankara"). */
        CAPITAL,
        /** Another city in the country ("Aleppo"). */
        CITY,
        /** A demonym or adjective ("Turkish", "Turks", "Emirati"). */
        DEMONYM,
        /** A seat-of-government metonym that is not a capital ("the Kremlin", "Downing Street"). */
        SEAT
    }

    /** A usual (not secondary) reading. */
    public GazetteerEntry(String name, String canonical, Role role, EntityType type) {
        this(name, canonical, role, type, false);
    }

    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
    }
}
