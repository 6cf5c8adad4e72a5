package org.sitrep.annotate;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateRange;

/**
 * One named rule of the {@link DateResolver}: a pattern over a time expression's lower-cased
 * wording and what a match resolves to. Rules are tried in the order of {@link DateRules#ORDERED};
 * the first whose pattern is found decides, even when it decides that the expression cannot be
 * resolved.
 */
record DateRule(String name, Pattern pattern, BiFunction<Matcher, DateContext, Result> resolve) {

    /** What a rule decided: a range (null when unresolved) and why. */
    record Result(DateRange range, String basis) {

        static Result of(DateRange range, String basis) {
            return new Result(range, basis);
        }

        static Result unresolved(String why) {
            return new Result(null, why);
        }
    }

    static DateRule of(String name, String regex, BiFunction<Matcher, DateContext, Result> resolve) {
        return new DateRule(name, Pattern.compile(regex), resolve);
    }
}
