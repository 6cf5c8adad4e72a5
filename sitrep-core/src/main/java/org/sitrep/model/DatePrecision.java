package org.sitrep.model;

/** How finely a date is known: a day, an ISO week, a month, a season or quarter, a year. */
public enum DatePrecision {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** Lower-case name, as written in reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
