package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Where a noun phrase starts and ends among an article's tokens, and which prepositional phrases
 * belong to it. Two scans share these boundaries: backwards over the phrase naming a speaker, with
 * the phrases it is joined to ("a spokesman for the ministry", "residents on both sides of the
 * border"), and forwards over the modifiers of place and time after a verb or its object ("told
 * reporters at a command post outside the town"). The three preposition tables say what each
 * preposition may open; a phrase stops at a comma, a verb, a clause word, the line's or the
 * sentence's end, or after {@link #MAX_PHRASE_TOKENS} tokens. Read-only; one instance serves one
 * {@link TokenView}.
 */
final class NounPhrases {

    /** Tags of words that may make up a noun phrase (a participle only when glued by a hyphen). */
    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
            "PRP", "CD", "HYPH", "VBN");
    /** Prepositions that join a noun phrase to the phrase describing it ("a spokesman for the ministry"). */
    private static final Set<String> JOINING = Set.of("of", "for", "at", "from", "in", "on", "with", "across",
            "near", "along", "by", "inside", "outside", "around");
    /** Prepositions that open a modifier of place, time, origin or membership after a verb or its object. */
    private static final Set<String> MODIFYING = Set.of("at", "on", "in", "outside", "inside", "near", "during",
            "from", "of", "after", "before", "across", "along", "around");
    /** Prepositions after a verb that introduce its object, never a reported clause ("wrote about"). */
    private static final Set<String> COMPLEMENT = Set.of("about", "for", "with", "against", "into", "of", "upon");
    /** The longest noun phrase, prepositions not counted apart ("the Labour MP for Newcastle Central"). */
    static final int MAX_PHRASE_TOKENS = 10;
    /** How many prepositional phrases a speaker's noun phrase may carry ("on both sides of the border"). */
    private static final int MAX_JOINED_PHRASES = 2;
    /** The most modifiers of place and time skipped in a row. */
    private static final int MAX_MODIFIER_PHRASES = 4;

    private final TokenView w;

    NounPhrases(TokenView w) {
        this.w = w;
    }

    /** True for a preposition that joins two noun phrases into one description ("a spokesman for the ministry"). */
    static boolean joins(Token t) {
        return isPreposition(t, JOINING);
    }

    /** True for a preposition that opens a modifier of place or time ("at a command post", "in March"). */
    static boolean opensModifier(Token t) {
        return isPreposition(t, MODIFYING);
    }

    /** True for a preposition that opens a verb's object rather than a clause ("wrote about", "warned against"). */
    static boolean opensComplement(Token t) {
        return isPreposition(t, COMPLEMENT);
    }

    private static boolean isPreposition(Token t, Set<String> table) {
        return t.pos().equals("IN") && table.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** True when the token at {@code k} may belong to a noun phrase. */
    boolean isNpToken(int k) {
        Token t = w.token(k);
        if (t.pos().equals("VBN")) {
            // "state-run", "Ankara-backed": a participle glued into a compound modifier
            return w.isGluedHyphen(k - 1);
        }
        return NP_TAGS.contains(t.pos());
    }

    /** The end of the noun phrase that starts at {@code first}, up to a comma, verb or clause word. */
    int end(int first) {
        int e = first;
        while (e < w.size() && e - first < MAX_PHRASE_TOKENS && isNpToken(e) && w.sameLine(first, e)
                && w.sameSentence(first, e)) {
            if (w.token(e).pos().equals("PRP") && e > first) {
                break;
            }
            // "told reporters the deal ...": a determiner after a noun starts the next phrase
            if (w.token(e).pos().equals("DT") && e > first && w.token(e - 1).isNoun()) {
                break;
            }
            e++;
            if (w.token(e - 1).pos().equals("PRP")) {
                break;
            }
        }
        return e;
    }

    /**
     * The start of the noun phrase that ends just before {@code end}, with the phrases it is joined to
     * by prepositions ("residents on both sides of the border", "a spokesman for the ministry"): which
     * of them names a speaker is the {@link SpeakerResolver}'s call.
     */
    int startBefore(int end) {
        int s = plainStartBefore(end, end);
        for (int joins = 0; joins < MAX_JOINED_PHRASES && s >= 2 && s < end; joins++) {
            int preposition = s - 1;
            if (!joins(w.token(preposition)) || !w.token(preposition - 1).isNoun()
                    || !w.sameLine(preposition - 1, end - 1) || !w.sameSentence(preposition - 1, end - 1)) {
                break;
            }
            int head = plainStartBefore(preposition, end);
            boolean cut = head > 0 && isNpToken(head - 1) && w.sameSentence(head - 1, end - 1);
            if (head >= preposition || cut) {
                break;
            }
            s = head;
        }
        // "Announcing the talks, X said": a pronoun only ever speaks alone
        if (s < end && w.token(s).pos().equals("PRP") && end - s > 1) {
            s++;
        }
        return lastPronounOr(s, end);
    }

    /**
     * {@code k} moved past prepositional phrases of place and time and past "and" joining another
     * noun phrase: "at a makeshift post outside the town", "of the town and two hamlets".
     */
    int pastModifiers(int k, int last) {
        int j = k;
        for (int hops = 0; hops < MAX_MODIFIER_PHRASES && j + 1 < last; hops++) {
            boolean opens = opensModifier(w.token(j)) || (w.token(j).word().equalsIgnoreCase("and") && j > k);
            int e = opens ? end(j + 1) : j + 1;
            if (!opens || e == j + 1) {
                break;
            }
            j = e;
        }
        return j;
    }

    /**
     * {@code start}, or the pronoun that ends the phrase {@code [start, end)}: in "the sales they
     * claim" and "the stove I say" the pronoun is the subject, the words before it another phrase.
     */
    int lastPronounOr(int start, int end) {
        if (end - start < 2 || !w.token(end - 1).pos().equals("PRP")) {
            return start;
        }
        // "the minister himself said": a reflexive stands beside its subject
        String last = w.token(end - 1).word().toLowerCase(Locale.ROOT);
        return last.endsWith("self") || last.endsWith("selves") ? start : end - 1;
    }

    /** The start of the noun phrase without prepositions that ends before {@code end}, within {@code limit}'s reach. */
    private int plainStartBefore(int end, int limit) {
        int s = end;
        while (s > 0 && limit - s < MAX_PHRASE_TOKENS && isNpToken(s - 1) && w.sameLine(s - 1, end - 1)
                && w.sameSentence(s - 1, end - 1)) {
            s--;
        }
        return s;
    }
}
