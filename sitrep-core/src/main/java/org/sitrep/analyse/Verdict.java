package org.sitrep.analyse;

import java.util.Locale;

/**
 * What the sources say about one counted quantity: they give the same value ({@code AGREE}), values
 * that can all be true ({@code COMPATIBLE}: "more than a dozen" and 14), values that cannot
 * ({@code DISAGREE}), or only one source gives it ({@code SINGLE}).
 */
public enum Verdict {
    AGREE, COMPATIBLE, DISAGREE, SINGLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
