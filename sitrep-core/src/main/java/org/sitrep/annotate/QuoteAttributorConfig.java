package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tunables of the {@link QuoteAttributor}, with documented defaults ({@link #defaults()}).
 * Immutable.
 *
 * @param maxScareQuoteWords quoted text of at most this many words is a scare quote or a title
 *     ("terrorist organizations", "heavy price", "Face the Nation"), not a quote, unless a speech cue
 *     follows it directly ("“No,” he said"). Default 3.
 * @param cueWindowTokens how far, in tokens, after a closing mark the attributor looks for the
 *     speaker and verb ("”, Russia’s Foreign Minister, Sergey Lavrov, said"). Default 12.
 * @param pronounWindowSentences how many sentences back a pronoun speaker ("he said") may find the
 *     previous quote's speaker or a named person. Default 3.
 * @param speechVerbs lemmas of verbs that attribute a direct quote ("say", "tell", "add")
 * @param reportingVerbs lemmas of verbs that introduce an indirect statement ("X said that ..."); a
 *     narrower list, because "X called for ..." reports no words
 * @param framingVerbs lemmas that attribute a quote only when it follows them as their object ("He
 *     called the area “one of the last hotbeds”")
 * @param groupNouns nouns (as written or as lemmas) for people who speak as a group, not for a body:
 *     "residents on both sides of the border" keeps its modifiers, where "a spokesman for the
 *     ministry" is the ministry's speaker
 */
public record QuoteAttributorConfig(int maxScareQuoteWords, int cueWindowTokens, int pronounWindowSentences,
        Set<String> speechVerbs, Set<String> reportingVerbs, Set<String> framingVerbs, Set<String> groupNouns) {

    public QuoteAttributorConfig {
        if (maxScareQuoteWords < 0 || cueWindowTokens < 1 || pronounWindowSentences < 0) {
            throw new IllegalArgumentException("bad quote attributor limits");
        }
        speechVerbs = lower(speechVerbs);
        reportingVerbs = lower(reportingVerbs);
        framingVerbs = lower(framingVerbs);
        groupNouns = lower(groupNouns);
    }

    public static QuoteAttributorConfig defaults() {
        return new QuoteAttributorConfig(3, 12, 3, DEFAULT_SPEECH_VERBS, DEFAULT_REPORTING_VERBS,
                DEFAULT_FRAMING_VERBS, DEFAULT_GROUP_NOUNS);
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static final Set<String> DEFAULT_REPORTING_VERBS = Set.of("say", "tell", "add", "warn", "announce",
            "claim", "insist", "state", "report", "note", "argue", "confirm", "deny", "stress", "explain", "write",
            "tweet", "acknowledge", "allege", "emphasise", "emphasize", "maintain", "assert", "declare", "admit",
            "reiterate", "predict", "caution", "contend", "suggest", "signal", "concede");

    private static final Set<String> DEFAULT_SPEECH_VERBS = Set.of("say", "tell", "add", "warn", "announce", "claim",
            "insist", "state", "report", "note", "argue", "confirm", "deny", "stress", "explain", "write", "tweet",
            "acknowledge", "allege", "emphasise", "emphasize", "declare", "admit", "reiterate", "predict",
            "caution", "ask", "reply", "respond", "continue", "conclude", "remark", "comment", "urge", "vow",
            "recall", "observe", "quip", "shout", "scream", "whisper", "complain", "counter", "joke",
            "plead", "exclaim", "post", "quote");

    private static final Set<String> DEFAULT_FRAMING_VERBS = Set.of("call", "describe", "term", "dub", "label",
            "brand");

    /**
     * People who speak for themselves, as a crowd or one of it, not for a body: the words around them
     * say which crowd ("families of the victims", "a resident of Coria"). Lemmas and plurals alike.
     */
    private static final Set<String> DEFAULT_GROUP_NOUNS = Set.of("resident", "residents", "people", "villager",
            "villagers", "local", "locals", "family", "families", "relative", "relatives", "neighbour", "neighbours",
            "neighbor", "neighbors", "witness", "witnesses", "survivor", "survivors", "victim", "victims", "parent",
            "parents", "student", "students", "pupil", "pupils", "worker", "workers", "employee", "employees",
            "farmer", "farmers", "fisherman", "fishermen", "protester", "protesters", "demonstrator",
            "demonstrators", "refugee", "refugees", "migrant", "migrants", "voter", "voters", "passenger",
            "passengers", "citizen", "citizens", "inhabitant", "inhabitants", "customer", "customers", "patient",
            "patients", "child", "children", "woman", "women", "man", "men", "member", "members", "supporter",
            "supporters", "opponent", "opponents", "fan", "fans", "activist", "activists", "campaigner",
            "campaigners", "owner", "owners", "driver", "drivers", "trader", "traders", "shopkeeper",
            "shopkeepers", "tourist", "tourists", "visitor", "visitors", "crowd", "crowds", "mother", "mothers",
            "father", "fathers", "friend", "friends", "colleague", "colleagues", "others", "many", "some", "most",
            "dozens", "hundreds", "thousands");
}
