package org.sitrep.analyse;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names living beings ("hostages", "workers") or things ("satellites",
 * "bills"), so that words that report what happens to people ("released", "killed", "saved") are not
 * read as such next to things: "released five satellites" counts no one detained. {@link #NONE} knows
 * no noun; sitrep-nlp supplies one read from the noun lists CoreNLP's models ship.
 */
public interface NounAnimacy {

    /** What a noun is known to name. */
    enum Animacy {
        ANIMATE, INANIMATE, UNKNOWN
    }

    /** What {@code noun} (any case, singular or plural as written) names; {@code UNKNOWN} when not known. */
    Animacy of(String noun);

    /** Knows no noun: every word is {@code UNKNOWN}. */
    NounAnimacy NONE = noun -> Animacy.UNKNOWN;

    /**
     * From two word lists, compared in lower case. A word on both lists is {@code UNKNOWN}.
     */
    static NounAnimacy of(Set<String> animate, Set<String> inanimate) {
        Set<String> living = Set.copyOf(animate);
        Set<String> things = Set.copyOf(inanimate);
        return noun -> {
            String w = noun.toLowerCase(Locale.ROOT);
            boolean a = living.contains(w);
            boolean i = things.contains(w);
            return a == i ? Animacy.UNKNOWN : a ? Animacy.ANIMATE : Animacy.INANIMATE;
        };
    }
}
