package org.sitrep.analyse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nouns that introduce an organisation's name and hardly ever a person's: "the Tromsø start-up Skarv
 * Orbital", "carmaker Tesla", "the charity Oxfam". The tagger often reads such a name as a person's;
 * one source that introduces it this way settles the entity's type. Job words that are also said of
 * people ("producer", "developer", "publisher", "operator") are left out.
 */
final class CompanyNouns {

    /** Nouns for a business, which news also uses alone once the company is clear ("the carmaker said"). */
    static final Set<String> BUSINESSES = Set.of("company", "firm", "start-up", "startup", "carmaker",
            "automaker", "chipmaker", "lender", "insurer", "airline", "retailer", "manufacturer", "conglomerate");
    private static final Set<String> NOUNS = union(BUSINESSES, Set.of("broadcaster", "newspaper", "charity", "bank",
            "group", "agency", "subsidiary", "shipyard"));

    static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The lower-case word, with its hyphens, right before the end of the text, and the space after it. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\-])(\\p{Ll}[\\p{Ll}\\-]*) +$");

    /** How far back to look for the noun, in characters: longer than any of them plus a space. */
    private static final int LOOK_BACK = 24;

    private CompanyNouns() {
    }

    /** True when one of the nouns stands right before {@code start} in {@code text}, on the same line. */
    static boolean introduce(String text, int start) {
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, start - LOOK_BACK), start));
        return m.find() && NOUNS.contains(m.group(1));
    }
}
