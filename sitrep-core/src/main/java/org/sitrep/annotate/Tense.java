package org.sitrep.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a time expression, as far as date resolution needs it: does the
 * clause report something that happened (past), something scheduled or expected (future), or is
 * it in the present or without a verb (present).
 *
 * <p>{@link #around} reads it from part-of-speech tags: the nearest verb group to the left of the
 * expression in its sentence, or, when there is none ("On Monday, Turkey will ..."), the nearest to
 * the right. "will", "'ll", "shall", "is due to", "plans to", "is expected to", "is set to" and
 * "going to" make a future; a past-tense verb, "did", or a present perfect ("has said") a past;
 * a participle alone ("vowing", "killed" as an adjective) decides nothing and the search goes on.
 */
public enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall", "wo");
    /** Words that, followed by "to", put what follows in the future ("is due to meet", "plans to"). */
    private static final Set<String> FUTURE_GOVERNORS = Set.of("due", "set", "expected", "scheduled", "slated",
            "planned", "plan", "plans", "planning", "intend", "intends", "intended", "aim", "aims", "going",
            "poised", "prepared", "preparing", "likely", "hope", "hopes", "hoping", "seek", "seeks", "seeking");
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "'s", "’s", "'ve", "’ve");
    /** Tokens a verb group may hold besides verbs: negation, adverbs, the infinitive marker. */
    private static final Set<String> GROUP_TAGS = Set.of("MD", "RB", "TO", "RP");
    /** Where a clause ends for this search: the tense of the next clause is not this one's. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "“", "”", "\"", "—");

    /**
     * The tense around tokens {@code [from, to)} of {@code tokens} (one sentence's tokens); PRESENT
     * when no verb says otherwise.
     */
    public static Tense around(List<Token> tokens, int from, int to) {
        for (int j = from - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (CLAUSE_BREAKS.contains(t.word())) {
                break;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                Tense tense = ofGroupEndingAt(tokens, j);
                if (tense != null) {
                    return tense;
                }
            }
        }
        for (int j = to; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (CLAUSE_BREAKS.contains(t.word())) {
                break;
            }
            if (t.isVerb() || t.pos().equals("MD")) {
                Tense tense = ofGroupStartingAt(tokens, j);
                if (tense != null) {
                    return tense;
                }
            }
        }
        return PRESENT;
    }

    /** The tense of the verb group whose last token is {@code end}, or null when it is non-finite. */
    private static Tense ofGroupEndingAt(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && inGroup(tokens.get(start - 1))) {
            start--;
        }
        // "plans to meet": the word before "to" may make the group future even when it is a noun
        // or adjective ("is due to", "is set to")
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("TO") && k > 0 && FUTURE_GOVERNORS.contains(lower(tokens.get(k - 1)))) {
                return FUTURE;
            }
        }
        return ofGroup(tokens, start, end);
    }

    private static Tense ofGroupStartingAt(List<Token> tokens, int start) {
        int end = start;
        while (end + 1 < tokens.size() && inGroup(tokens.get(end + 1))) {
            end++;
        }
        return ofGroup(tokens, start, end);
    }

    private static Tense ofGroup(List<Token> tokens, int start, int end) {
        boolean perfect = false;
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            String w = lower(t);
            if (t.pos().equals("MD")) {
                return FUTURE_MODALS.contains(w) ? FUTURE : PRESENT;
            }
            if (w.equals("going") && k + 1 <= end && tokens.get(k + 1).pos().equals("TO")) {
                return FUTURE;
            }
            if (t.pos().equals("TO") && k > start && FUTURE_GOVERNORS.contains(lower(tokens.get(k - 1)))) {
                return FUTURE;
            }
            if (PERFECT_AUX.contains(w) && (t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
                perfect = true;
            }
        }
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            switch (t.pos()) {
                case "VBD":
                    return PAST;
                case "VBZ":
                case "VBP":
                    return perfect && hasParticiple(tokens, k, end) ? PAST : PRESENT;
                default:
                    break;
            }
        }
        // only participles, infinitives or a bare verb: not finite, so not decisive
        return null;
    }

    private static boolean hasParticiple(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k <= end; k++) {
            if (tokens.get(k).pos().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inGroup(Token t) {
        return t.isVerb() || GROUP_TAGS.contains(t.pos());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
