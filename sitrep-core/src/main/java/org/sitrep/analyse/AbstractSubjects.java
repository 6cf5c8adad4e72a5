package org.sitrep.analyse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Token;
import org.sitrep.model.Span;

/**
 * Whether a party's name only qualifies an abstract noun that is the real subject of a clause, so that
 * the party did not act: in "Tension between Moscow and Ankara escalated" and "clashes with Turkey
 * killed five soldiers" the tension and the clashes do what the verb says, and in "despite Turkey's
 * warnings" or "Turkish warnings" the party owns words, not the deed. A state of affairs between
 * parties or a thing said is no actor, so such a clause has none.
 *
 * <p>Read from the text around the name alone (no parse): a possessive ("Turkey's warnings", perhaps
 * with up to two words between, "Turkey's repeated warnings"), a name right before the noun ("Turkish
 * warnings"), or a name in the prepositional phrase that follows the noun ("tension between Moscow and
 * Ankara", "fighting involving Syria"). Nouns of a deed by one side ("strikes", "shelling", "attacks")
 * are deliberately absent: "Russian air strikes killed" has Russia for its actor. Pure and thread-safe.
 */
final class AbstractSubjects {

    /** Nouns for a state of affairs between sides or for words said, which can be a clause's subject but not an actor. */
    static final Set<String> NOUNS = Set.of("tension", "tensions", "violence", "fighting", "clash", "clashes",
            "conflict", "conflicts", "war", "hostilities", "unrest", "crisis", "dispute", "disputes", "row", "feud",
            "standoff", "stand-off", "escalation", "rivalry", "confrontation", "confrontations", "friction", "rift",
            "animosity", "instability", "turmoil", "chaos", "warning", "warnings", "rhetoric", "threats");

    /** Of those, the ones a single side can wage: "Russia's war" is Russia's deed, the war between two sides is not. */
    private static final Set<String> WAGED = Set.of("war", "escalation");

    private static final String NOUN = "(?i:" + String.join("|", NOUNS) + ")";
    private static final String NOUN_NOT_WAGED = "(?:" + String.join("|",
            NOUNS.stream().filter(n -> !WAGED.contains(n)).sorted().toList()) + ")";
    /** After the name: a possessive with up to two words before the noun, or the noun right after the name. */
    private static final Pattern OWNER = Pattern.compile(
            "^(?:['’]s(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}|)\\s+(?<noun>(?i:" + NOUN_NOT_WAGED + "))\\b");
    /** Before the name: the noun, a preposition and perhaps other names joined by commas or "and". */
    private static final Pattern COMPLEMENT = Pattern.compile("\\b" + NOUN
            + "\\s+(?:between|among|amongst|with|involving|against|over|of)\\s+(?:the\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+|\\s*,\\s*|\\s+(?:and|or)\\s+))*$");
    /** How far before a name the noun governing it may start. */
    private static final int REACH = 100;

    private AbstractSubjects() {
    }

    /**
     * True when the name at {@code name} in {@code text} qualifies an abstract noun rather than acting.
     * A listed word after the name counts as that noun only where the sentence's tokens read it as one:
     * not the event's own verb, token {@code verb} ("Turkey clashes with Russia"), not tagged a finite
     * verb, and not a modifier of the noun after it ("Russian fighting positions").
     */
    static boolean qualifies(String text, Span name, List<Token> tokens, int verb) {
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 60));
        Matcher owner = OWNER.matcher(after);
        if (owner.find() && readAsNoun(tokens, name.end() + owner.start("noun"), verb)) {
            return true;
        }
        String before = text.substring(Math.max(0, name.start() - REACH), name.start());
        // the window may start mid-word; the pattern needs a whole noun, so that is harmless
        return COMPLEMENT.matcher(before).find();
    }

    private static boolean readAsNoun(List<Token> tokens, int offset, int verb) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().start() == offset) {
                if (k == verb) {
                    return false;
                }
                String pos = tokens.get(k).pos();
                boolean finiteVerb = pos != null && pos.startsWith("VB") && !pos.equals("VBG");
                boolean modifier = k + 1 < tokens.size() && tokens.get(k + 1).pos() != null
                        && tokens.get(k + 1).pos().startsWith("NN");
                return !finiteVerb && !modifier;
            }
        }
        return true;
    }
}
