package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Finds indirect statements in a sentence: "X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said
 * X" and "according to X". Gives the clause's token range and its cue; the {@link SpeakerResolver}
 * decides who the cue's phrase names. A verb that takes an order ("told residents to leave"), an
 * infinitive or a prepositional object ("claims to have", "wrote about") reports no clause. Read-only;
 * used by the {@link QuoteAttributor}.
 */
final class IndirectCues {

    private static final int MAX_ADJUNCT_TOKENS = 6;
    private static final int MIN_CLAUSE_TOKENS = 3;
    /** Verbs that take the person addressed before what they are told or asked to do ("warned residents to"). */
    private static final Set<String> ADDRESSING = Set.of("tell", "warn", "ask", "urge", "advise", "remind");
    /** The longest phrase naming the people addressed, with its modifiers, before "to" and an order. */
    private static final int MAX_ADDRESSEE_TOKENS = 12;
    /** Tags besides a noun phrase's that may occur in the phrase naming the people addressed. */
    private static final Set<String> ADDRESSEE_TAGS = Set.of("IN", "CC", "FW", "VBG");
    /**
     * Verbs of expecting that a statement verb may take with "to" and still report what was said:
     * "has stated to expect shortages" says that shortages are expected, where "claims to have" and
     * "is said to be" report no statement of their own.
     */
    private static final Set<String> EXPECTING = Set.of("expect", "anticipate", "foresee", "predict", "forecast");
    /** The longest appositive skipped between a subject and its verb ("X, a senior analyst at Y, said"). */
    private static final int MAX_APPOSITIVE_TOKENS = 16;

    private final QuoteCues cues;
    private final NounPhrases np;
    private final TokenView w;

    IndirectCues(QuoteCues cues, TokenView w) {
        this.cues = cues;
        this.np = new NounPhrases(w);
        this.w = w;
    }

    /** An indirect statement: its clause as the token range {@code [first, end)}, and its cue. */
    record Indirect(int first, int end, QuoteCue cue) {
    }

    /**
     * An indirect statement cued by the reporting verb at token {@code verb} of the sentence
     * {@code [start, end)}: the clause's token range and the cue; null when the verb reports no
     * clause. The clause is what follows "X said (that)", or what precedes ", X said." or ",
     * said X".
     */
    Indirect indirect(int verb, int start, int end) {
        int last = clauseEnd(start, end);
        int subjectEnd = cues.trimBetween(start, verb);
        int appositive = appositiveStart(start, subjectEnd);
        if (appositive >= 0) {
            // "Fadi Hakura, a consulting fellow on ..., said CLAUSE": the subject precedes the appositive
            subjectEnd = appositive;
        }
        int subjectStart = np.startBefore(subjectEnd);
        if (subjectStart >= 2 && isWord(subjectStart - 1, "by") && w.token(subjectStart - 2).pos().equals("VBN")
                && np.startBefore(subjectStart - 2) < subjectStart - 2) {
            // "Engineers consulted by the Courier said": the engineers speak, the paper asked them
            subjectEnd = subjectStart - 2;
            subjectStart = np.startBefore(subjectEnd);
        }
        if (subjectStart < subjectEnd) {
            int c = clauseStartAfter(verb, last);
            boolean afterThat = c > 0 && isWord(c - 1, "that");
            if (c >= 0 && hasClause(c, last) && (afterThat || startsWithSubject(c))) {
                return new Indirect(c, last, new QuoteCue(verb, cues.cueText(verb), subjectStart, subjectEnd));
            }
            int comma = subjectStart - 1;
            if (appositive < 0 && comma > start && w.token(comma).word().equals(",") && nothingReportedAfter(verb, last)
                    && hasClause(start, comma)) {
                return new Indirect(firstWord(start, comma), comma, new QuoteCue(verb, cues.cueText(verb),
                        subjectStart, subjectEnd));
            }
            return null;
        }
        // ", said Vitaly Naumkin, who ..." : the verb right after a comma, the speaker after it
        if (verb - 1 > start && w.token(verb - 1).word().equals(",") && hasClause(start, verb - 1)) {
            int npEnd = np.end(verb + 1);
            boolean closes = npEnd >= last || w.token(npEnd).word().equals(",");
            if (npEnd > verb + 1 && closes) {
                return new Indirect(firstWord(start, verb - 1), verb - 1, new QuoteCue(verb, cues.cueText(verb),
                        verb + 1, npEnd));
            }
        }
        return null;
    }

    /**
     * "CLAUSE, according to X." or "According to X, CLAUSE." as an indirect statement, for the
     * "according" at token {@code k}.
     */
    Indirect accordingTo(int k, int start, int end) {
        if (k + 1 >= end || !isWord(k + 1, "to")) {
            return null;
        }
        if (k == firstWord(start, end)) {
            int npEnd = np.end(k + 2);
            int last = clauseEnd(start, end);
            if (npEnd > k + 2 && npEnd < last && w.token(npEnd).word().equals(",") && hasClause(npEnd + 1, last)) {
                return new Indirect(npEnd + 1, last, new QuoteCue(-1, "according to", k + 2, npEnd));
            }
            return null;
        }
        if (k - 1 <= start || !w.token(k - 1).word().equals(",")) {
            return null;
        }
        int npEnd = np.end(k + 2);
        if (npEnd <= k + 2 || !hasClause(start, k - 1)) {
            return null;
        }
        return new Indirect(firstWord(start, k - 1), k - 1, new QuoteCue(-1, "according to", k + 2, npEnd));
    }

