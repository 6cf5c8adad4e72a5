package org.sitrep.analyse;

/**
 * What a group of figures counts, in a form other stories' figures can be compared with: the kind of
 * thing ("soldiers", "refugees", "people"), whose (a country, or null), what happened to them
 * ("killed", "displaced", or "" when nothing did), and the unit (null for plain counts).
 */
public record CountedQuantity(String kind, String country, String outcome, String unit) {

    public CountedQuantity {
        kind = kind == null ? "" : kind;
        outcome = outcome == null ? "" : outcome;
    }

    /**
     * True when two groups, perhaps from different stories, may count the same thing: kinds that
     * overlap, no two different countries or units, and the same outcome unless one names none
     * ("3.6 million Syrian refugees" and "hosts 3.6 million Syrians").
     */
    public boolean mayEqual(CountedQuantity o) {
        return CountedKind.overlap(kind, o.kind)
                && (country == null || o.country == null || country.equals(o.country))
                && java.util.Objects.equals(unit, o.unit)
                && (outcome.isEmpty() || o.outcome.isEmpty() || outcome.equals(o.outcome));
    }
}
