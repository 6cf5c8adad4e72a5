package org.sitrep.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A word or phrase that reports an event of one CAMEO category ("shoot down" is {@code 19 fight}),
 * written as base forms; inflected forms ("shot down", "shooting down") match too.
 *
 * @param words the base forms of the phrase, e.g. {@code ["hold", "talks"]}
 * @param gap how many other words may stand between the phrase's words ("held two days of talks")
 * @param nounToo true when the first word reports the event as a noun too ("an attack", "the talks");
 *     otherwise, where tokens carry a part of speech, it must be a verb ("they massed troops", not
 *     "mass graves")
 */
record EventTrigger(List<String> words, CameoCode code, int gap, boolean nounToo) {

    EventTrigger {
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        if (words.isEmpty() || gap < 0) {
            throw new IllegalArgumentException("bad trigger " + words);
        }
    }

    /** A verb or verb phrase. */
    static EventTrigger of(String phrase, CameoCode code) {
        return of(phrase, code, 0);
    }

    /** A verb phrase whose words may have {@code gap} other words between them. */
    static EventTrigger of(String phrase, CameoCode code, int gap) {
        return new EventTrigger(List.of(phrase.toLowerCase(Locale.ROOT).split(" ")), code, gap, false);
    }

    /** A word that reports the event as a verb or as a noun. */
    static EventTrigger verbOrNoun(String word, CameoCode code) {
        return new EventTrigger(List.of(word.toLowerCase(Locale.ROOT)), code, 0, true);
    }
}