    /**
     * Where the reported clause starts after the verb: past an object of "told", adjuncts, "that";
     * -1 when the verb reports no clause: "told residents of the town to leave" gives an order.
     */
    private int clauseStartAfter(int verb, int last) {
        int k = verb + 1;
        if (w.token(verb).lemma().equalsIgnoreCase("tell")) {
            k = np.end(k);
        }
        if (ADDRESSING.contains(w.token(verb).lemma().toLowerCase(Locale.ROOT)) && ordersAfter(verb + 1, last)) {
            return -1;
        }
        int adjunctsEnd = np.pastModifiers(k, last);
        if (adjunctsEnd > k && isWord(adjunctsEnd, "that")) {
            // "told reporters at a command post outside the town that ...": place and time come first
            return adjunctsEnd + 1;
        }
        for (int j = k; j < last && j - k <= MAX_ADJUNCT_TOKENS; j++) {
            if (isWord(j, "that")) {
                return j + 1;
            }
            if (w.token(j).isVerb() || w.token(j).word().equals(",")) {
                break;
            }
        }
        if (k < last && w.token(k).word().equals(":")) {
            k++;
        }
        // "X said, as ...": what X said came before the verb
        return k < last && !w.token(k).word().equals(",") ? k : -1;
    }

    /**
     * True when the tokens after the verb, up to {@code last} or the next comma, report nothing: no
     * "that", no verb ("..., Moscow said on Wednesday.", "..., the ministry said, as ...").
     */
    private boolean nothingReportedAfter(int verb, int last) {
        for (int j = verb + 1; j < last && !w.token(j).word().equals(","); j++) {
            if (isWord(j, "that") || QuoteCues.isFinite(w.token(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of ", APPOSITIVE," ending at {@code end} (the comma before a verb), as the index of
     * its opening comma; -1 when the tokens before {@code end} are not an appositive or a relative
     * clause set off by commas.
     */
    private int appositiveStart(int start, int end) {
        if (end - 1 <= start || !w.token(end - 1).word().equals(",")) {
            return -1;
        }
        for (int k = end - 2; k > start && end - k <= MAX_APPOSITIVE_TOKENS; k--) {
            if (w.token(k).word().equals(",")) {
                return np.startBefore(k) < k ? k : -1;
            }
        }
        return -1;
    }

    /**
     * True unless the clause opens with a verb: "had killed scores" after "its military claimed" has
     * no subject of its own, so is no reported clause. Nor is what the verb takes with "to" ("claims to
     * have", "is said to be", "admitted to forgetting") or with a preposition that opens no place or
     * time ("wrote about", "reported for the Independent", "cautions against"). After "that" the check
     * is skipped, as taggers misread plural nouns there ("that attacks/VBZ against ..."). A verb of
     * expecting after "to" is the exception: "stated to expect shortages" reports the expectation.
     */
    private boolean startsWithSubject(int first) {
        Token t = w.token(first);
        if (t.pos().equals("TO")) {
            return first + 1 < w.size() && w.token(first + 1).pos().equals("VB")
                    && EXPECTING.contains(w.token(first + 1).lemma().toLowerCase(Locale.ROOT));
        }
        return !t.isVerb() && !t.pos().equals("MD") && !NounPhrases.opensComplement(t);
    }

    private boolean hasClause(int first, int end) {
        if (end - first < MIN_CLAUSE_TOKENS) {
            return false;
        }
        for (int j = first; j < end; j++) {
            if (w.token(j).isVerb() || w.token(j).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's end without its final punctuation and closing marks. */
    private int clauseEnd(int start, int end) {
        int e = end;
        while (e > start && (w.token(e - 1).pos().equals(".") || QuoteCues.isQuoteMark(w.token(e - 1)))) {
            e--;
        }
        return e;
    }

    /** Skips opening quote marks and punctuation at the start of a clause. */
    private int firstWord(int start, int end) {
        int s = start;
        while (s < end && (QuoteCues.isQuoteMark(w.token(s)) || w.isPunctuation(s))) {
            s++;
        }
        return s;
    }

    /**
     * True when the words from {@code first} are the people addressed, with their modifiers, and then
     * "to" and a verb: "told residents of X and two hamlets to leave" gives an order, not a statement.
     * A determiner after a noun opens the next phrase ("told reporters the plan to ... was"), which
     * ends the search.
     */
    private boolean ordersAfter(int first, int last) {
        for (int j = first; j < last && j - first <= MAX_ADDRESSEE_TOKENS; j++) {
            Token t = w.token(j);
            if (isWord(j, "to")) {
                return j + 1 < last && w.token(j + 1).pos().equals("VB");
            }
            // "neighbouring/VBG hamlets": taggers read many adjectives as participles
            boolean modifier = np.isNpToken(j) || ADDRESSEE_TAGS.contains(t.pos());
            boolean nextPhrase = t.pos().equals("DT") && j > first && w.token(j - 1).isNoun();
            if (!modifier || nextPhrase || isWord(j, "that")) {
                return false;
            }
        }
        return false;
    }

    private boolean isWord(int k, String word) {
        return k < w.size() && w.token(k).word().equalsIgnoreCase(word);
    }
}
