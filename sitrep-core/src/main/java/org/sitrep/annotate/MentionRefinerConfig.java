package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tunables of the {@link MentionRefiner}, with documented defaults ({@link #defaults()}). Word
 * lists are compared lower-cased and without a trailing period. Immutable.
 *
 * @param titles words that precede a name but are not part of it ("President", "Presidents",
 *     "Minister", "Mr"): a person mention is never extended over them. Also used by the quote
 *     attributor to skip titles before a speaker's name.
 * @param notNames capitalised words that scraped pages put next to names but that are not names:
 *     section labels and page furniture ("World", "Updated", "Advertisement")
 * @param nameParticles lower-case words inside names ("al", "bin", "van", "de"): taken into a person
 *     mention when a capitalised name part follows them
 * @param organisationHeads nouns that end organisation names ("Ministry", "Council", "Agency"):
 *     a capitalised phrase ending in one is an {@code ORGANIZATION} ("Foreign Ministry")
 * @param ambiguousPlaceNames gazetteer names that are also common given names or words ("Jordan",
 *     "Chad", "Georgia"): never added as places where the tagger saw no entity
 * @param maxPersonTokens longest person name, in tokens, that extension may produce. Default 6,
 *     which covers "Recep Tayyip Erdoğan" and "Mohammed bin Salman Al Saud"
 * @param maxAcronymLength longest all-caps token taken as an acronym. Default 8
 */
public record MentionRefinerConfig(Set<String> titles, Set<String> notNames, Set<String> nameParticles,
        Set<String> organisationHeads, Set<String> ambiguousPlaceNames, int maxPersonTokens, int maxAcronymLength) {

    public MentionRefinerConfig {
        titles = lower(titles);
        notNames = lower(notNames);
        nameParticles = lower(nameParticles);
        organisationHeads = lower(organisationHeads);
        ambiguousPlaceNames = lower(ambiguousPlaceNames);
        if (maxPersonTokens < 1 || maxAcronymLength < 2) {
            throw new IllegalArgumentException("maxPersonTokens must be >= 1 and maxAcronymLength >= 2");
        }
    }

    /** The default lists (see the parameters) and limits of 6 name tokens and 8-letter acronyms. */
    public static MentionRefinerConfig defaults() {
        return new MentionRefinerConfig(DEFAULT_TITLES, DEFAULT_NOT_NAMES, DEFAULT_PARTICLES, DEFAULT_ORG_HEADS,
                DEFAULT_AMBIGUOUS, 6, 8);
    }

    /** True when {@code word} is a title ("President", "Mr."). */
    public boolean isTitle(String word) {
        return titles.contains(key(word));
    }

    /** The form word lists are compared in: lower case, no trailing period. */
    public static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(MentionRefinerConfig::key).collect(Collectors.toUnmodifiableSet());
    }

    private static final Set<String> DEFAULT_TITLES = Set.of(
            // forms of address
            "mr", "mrs", "ms", "miss", "mme", "messrs", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            // offices
            "president", "presidents", "minister", "ministers", "premier", "chancellor", "secretary",
            "secretary-general", "ambassador", "envoy", "governor", "mayor", "senator", "sen", "rep",
            "representative", "congressman", "congresswoman", "speaker", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "director", "commissioner", "judge", "justice",
            "prosecutor", "leader", "chief", "head", "king", "queen", "prince", "princess", "crown", "emir",
            "sheikh", "sultan", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "ayatollah",
            "patriarch", "vice", "deputy", "acting", "former", "late", "prime", "foreign", "defence", "defense",
            "interior", "finance", "economy", "trade", "health", "energy",
            // military ranks
            "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "cmdr",
            "commander", "adm", "admiral", "brig", "brigadier", "sgt", "sergeant", "cpl", "corporal", "pte",
            "private", "marshal", "field");

    private static final Set<String> DEFAULT_NOT_NAMES = Set.of(
            "world", "news", "politics", "opinion", "business", "sport", "sports", "analysis", "comment",
            "editorial", "updated", "published", "breaking", "exclusive", "live", "video", "photo", "photos",
            "watch", "read", "more", "advertisement", "sponsored", "share", "by", "via", "reporting", "editing",
            "source", "credit", "copyright", "getty", "images", "reuters", "afp", "ap");

    private static final Set<String> DEFAULT_PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la",
            "le", "del", "della", "dos", "das", "ter", "ten");

    private static final Set<String> DEFAULT_ORG_HEADS = Set.of(
            "ministry", "department", "office", "council", "agency", "commission", "committee", "parliament",
            "assembly", "senate", "congress", "court", "army", "navy", "forces", "corps", "guard", "guards",
            "police", "party", "front", "movement", "brigade", "brigades", "union", "league", "bank", "fund",
            "organization", "organisation", "institute", "university", "foundation", "group", "association",
            "company", "corporation", "authority", "service", "bureau", "directorate", "cabinet", "presidency",
            "observatory", "coalition", "alliance", "federation", "network", "inc", "ltd", "plc", "club");

    private static final Set<String> DEFAULT_AMBIGUOUS = Set.of(
            "jordan", "chad", "georgia", "victoria", "kiwi", "pole", "poles", "amnesty", "commonwealth", "guinea",
            "niger", "dominica", "emirates");
}
