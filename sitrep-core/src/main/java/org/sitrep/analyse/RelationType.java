package org.sitrep.analyse;

import java.util.Locale;

/** How one actor stands to another. */
public enum RelationType {
    BACKS, OPPOSES, NEGOTIATES_WITH, ATTACKS, ALLIED_WITH, COOPERATES_WITH, CRITICISES, THREATENS;

    /** Lower-case words, as written in reports ("negotiates with"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** True when the relation holds both ways (A allied with B means B allied with A). */
    public boolean isSymmetric() {
        return this == OPPOSES || this == NEGOTIATES_WITH || this == ALLIED_WITH || this == COOPERATES_WITH;
    }
}
