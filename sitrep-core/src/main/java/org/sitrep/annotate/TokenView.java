package org.sitrep.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * The questions the rule-based layers ask about an article's tokens: is this token capitalised, are
 * these two on one line, in one sentence, joined by a hyphen with no space; what is the text from one
 * token to another. Built once per call; read-only, so safe to share within that call.
 */
final class TokenView {

    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
    private static final Set<String> NAME_NER = Set.of("O", "PERSON");
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "you", "your", "he", "him", "his", "she",
            "her", "hers", "it", "its", "we", "us", "our", "they", "them", "their");

    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    /** Sentence index of each token, so "same sentence" is one array lookup. */
    private final int[] sentenceOf;

    TokenView(AnnotatedArticle article) {
        this.article = article;
        this.text = article.text();
        this.tokens = article.tokens();
        this.sentenceOf = new int[tokens.size()];
        java.util.Arrays.fill(sentenceOf, -1);
        for (Sentence s : article.sentences()) {
            for (int i = Math.max(0, s.firstToken()); i < Math.min(s.endToken(), tokens.size()); i++) {
                sentenceOf[i] = s.index();
            }
        }
    }

    AnnotatedArticle article() {
        return article;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The draft for a tagger's mention: its token range when the span lines up with tokens. */
    MentionDraft align(Mention m) {
        int first = firstTokenEndingAfter(m.span().start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().start() < m.span().end()) {
            end++;
        }
        boolean aligned = first < end && tokens.get(first).span().start() >= m.span().start()
                && tokens.get(end - 1).span().end() <= m.span().end();
        if (!aligned) {
            return new MentionDraft(0, 0, m.span(), m.type(), false);
        }
        return draft(first, end, m.type());
    }

    /** A draft over tokens {@code [first, end)}. */
    MentionDraft draft(int first, int end, EntityType type) {
        return new MentionDraft(first, end, span(first, end), type, true);
    }

    /** The draft moved to tokens {@code [first, end)}, keeping its type. */
    MentionDraft resize(MentionDraft d, int first, int end) {
        return draft(first, end, d.type());
    }

    Span span(MentionDraft d) {
        return d.span();
    }

    /** The span from the start of token {@code first} to the end of token {@code end - 1}. */
    Span span(int first, int end) {
        return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    }

    String text(MentionDraft d) {
        return d.span().of(text);
    }

    String text(int first, int end) {
        return first >= end ? "" : span(first, end).of(text);
    }

    /** The text between the end of token {@code i} and the start of token {@code j}. */
    String gap(int i, int j) {
        int from = tokens.get(i).span().end();
        int to = tokens.get(j).span().start();
        return from >= to ? "" : text.substring(from, to);
    }

    boolean sameLine(int i, int j) {
        return gap(i, j).indexOf('\n') < 0;
    }

    boolean sameSentence(int i, int j) {
        return sentenceOf[i] == sentenceOf[j];
    }

    int sentenceOf(int token) {
        return sentenceOf[token];
    }

    /** True when tokens {@code i} and {@code i + 1} touch, with no space between them. */
    boolean glued(int i) {
        return i + 1 < tokens.size() && tokens.get(i).span().end() == tokens.get(i + 1).span().start();
    }

    /** True when token {@code h} is a hyphen touching the tokens on both sides ("al-Assad"). */
    boolean isGluedHyphen(int h) {
        return h > 0 && h + 1 < tokens.size() && MentionRefiner.isHyphen(tokens.get(h).word()) && glued(h - 1)
                && glued(h);
    }

    boolean capitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** True for a token that is all capital letters, 2 to {@code max} of them ("HTS", "NATO"). */
    boolean isAllCaps(Token t, int max) {
        String w = t.word();
        if (w.length() < 2 || w.length() > max) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isPunctuation(int i) {
        String w = tokens.get(i).word();
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when every token of an aligned draft is a pronoun ("he", "his"), or an unaligned one reads as one. */
    boolean isPronoun(MentionDraft d) {
        if (!d.aligned()) {
            return PRONOUNS.contains(text(d).toLowerCase(Locale.ROOT));
        }
        for (int i = d.first(); i < d.end(); i++) {
            Token t = tokens.get(i);
            if (!MentionRefiner.isPronounTag(t.pos()) && !PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token {@code i} is on a line written in title case, as headlines are ("Turkey's
     * Erdogan Presses Russia's Putin"): there capital letters say nothing about names. A line counts
     * when it has at least {@link #TITLE_CASE_MIN_WORDS} words and every lower-case word in it is one
     * of the small words headlines leave in lower case ("to", "in", "the").
     */
    boolean inTitleCaseLine(int i) {
        int first = i;
        while (first > 0 && sameLine(first - 1, i)) {
            first--;
        }
        int end = i + 1;
        while (end < tokens.size() && sameLine(i, end)) {
            end++;
        }
        int words = 0;
        for (int k = first; k < end; k++) {
            String w = tokens.get(k).word();
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            words++;
            if (Character.isLowerCase(w.codePointAt(0)) && !HEADLINE_SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return words >= TITLE_CASE_MIN_WORDS;
    }

    /** Fewer words than this make a caption or a name, not a headline. */
    private static final int TITLE_CASE_MIN_WORDS = 4;
    /** Words title-case headlines keep in lower case. */
    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor",
            "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "after",
            "amid", "about", "against", "up", "off", "out");

    /** For each token, the type of the aligned draft covering it, or null. */
    EntityType[] owners(List<MentionDraft> drafts) {
        EntityType[] owner = new EntityType[tokens.size()];
        for (MentionDraft d : drafts) {
            for (int i = d.first(); d.aligned() && i < d.end(); i++) {
                owner[i] = d.type();
            }
        }
        return owner;
    }

    /** For each token, whether an aligned draft covers it. */
    boolean[] covered(List<MentionDraft> drafts) {
        boolean[] covered = new boolean[tokens.size()];
        for (MentionDraft d : drafts) {
            for (int i = d.first(); d.aligned() && i < d.end(); i++) {
                covered[i] = true;
            }
        }
        for (MentionDraft d : drafts) {
            if (!d.aligned()) {
                for (int i = 0; i < tokens.size(); i++) {
                    covered[i] |= tokens.get(i).span().overlaps(d.span());
                }
            }
        }
        return covered;
    }

    /**
     * True when token {@code i} may be part of a person's name: capitalised proper noun, untagged or
     * tagged PERSON, not a title or page label, not inside a mention of another type.
     */
    boolean isNamePart(int i, EntityType[] owner, MentionRefinerConfig config) {
        Token t = tokens.get(i);
        if (!capitalised(t) || !NAME_TAGS.contains(t.pos()) || !NAME_NER.contains(t.ner())) {
            return false;
        }
        if (owner[i] != null && owner[i] != EntityType.PERSON) {
            return false;
        }
        String key = MentionRefinerConfig.key(t.word());
        return !config.titles().contains(key) && !config.notNames().contains(key);
    }

    boolean isParticle(int i, MentionRefinerConfig config) {
        Token t = tokens.get(i);
        return !capitalised(t) && config.nameParticles().contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * How many tokens before token {@code first} belong to the same person's name: 1 for a name part,
     * 2 for a hyphen or particle with what precedes it ("al-" in "al-Assad", "bin" in "Mohammed bin
     * Salman"), 0 when the name starts at {@code first}.
     */
    int namePartBefore(int first, EntityType[] owner, MentionRefinerConfig config) {
        int i = first - 1;
        if (i < 0 || !sameLine(i, first) || !sameSentence(i, first)) {
            return 0;
        }
        if (isNamePart(i, owner, config)) {
            return 1;
        }
        boolean hyphen = isGluedHyphen(i);
        boolean particle = isParticle(i, config) && i > 0 && sameLine(i - 1, i) && isNamePart(i - 1, owner, config);
        if (hyphen && (isParticle(i - 1, config) || isNamePart(i - 1, owner, config))) {
            return 2;
        }
        return particle ? 2 : 0;
    }

    /** Like {@link #namePartBefore}, after the name's last token {@code end - 1}. */
    int namePartAfter(int end, EntityType[] owner, MentionRefinerConfig config) {
        int i = end;
        if (i >= tokens.size() || !sameLine(i - 1, i) || !sameSentence(i - 1, i)) {
            return 0;
        }
        if (isNamePart(i, owner, config)) {
            return 1;
        }
        if (i + 1 < tokens.size() && sameLine(i, i + 1) && isNamePart(i + 1, owner, config)
                && (isGluedHyphen(i) || isParticle(i, config))) {
            return 2;
        }
        return 0;
    }

    /**
     * True when tokens {@code [first, end)} are one untagged capitalised run on one line that no
     * mention covers: every word capitalised except connectors ("of", "and") and glued hyphens
     * inside it.
     */
    boolean freeCapitalisedRun(int first, int end, boolean[] covered) {
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (covered[i] || !"O".equals(t.ner()) || (i > first && !sameLine(i - 1, i))) {
                return false;
            }
            boolean edge = i == first || i == end - 1;
            boolean ok = capitalised(t) || (!edge && (MentionRefiner.isConnector(t.word()) || isGluedHyphen(i)));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The mentions for the drafts, each with its text and sentence index. */
    List<Mention> toMentions(List<MentionDraft> drafts) {
        List<Mention> out = new java.util.ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            Span s = d.span();
            Sentence sentence = article.sentenceAt(s.start());
            out.add(new Mention(s, s.of(text), d.type(), sentence == null ? 0 : sentence.index()));
        }
        return out;
    }

    private int firstTokenEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
