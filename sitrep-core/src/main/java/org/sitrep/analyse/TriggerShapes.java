package org.sitrep.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * The shape of the words around an event trigger that changes what the trigger reports: a passive
 * ("were killed"), an infinitive ("vowed to strike"), a reference to something agreed before ("as
 * agreed"), a denial ("did not attack"), a participle clause with no subject ("..., killing 31"). Read
 * from the tokens alone; used by {@link EventExtractor}; pure and thread-safe.
 */
final class TriggerShapes {

    /** Words right before a trigger that deny it happened ("failed to agree", "did not attack"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "failed", "fail", "refused",
            "without");
    /** Auxiliaries of a passive ("were killed", "got arrested"). */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be",
            "got", "get");

    /** True for a past participle after a passive auxiliary, perhaps past an adverb ("were reportedly killed"). */
    static boolean isPassive(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (PASSIVE_AUXILIARIES.contains(w)) {
                return tokens.get(i).pos().isEmpty() ? tokens.get(i).word().endsWith("ed")
                        || tokens.get(i).word().endsWith("en") : tokens.get(i).pos().equals("VBN");
            }
            if (!tokens.get(k).pos().startsWith("RB") && !(tokens.get(k).pos().isEmpty() && w.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True for a verb after "to": what someone vowed, planned or took hours to do, not what was done
     * ("threatened to strike", "nine hours to warn it").
     */
    static boolean isInfinitive(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return i > 0 && t.pos().equals("VB") && tokens.get(i - 1).word().equalsIgnoreCase("to");
    }

    /**
     * True for a participle right after "as" ("did not separate fighters from terrorists as agreed in
     * 2018", "as promised"): it points to what was settled before and names no one doing it, and a name
     * after it belongs to the next clause.
     */
    static boolean isReferenceToAnAgreement(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean participle = t.pos().isEmpty() ? t.word().toLowerCase(Locale.ROOT).endsWith("ed")
                : t.pos().equals("VBN") || t.pos().equals("VBD");
        return participle && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("as");
    }

    /** True when a word of denial stands just before the trigger ("failed to agree", "did not attack"). */
    static boolean isNegated(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (NEGATIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True for an "-ing" trigger right after a comma: a participle clause with no subject of its own. */
    static boolean isTrailingParticiple(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean gerund = t.pos().isEmpty() ? t.word().toLowerCase(Locale.ROOT).endsWith("ing") : t.pos().equals("VBG");
        return gerund && i > 0 && tokens.get(i - 1).word().equals(",");
    }

    /** The index of the passive auxiliary before the trigger at {@code i}. */
    static int auxiliaryAt(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (PASSIVE_AUXILIARIES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return i;
    }


    private TriggerShapes() {
    }
}
