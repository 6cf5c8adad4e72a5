package org.sitrep.analyse;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The roles of unnamed group actors that news names by a common noun, with the nouns that name
 * them. A state role ("government forces", "the regime", "troops") stands for the state itself; a
 * non-state role ("rebels", "the opposition", "militants") is an actor of its own.
 */
enum GroupRole {
    /** The state acting through its government or forces. */
    STATE(Stream.concat(Ministries.NOUNS.stream(), Stream.of("government forces",
            "government troops", "regime forces", "regime", "government", "armed forces", "army", "military", "forces",
            "troops", "security forces", "police", "navy", "coast guard", "air force")).toList()),
    /** Armed or political groups against the state. */
    REBELS(List.of("rebel groups", "rebel factions", "rebel fighters", "rebel forces", "rebels",
            "opposition fighters", "opposition groups", "opposition forces", "opposition", "insurgents",
            "militias", "militants", "jihadists", "factions"));

    private final List<String> nouns;

    GroupRole(List<String> nouns) {
        this.nouns = nouns;
    }

    /** The role's nouns, longest first, as one alternation for a regular expression. */
    String alternation() {
        return String.join("|", nouns.stream().map(Pattern::quote).toList());
    }

    /** The role a noun names (lower case, as listed), STATE for a state noun, REBELS otherwise. */
    static GroupRole of(String noun) {
        return STATE.nouns.contains(noun) ? STATE : REBELS;
    }

    /** Nouns that name nobody in particular without a modifier or an earlier mention of whose they are. */
    private static final java.util.Set<String> NEEDS_MODIFIER = java.util.Set.of("forces", "factions", "troops",
            "army", "military", "government", "security forces", "armed forces", "police", "navy", "coast guard",
            "air force");

    /** True for nouns that need a modifier before they name a group ("forces" alone names nobody). */
    static boolean needsModifier(String noun) {
        return NEEDS_MODIFIER.contains(noun) || Ministries.isMinistry(noun);
    }
}
