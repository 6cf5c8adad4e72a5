package org.sitrep.analyse;

/**
 * The twenty root categories of the CAMEO event codebook (Conflict and Mediation Event
 * Observations), from making a public statement to using unconventional mass violence.
 */
public enum CameoCode {
    MAKE_PUBLIC_STATEMENT("01", "make public statement"),
    APPEAL("02", "appeal"),
    EXPRESS_INTENT_TO_COOPERATE("03", "express intent to cooperate"),
    CONSULT("04", "consult"),
    ENGAGE_IN_DIPLOMATIC_COOPERATION("05", "engage in diplomatic cooperation"),
    ENGAGE_IN_MATERIAL_COOPERATION("06", "engage in material cooperation"),
    PROVIDE_AID("07", "provide aid"),
    YIELD("08", "yield"),
    INVESTIGATE("09", "investigate"),
    DEMAND("10", "demand"),
    DISAPPROVE("11", "disapprove"),
    REJECT("12", "reject"),
    THREATEN("13", "threaten"),
    PROTEST("14", "protest"),
    EXHIBIT_FORCE_POSTURE("15", "exhibit force posture"),
    REDUCE_RELATIONS("16", "reduce relations"),
    COERCE("17", "coerce"),
    ASSAULT("18", "assault"),
    FIGHT("19", "fight"),
    USE_UNCONVENTIONAL_MASS_VIOLENCE("20", "use unconventional mass violence");

    private final String code;
    private final String label;

    CameoCode(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The two-digit root code, e.g. {@code "19"}. */
    public String code() {
        return code;
    }

    /** The codebook's name for the category, e.g. {@code "fight"}. */
    public String label() {
        return label;
    }

    /** True for the material and verbal conflict categories (10 and above). */
    public boolean isConflict() {
        return ordinal() >= DEMAND.ordinal();
    }
}
