package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the ordered table of boilerplate line patterns: what kind of line it finds, why the
 * pattern marks such lines (documentation for whoever tunes the table), the pattern a whole line
 * must match, and the most words a matching line may have, so that a body sentence which happens
 * to start like a prompt ("Sign up for the draft was slow...") is not taken for one. Immutable.
 *
 * <p>A rule may also name its cues: lower-case strings of which every line the pattern matches
 * holds at least one (each alternative of the pattern spells one out). A line that holds none is
 * rejected without running the pattern, which for the patterns that scan a whole paragraph
 * ({@code .*\b(?:...)\b.*}) is most of the table's cost. Cues only ever skip lines the pattern
 * would reject, so they change no result; a wrong cue would, and the table's tests check each
 * cue against lines the pattern accepts.
 *
 * @param maxWords 0 for no limit
 * @param cues empty when the pattern runs on every line short enough
 */
record BoilerplateRule(LineKind kind, String why, Pattern pattern, int maxWords, List<String> cues) {

    BoilerplateRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(pattern, "pattern");
        cues = List.copyOf(cues);
    }

    static BoilerplateRule of(LineKind kind, String why, int maxWords, String regex) {
        return new BoilerplateRule(kind, why, Pattern.compile(regex), maxWords, List.of());
    }

    /** This rule with {@code lowerCaseCues}, one of which every line it matches holds. */
    BoilerplateRule cued(String... lowerCaseCues) {
        return new BoilerplateRule(kind, why, pattern, maxWords, List.of(lowerCaseCues));
    }

    /**
     * True when the whole line matches and is short enough.
     *
     * @param lowerText the line's text lower-cased ({@link java.util.Locale#ROOT}), where the cues are looked for
     */
    boolean matches(LineShape line, String lowerText) {
        return (maxWords == 0 || line.wordCount() <= maxWords) && cued(lowerText)
                && pattern.matcher(line.text()).matches();
    }

    private boolean cued(String lowerText) {
        if (cues.isEmpty()) {
            return true;
        }
        for (String cue : cues) {
            if (lowerText.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
