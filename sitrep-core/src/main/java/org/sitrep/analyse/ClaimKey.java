package org.sitrep.analyse;

import org.sitrep.model.DateRange;

/**
 * What a numeric claim counts: the kind of thing, whose (a country, when the text ties the count to
 * one: "Turkish soldiers", "Turks"), what happened to them ("killed", "displaced"; empty when nothing
 * did), the unit, and the time the count covers when the sentence says.
 */
record ClaimKey(String kind, String country, String outcome, String unit, DateRange scope) {

    /** True when two claims may be counts of the same thing, so their values can be compared. */
    boolean sameQuantityAs(ClaimKey o) {
        if (!outcome.equals(o.outcome) || !java.util.Objects.equals(unit, o.unit)) {
            return false;
        }
        if (!CountedKind.overlap(kind, o.kind)) {
            return false;
        }
        if (country != null && o.country != null && !country.equals(o.country)) {
            return false;
        }
        return scope == null || o.scope == null || scope.overlaps(o.scope);
    }
}
