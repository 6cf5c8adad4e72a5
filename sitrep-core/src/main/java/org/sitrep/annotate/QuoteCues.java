package org.sitrep.annotate;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the attribution of a direct quote in the tokens around it: "X said" or "said X" after the
 * closing mark, "according to X", "X said: “...”" or "X called the area “...”" before the opening
 * mark. Gives the cue and the token range naming the speaker; the {@link SpeakerResolver} decides who
 * that is. Also answers the questions about reporting verbs that {@link IndirectCues} shares. Read-only;
 * used by the {@link QuoteAttributor}.
 */
final class QuoteCues {

    /** Words between a speaker and the verb that belong to neither ("has said", "later told"). */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "also", "later", "then", "again",
            "repeatedly", "previously", "recently", "earlier", "would", "will", "did", "does", "do", "'s", "’s",
            "once", "further", "separately", "subsequently", "reportedly", "publicly");
    /** Phrases after "said" that belong to the cue ("said in a statement"). */
    private static final Set<String> CUE_NOUNS = Set.of("statement", "tweet", "interview", "post", "briefing",
            "speech", "message", "letter", "release");
    private static final Set<String> PUNCT_AFTER_CLOSE = Set.of(",", ":", "—", "–");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final int MAX_OBJECT_TOKENS = 4;

    private final QuoteAttributorConfig config;
    private final TokenView w;
    private final NounPhrases np;

    QuoteCues(QuoteAttributorConfig config, TokenView w) {
        this.config = config;
        this.w = w;
        this.np = new NounPhrases(w);
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
            return new QuoteCue(-1, "according to", k + 2, np.end(k + 2));
        }
        if (isSpeechVerb(k, config.speechVerbs())) {
            return new QuoteCue(k, cueText(k), k + 1, np.end(k + 1));
        }
        for (int j = k; j < w.size() && j - k < config.cueWindowTokens(); j++) {
            Token t = w.token(j);
            if (!w.sameLine(k, j) || !w.sameSentence(k, j) || isQuoteMark(t) || t.pos().equals(".")) {
                return null;
            }
            if (isSpeechVerb(j, config.speechVerbs())) {
                int end = trimBetween(k, j);
                return end > k && isSpeakerPhrase(k, end) ? new QuoteCue(j, cueText(j), np.lastPronounOr(k, end), end)
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
                int first = np.startBefore(end);
                return first < end ? new QuoteCue(j, cueText(j), first, end) : null;
            }
        }
        return null;
    }

    /** True when the token at {@code k} is a verb whose lemma is one of {@code lemmas}, not glued into a compound. */
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

    /** True for a finite verb or a modal ("said", "says", "will"). */
    static boolean isFinite(Token t) {
        return FINITE.contains(t.pos());
    }

    static boolean isQuoteMark(Token t) {
        String s = t.word();
        return s.equals("“") || s.equals("”") || s.equals("\"") || s.equals("«") || s.equals("»") || s.equals("„")
                || s.equals("``") || s.equals("''");
    }

    /** The cue as written: the verb, with "in a statement" or the object of "told" when present. */
    String cueText(int verb) {
        int end = verb + 1;
        String lemma = w.token(verb).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("tell")) {
            int obj = np.end(verb + 1);
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

    /** {@code verb} moved back over the auxiliaries and adverbs before it, not below {@code floor}. */
    int trimBetween(int floor, int verb) {
        int end = verb;
        while (end > floor && BETWEEN.contains(lower(end - 1))) {
            end--;
        }
        return end;
    }

    /** True when tokens {@code [first, end)} can name a speaker: a noun phrase, commas allowed. */
    private boolean isSpeakerPhrase(int first, int end) {
        boolean noun = false;
        for (int k = first; k < end; k++) {
            Token t = w.token(k);
            if (!np.isNpToken(k) && !t.word().equals(",")) {
                return false;
            }
            noun |= t.isNoun() || t.pos().equals("PRP");
        }
        return noun;
    }

    private boolean isWord(int k, String word) {
        return k < w.size() && w.token(k).word().equalsIgnoreCase(word);
    }

    private String lower(int k) {
        return w.token(k).word().toLowerCase(Locale.ROOT);
    }
}
