package org.sitrep.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the ordered table of boilerplate line patterns: what kind of line it finds, why the
 * pattern marks such lines (documentation for whoever tunes the table), the pattern a whole line
 * must match, and the most words a matching line may have, so that a body sentence which happens
 * to start like a prompt ("Sign up for the draft was slow...") is not taken for one. Immutable.
 *
 * @param maxWords 0 for no limit
 */
record BoilerplateRule(LineKind kind, String why, Pattern pattern, int maxWords) {

    BoilerplateRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(pattern, "pattern");
    }

    static BoilerplateRule of(LineKind kind, String why, int maxWords, String regex) {
        return new BoilerplateRule(kind, why, Pattern.compile(regex), maxWords);
    }

    /** True when the whole line matches and is short enough. */
    boolean matches(LineShape line) {
        return (maxWords == 0 || line.wordCount() <= maxWords) && pattern.matcher(line.text()).matches();
    }
}
