package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the attribution of a quote in the tokens around it: "X said" or "said X" after the closing
 * mark, "according to X", "X said: “...”" or "X called the area “...”" before the opening mark, and
 * for indirect statements "X said (that) CLAUSE" and "CLAUSE, X said". Gives the cue and the token
 * range naming the speaker; the {@link SpeakerResolver} decides who that is. Read-only; used by the
 * {@link QuoteAttributor}.
 */
final class QuoteCues {

    /** Words between a speaker and the verb that belong to neither ("has said", "later told"). */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "later", "then", "again",
            "repeatedly", "previously", "recently", "earlier", "would", "will", "did", "does", "do", "'s", "’s",
            "once", "further", "separately", "subsequently", "reportedly", "publicly");
    /** Tags of words that may make up a speaker's noun phrase. */
    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
            "PRP", "CD", "HYPH", "VBN");
    /** Phrases after "said" that belong to the cue ("said in a statement"). */
    private static final Set<String> CUE_NOUNS = Set.of("statement", "tweet", "interview", "post", "briefing",
            "speech", "message", "letter", "release");
    private static final Set<String> PUNCT_AFTER_CLOSE = Set.of(",", ":", "—", "–");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final int MAX_SPEAKER_TOKENS = 10;
    private static final int MAX_OBJECT_TOKENS = 4;
    private static final int MAX_ADJUNCT_TOKENS = 6;
    private static final int MIN_CLAUSE_TOKENS = 3;
    /** Verbs that take the person addressed before what they are told or asked to do ("warned residents to"). */
    private static final Set<String> ADDRESSING = Set.of("tell", "warn", "ask", "urge", "advise", "remind");
    /** Prepositions that open a modifier of place, time, origin or membership after a verb or its object. */
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("at", "on", "in", "outside", "inside", "near",
            "during", "from", "of", "after", "before", "across", "along", "around");
    /** Prepositions after a verb that introduce its object, never a reported clause ("wrote about"). */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("about", "for", "with", "against", "into",
            "of", "upon");
    /** The most such phrases skipped in a row. */
    private static final int MAX_MODIFIER_PHRASES = 4;
    /** The longest phrase naming the people addressed, with its modifiers, before "to" and an order. */
    private static final int MAX_ADDRESSEE_TOKENS = 12;
    /** Tags besides a noun phrase's that may occur in the phrase naming the people addressed. */
    private static final Set<String> ADDRESSEE_TAGS = Set.of("IN", "CC", "FW", "VBG");
    /** The longest appositive skipped between a subject and its verb ("X, a senior analyst at Y, said"). */
    private static final int MAX_APPOSITIVE_TOKENS = 16;

    private final QuoteAttributorConfig config;
    private final TokenView w;

    QuoteCues(QuoteAttributorConfig config, TokenView w) {
        this.config = config;
        this.w = w;
    }

    /** The cue after a closing mark at token {@code close}, in the same sentence; null when none. */
    QuoteCue after(int close) {
        int k = close + 1;
        while (k < w.size() && PUNCT_AFTER_CLOSE.contains(w.token(k).word()) && w.sameLine(k - 1, k)) {
            k++;
        }
        if (k >= w.size() || !w.sameLine(close, k) || !w.sameSentence(close, k)) {
            return null;
        }
        if (isWord(k, "according") && k + 1 < w.size() && isWord(k + 1, "to")) {
            return new QuoteCue(-1, "according to", k + 2, npEnd(k + 2));
        }
        if (isSpeechVerb(k, config.speechVerbs())) {
            return new QuoteCue(k, cueText(k), k + 1, npEnd(k + 1));
        }
        for (int j = k; j < w.size() && j - k < config.cueWindowTokens(); j++) {
            Token t = w.token(j);
            if (!w.sameLine(k, j) || !w.sameSentence(k, j) || isQuoteMark(t) || t.pos().equals(".")) {
                return null;
            }
            if (isSpeechVerb(j, config.speechVerbs())) {
                int end = trimBetween(k, j);
                return end > k && isSpeakerPhrase(k, end) ? new QuoteCue(j, cueText(j), lastPronounOr(k, end), end)
                        : null;
            }
            if (FINITE.contains(t.pos()) && !BETWEEN.contains(lower(j)) && !w.isGluedHyphen(j - 1)) {
                return null;
            }
        }
        return null;
    }

    /** The nearest speech or framing verb before the opening mark at token {@code open}, with its subject. */
    QuoteCue before(int open) {
        for (int j = open - 1; j >= 0 && w.sameSentence(j, open) && w.sameLine(j, open); j--) {
            if (isQuoteMark(w.token(j))) {
                return null;
            }
            if (isSpeechVerb(j, config.speechVerbs()) || isSpeechVerb(j, config.framingVerbs())) {
                int end = trimBetween(0, j);
                int first = npStartBefore(end);
                return first < end ? new QuoteCue(j, cueText(j), first, end) : null;
            }
        }
        return null;
    }

    /**
     * An indirect statement cued by the reporting verb at token {@code verb} of the sentence
     * {@code [start, end)}: the clause's token range and the cue; null when the verb reports no
     * clause. The clause is what follows "X said (that)", or what precedes ", X said." or ",
     * said X".
     */
    Indirect indirect(int verb, int start, int end) {
        int last = clauseEnd(start, end);
        int subjectEnd = trimBetween(start, verb);
        int appositive = appositiveStart(start, subjectEnd);
        if (appositive >= 0) {
            // "Fadi Hakura, a consulting fellow on ..., said CLAUSE": the subject precedes the appositive
            subjectEnd = appositive;
        }
        int subjectStart = npStartBefore(subjectEnd);
        if (subjectStart >= 2 && isWord(subjectStart - 1, "by") && w.token(subjectStart - 2).pos().equals("VBN")
                && npStartBefore(subjectStart - 2) < subjectStart - 2) {
            // "Engineers consulted by the Courier said": the engineers speak, the paper asked them
            subjectEnd = subjectStart - 2;
            subjectStart = npStartBefore(subjectEnd);
        }
        if (subjectStart < subjectEnd) {
            int c = clauseStartAfter(verb, last);
            boolean afterThat = c > 0 && isWord(c - 1, "that");
            if (c >= 0 && hasClause(c, last) && (afterThat || startsWithSubject(c))) {
                return new Indirect(c, last, new QuoteCue(verb, cueText(verb), subjectStart, subjectEnd));
            }
            int comma = subjectStart - 1;
            if (appositive < 0 && comma > start && w.token(comma).word().equals(",") && nothingReportedAfter(verb, last)
                    && hasClause(start, comma)) {
                return new Indirect(firstWord(start, comma), comma, new QuoteCue(verb, cueText(verb), subjectStart,
                        subjectEnd));
            }
            return null;
        }
        // ", said Vitaly Naumkin, who ..." : the verb right after a comma, the speaker after it
        if (verb - 1 > start && w.token(verb - 1).word().equals(",") && hasClause(start, verb - 1)) {
            int npEnd = npEnd(verb + 1);
            boolean closes = npEnd >= last || w.token(npEnd).word().equals(",");
            if (npEnd > verb + 1 && closes) {
                return new Indirect(firstWord(start, verb - 1), verb - 1, new QuoteCue(verb, cueText(verb), verb + 1,
                        npEnd));
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
            int npEnd = npEnd(k + 2);
            int last = clauseEnd(start, end);
            if (npEnd > k + 2 && npEnd < last && w.token(npEnd).word().equals(",") && hasClause(npEnd + 1, last)) {
                return new Indirect(npEnd + 1, last, new QuoteCue(-1, "according to", k + 2, npEnd));
            }
            return null;
        }
        if (k - 1 <= start || !w.token(k - 1).word().equals(",")) {
            return null;
        }
        int npEnd = npEnd(k + 2);
        if (npEnd <= k + 2 || !hasClause(start, k - 1)) {
            return null;
        }
        return new Indirect(firstWord(start, k - 1), k - 1, new QuoteCue(-1, "according to", k + 2, npEnd));
    }

    /** An indirect statement: its clause as the token range {@code [first, end)}, and its cue. */
    record Indirect(int first, int end, QuoteCue cue) {
    }

    boolean isSpeechVerb(int k, Set<String> lemmas) {
        Token t = w.token(k);
        return t.isVerb() && lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)) && !w.isGluedHyphen(k - 1);
    }

    /**
     * True when the verb at {@code k} is finite or carried by an auxiliary ("has said", "will tell").
     * An infinitive reports nothing said: "too early to say whether", "hours to warn it that".
     */
    boolean isReporting(int k) {
        Token t = w.token(k);
        if (FINITE.contains(t.pos())) {
            return true;
        }
        return k > 0 && (t.pos().equals("VBN") || t.pos().equals("VB")) && BETWEEN.contains(lower(k - 1));
    }

    static boolean isQuoteMark(Token t) {
        String s = t.word();
        return s.equals("“") || s.equals("”") || s.equals("\"") || s.equals("«") || s.equals("»") || s.equals("„")
                || s.equals("``") || s.equals("''");
    }

    /** The cue as written: the verb, with "in a statement" or the object of "told" when present. */
    private String cueText(int verb) {
        int end = verb + 1;
        String lemma = w.token(verb).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("tell")) {
            int obj = npEnd(verb + 1);
            if (obj > verb + 1 && obj - verb - 1 <= MAX_OBJECT_TOKENS) {
                end = obj;
            }
        } else if (end + 2 < w.size() && isWord(end, "in") && CUE_NOUNS.contains(lower(end + 2))) {
            end += 3;
        } else if (end + 1 < w.size() && isWord(end, "in") && CUE_NOUNS.contains(lower(end + 1))) {
            end += 2;
        }
        return w.text(verb, end);
    }

    /**
     * Where the reported clause starts after the verb: past an object of "told", adjuncts, "that";
     * -1 when the verb reports no clause: "told residents of the town to leave" gives an order.
     */
    private int clauseStartAfter(int verb, int last) {
        int k = verb + 1;
        if (w.token(verb).lemma().equalsIgnoreCase("tell")) {
            k = npEnd(k);
        }
        if (ADDRESSING.contains(w.token(verb).lemma().toLowerCase(Locale.ROOT)) && ordersAfter(verb + 1, last)) {
            return -1;
        }
        int adjunctsEnd = pastModifiers(k, last);
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
            if (isWord(j, "that") || FINITE.contains(w.token(j).pos())) {
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
                return npStartBefore(k) < k ? k : -1;
            }
        }
        return -1;
    }

    /** True when tokens {@code [first, end)} can name a speaker: a noun phrase, commas allowed. */
    private boolean isSpeakerPhrase(int first, int end) {
        boolean noun = false;
        for (int k = first; k < end; k++) {
            Token t = w.token(k);
            if (!isNpToken(k) && !t.word().equals(",")) {
                return false;
            }
            noun |= t.isNoun() || t.pos().equals("PRP");
        }
        return noun;
    }

    /**
     * True unless the clause opens with a verb: "had killed scores" after "its military claimed" has
     * no subject of its own, so is no reported clause. Nor is what the verb takes with "to" ("claims to
     * have", "is said to be", "admitted to forgetting") or with a preposition that opens no place or
     * time ("wrote about", "reported for the Independent", "cautions against"). After "that" the check
     * is skipped, as taggers misread plural nouns there ("that attacks/VBZ against ...").
     */
    private boolean startsWithSubject(int first) {
        Token t = w.token(first);
        return !t.isVerb() && !t.pos().equals("MD") && !t.pos().equals("TO")
                && !(t.pos().equals("IN") && COMPLEMENT_PREPOSITIONS.contains(lower(first)));
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
        while (e > start && (w.token(e - 1).pos().equals(".") || isQuoteMark(w.token(e - 1)))) {
            e--;
        }
        return e;
    }

    /** Skips opening quote marks and punctuation at the start of a clause. */
    private int firstWord(int start, int end) {
        int s = start;
        while (s < end && (isQuoteMark(w.token(s)) || w.isPunctuation(s))) {
            s++;
        }
        return s;
    }

    /** {@code verb} moved back over the auxiliaries and adverbs before it, not below {@code floor}. */
    private int trimBetween(int floor, int verb) {
        int end = verb;
        while (end > floor && BETWEEN.contains(lower(end - 1))) {
            end--;
        }
        return end;
    }

    /** The start of the noun phrase that ends just before {@code end}. */
    private int npStartBefore(int end) {
        int s = end;
        while (s > 0 && end - s < MAX_SPEAKER_TOKENS && isNpToken(s - 1) && w.sameLine(s - 1, end - 1)
                && w.sameSentence(s - 1, end - 1)) {
            s--;
        }
        // "Announcing the talks, X said": a pronoun only ever speaks alone
        if (s < end && w.token(s).pos().equals("PRP") && end - s > 1) {
            s++;
        }
        return lastPronounOr(s, end);
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
            boolean modifier = isNpToken(j) || ADDRESSEE_TAGS.contains(t.pos());
            boolean nextPhrase = t.pos().equals("DT") && j > first && w.token(j - 1).isNoun();
            if (!modifier || nextPhrase || isWord(j, "that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code k} moved past prepositional phrases of place and time and past "and" joining another
     * noun phrase: "at a makeshift post outside the town", "of the town and two hamlets".
     */
    private int pastModifiers(int k, int last) {
        int j = k;
        for (int hops = 0; hops < MAX_MODIFIER_PHRASES && j + 1 < last; hops++) {
            String word = lower(j);
            boolean opens = (w.token(j).pos().equals("IN") && MODIFIER_PREPOSITIONS.contains(word))
                    || (word.equals("and") && j > k);
            int e = opens ? npEnd(j + 1) : j + 1;
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
    private int lastPronounOr(int start, int end) {
        if (end - start < 2 || !w.token(end - 1).pos().equals("PRP")) {
            return start;
        }
        // "the minister himself said": a reflexive stands beside its subject
        String last = lower(end - 1);
        return last.endsWith("self") || last.endsWith("selves") ? start : end - 1;
    }

    /** The end of the noun phrase that starts at {@code first}, up to a comma, verb or clause word. */
    private int npEnd(int first) {
        int e = first;
        while (e < w.size() && e - first < MAX_SPEAKER_TOKENS && isNpToken(e) && w.sameLine(first, e)
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

    private boolean isNpToken(int k) {
        Token t = w.token(k);
        if (t.pos().equals("VBN")) {
            // "state-run", "Ankara-backed": a participle glued into a compound modifier
            return w.isGluedHyphen(k - 1);
        }
        return NP_TAGS.contains(t.pos());
    }

    private boolean isWord(int k, String word) {
        return k < w.size() && w.token(k).word().equalsIgnoreCase(word);
    }

    private String lower(int k) {
        return w.token(k).word().toLowerCase(Locale.ROOT);
    }
}
