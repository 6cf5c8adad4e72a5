package org.sitrep.annotate;

import java.util.Locale;

/**
 * How a number is hedged in the text: exact ("14"), about ("some 900,000", "around"), nearly
 * ("nearly 20"), more than ("more than a dozen", "over 600"), at least, fewer than, up to ("up to
 * 10,000"), a range ("10 to 12"), or a vague plural ("dozens", "hundreds of thousands").
 */
public enum Qualifier {
    EXACT, ABOUT, NEARLY, MORE_THAN, AT_LEAST, FEWER_THAN, UP_TO, RANGE, VAGUE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
