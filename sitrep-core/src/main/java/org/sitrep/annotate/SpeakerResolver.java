package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Decides who the phrase at a quote's cue names. A named mention is the speaker (a person before an
 * organisation before a place: "Russia’s Foreign Minister, Sergey Lavrov" is Lavrov), with a person
 * given their fullest name in the article ("Mr Lavrov" is "Sergey Lavrov"). A pronoun is the previous
 * quote's speaker, unless another person has since become the subject of a sentence, else the most
 * recent person (or, for "it"/"they", organisation or place) named outside quotes. A noun phrase
 * ("the ministry") is the nearest earlier organisation whose name holds its head noun ("Turkey’s
 * Foreign Ministry"), else it stands unresolved as written. A possessive ("Mr Erdogan’s office") is
 * the whole phrase. A phrase joined by a preposition names whom its first part names: a named person
 * or body ("Ingrid Haugland of Fjordvik Securities"), a group of people with its modifiers
 * ("residents on both sides of the border", unresolved), else a role that speaks for the body after
 * the preposition ("a spokesman for the ministry" is the ministry).
 *
 * <p>Keeps the speakers resolved so far, so one instance serves one article, in text order; not
 * thread-safe, and never shared.
 */
final class SpeakerResolver {

    /**
     * Who a cue names: the span it resolves to (null when unresolved), the name with its white space
     * made plain single spaces (scraped names hold no-break spaces and line breaks), the kind.
     */
    record Speaker(Span span, String text, EntityType type) {

        Speaker {
            text = text == null ? null : SPACES.matcher(text).replaceAll(" ").strip();
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private record Said(int sentence, int end, Speaker speaker) {
    }

    private static final Set<String> SINGULAR_NOUNS = Set.of("NN", "NNP");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they");
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’");

    private final TokenView w;
    private final List<Mention> mentions;
    private final List<Span> directQuotes;
    private final int window;
    private final Set<String> groupNouns;
    private final List<Said> history = new ArrayList<>();

    SpeakerResolver(TokenView w, List<Span> directQuotes, int pronounWindowSentences, Set<String> groupNouns) {
        this.w = w;
        this.groupNouns = groupNouns;
        this.mentions = w.article().mentions();
        this.directQuotes = directQuotes;
        this.window = pronounWindowSentences;
    }

    /** The speaker named by tokens {@code [first, end)}; null when the phrase names nobody. */
    Speaker resolve(int first, int end) {
        if (first >= end) {
            return null;
        }
        Mention apposed = personInApposition(first, end);
        if (apposed != null) {
            // "Chi Onwurah, the Labour MP for Newcastle Central, who ..., said": the description is hers
            return new Speaker(apposed.span(), fullName(apposed), EntityType.PERSON);
        }
        int joint = endsWithPerson(first, end) ? -1 : joiningPreposition(first, end);
        if (joint > first) {
            if (namedIn(first, joint) != null || isWhen(joint + 1, end)) {
                // "the company on Thursday": a time after the preposition says when, not who
                // "Ingrid Haugland of Fjordvik Securities": the person before the preposition speaks
                return resolve(first, joint);
            }
            if (namesGroup(first, joint) || w.token(lastNoun(first, joint)).pos().startsWith("NNP")) {
                // "residents on both sides of the border": a group, which its modifiers describe;
                // "the Prince of Wales": a title, not the place's voice
                Span phrase = w.span(first, end);
                return new Speaker(null, phrase.of(w.text()), null);
            }
            // "a spokesman for the ministry": the body the role speaks for
            return resolve(joint + 1, end);
        }
        Mention named = namedIn(first, end);
        Span phrase = w.span(first, end);
        if (named != null) {
            int after = tokenAfter(named.span().end());
            if (after < end && POSSESSIVES.contains(w.token(after).word())) {
                int s = skipDeterminer(first, end);
                Span np = w.span(s, end);
                return new Speaker(np, np.of(w.text()), EntityType.ORGANIZATION);
            }
            String text = named.type() == EntityType.PERSON ? fullName(named)
                    : named.type() == EntityType.ORGANIZATION ? withPossessor(named) : named.text();
            return new Speaker(named.span(), text, named.type());
        }
        if (end - first == 1 && w.token(first).pos().startsWith("PRP")) {
            return pronoun(first);
        }
        return nominal(first, end, phrase);
    }

    /**
     * The first preposition in {@code [first, end)} that joins two noun phrases, outside any name
     * ("Ministry of Defence" is one name); -1 when there is none.
     */
    private int joiningPreposition(int first, int end) {
        for (int k = first + 1; k < end - 1; k++) {
            Token t = w.token(k);
            if (NounPhrases.joins(t) && mentionCovering(t.span()) == null) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when tokens {@code [first, end)} name a group of people by a common noun ("residents",
     * "a villager"), or hold no noun at all ("many", "some"), rather than a role that speaks for a body.
     */
    private boolean namesGroup(int first, int end) {
        int k = lastNoun(first, end);
        if (k < 0) {
            return true;
        }
        Token t = w.token(k);
        return groupNouns.contains(t.word().toLowerCase(Locale.ROOT))
                || groupNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** True when tokens {@code [first, end)} are a date or time ("Thursday", "in 2016") or only numbers. */
    private boolean isWhen(int first, int end) {
        Span span = w.span(first, end);
        for (TimeExpression t : w.article().times()) {
            if (t.span().contains(span)) {
                return true;
            }
        }
        for (int k = first; k < end; k++) {
            if (!w.token(k).pos().equals("CD") && !w.token(k).pos().equals("DT")) {
                return false;
            }
        }
        return true;
    }

    /** The last noun of tokens {@code [first, end)}, or -1. */
    private int lastNoun(int first, int end) {
        for (int k = end - 1; k >= first; k--) {
            if (w.token(k).isNoun()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The person a description {@code [first, end)} stands in apposition to, set off from it by one
     * comma: "Chi Onwurah, the Labour MP for Newcastle Central," or "the Labour MP for Newcastle
     * Central, Chi Onwurah,". Only a description of one ("MP", "minister"; not "user reviews") whose
     * head noun is no name and that names no person itself qualifies. A name before it must open its
     * clause and the description close with a comma ("After meeting Putin, the minister said" is the
     * minister); a name after it must close with a comma, so neither a list ("the ministry, Lavrov and
     * Cavusoglu") nor the clause after an opening phrase ("According to user reviews, Mailchimp has")
     * is an apposition. Null when there is none.
     */
    private Mention personInApposition(int first, int end) {
        int joint = joiningPreposition(first, end);
        int head = lastNoun(first, joint > first ? joint : end);
        if (head < 0 || !SINGULAR_NOUNS.contains(w.token(head).pos()) || mentionCovering(w.token(head).span()) != null
                || namedPerson(first, end) != null) {
            return null;
        }
        boolean closedAfter = end < w.size() && w.token(end).word().equals(",");
        if (closedAfter && first >= 2 && w.token(first - 1).word().equals(",") && w.sameSentence(first - 2, first)) {
            Mention before = mentionEndingAt(w.token(first - 2).span().end());
            if (before != null && before.type() == EntityType.PERSON && opensClause(before)) {
                return before;
            }
        }
        if (end + 1 < w.size() && w.token(end).word().equals(",") && w.sameSentence(end, end + 1)) {
            Mention after = mentionStartingAt(w.token(end + 1).span().start());
            if (after != null && after.type() == EntityType.PERSON) {
                int next = tokenAfter(after.span().end());
                return next < w.size() && w.token(next).word().equals(",") ? after : null;
            }
        }
        return null;
    }

    /** True when the mention stands first in its clause: at the sentence's start or after punctuation. */
    private boolean opensClause(Mention m) {
        int k = tokenAt(m.span().start());
        return k == 0 || !w.sameSentence(k - 1, k) || w.isPunctuation(k - 1) || QuoteCues.isQuoteMark(w.token(k - 1));
    }

    private Mention namedPerson(int first, int end) {
        Mention named = namedIn(first, end);
        return named != null && named.type() == EntityType.PERSON ? named : null;
    }

    private Mention mentionEndingAt(int offset) {
        for (Mention m : mentions) {
            if (m.span().end() == offset) {
                return m;
            }
        }
        return null;
    }

    private Mention mentionStartingAt(int offset) {
        for (Mention m : mentions) {
            if (m.span().start() == offset) {
                return m;
            }
        }
        return null;
    }

    /** "Acting U.S. Attorney for the District of Massachusetts Joshua Levy": a titled name ends the phrase. */
    private boolean endsWithPerson(int first, int end) {
        Mention named = namedIn(first, end);
        return named != null && named.type() == EntityType.PERSON && named.span().end() == w.span(first, end).end();
    }

    /** Remembers a resolved speaker of a quote that ends at {@code end}, for later pronouns. */
    void said(int sentence, int end, Speaker speaker) {
        if (speaker != null && speaker.span() != null) {
            history.add(new Said(sentence, end, speaker));
        }
    }

    /** The speaker of the latest quote, for a quote with no cue of its own. */
    Speaker latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1).speaker();
    }

    private Speaker pronoun(int k) {
        String p = w.token(k).word().toLowerCase(Locale.ROOT);
        int sentence = w.sentenceOf(k);
        int offset = w.token(k).span().start();
        boolean person = PERSON_PRONOUNS.contains(p);
        if (!person && !OTHER_PRONOUNS.contains(p)) {
            return new Speaker(null, w.token(k).word(), null);
        }
        Said previous = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            Said s = history.get(i);
            boolean fits = person ? s.speaker().type() == EntityType.PERSON : s.speaker().type() != EntityType.PERSON;
            if (s.end() <= offset && sentence - s.sentence() <= window && fits) {
                previous = s;
                break;
            }
        }
        Mention recent = null;
        for (Mention m : mentions) {
            if (m.span().start() >= offset) {
                break;
            }
            boolean kind = person ? m.type() == EntityType.PERSON
                    : m.type() == EntityType.ORGANIZATION || m.type().isPlace();
            if (kind && !insideQuote(m.span()) && sentence - m.sentence() <= window) {
                recent = m;
            }
        }
        if (previous != null && (recent == null || recent.sentence() <= previous.sentence() || !isSubject(recent))) {
            return previous.speaker();
        }
        if (recent != null) {
            return new Speaker(recent.span(), recent.type() == EntityType.PERSON ? fullName(recent) : recent.text(),
                    recent.type());
        }
        return new Speaker(null, w.token(k).word(), null);
    }

    private Speaker nominal(int first, int end, Span phrase) {
        int head = -1;
        for (int k = end - 1; k >= first; k--) {
            if (w.token(k).isNoun()) {
                head = k;
                break;
            }
        }
        String text = phrase.of(w.text());
        if (head < 0) {
            return new Speaker(null, text, null);
        }
        // "the ministry" may be any ministry named before; "the Russian defence ministry" only one
        // whose name has all of "russian", "defence" and "ministry"
        List<String> words = new ArrayList<>();
        for (int k = first; k <= head; k++) {
            Token t = w.token(k);
            if (t.isNoun() || t.pos().startsWith("JJ")) {
                words.add(k == head ? t.lemma().toLowerCase(Locale.ROOT) : t.word().toLowerCase(Locale.ROOT));
            }
        }
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().start() >= phrase.start()) {
                break;
            }
            if (m.type() == EntityType.ORGANIZATION && containsAll(m.text(), words)) {
                best = m;
            }
        }
        if (best == null) {
            return new Speaker(null, text, null);
        }
        return new Speaker(best.span(), withPossessor(best), EntityType.ORGANIZATION);
    }

    /** "Turkey’s Foreign Ministry" for the mention "Foreign Ministry" written after "Turkey’s". */
    private String withPossessor(Mention m) {
        int k = tokenAt(m.span().start());
        if (k >= 2 && POSSESSIVES.contains(w.token(k - 1).word())) {
            Mention owner = mentionCovering(w.token(k - 2).span());
            if (owner != null) {
                return w.text().substring(owner.span().start(), m.span().end());
            }
        }
        return m.text();
    }

    /** The fullest written form of a person's name: the longest person mention ending in the same word. */
    private String fullName(Mention m) {
        String last = lastWord(m.text());
        String best = m.text();
        for (Mention o : mentions) {
            if (o.type() == EntityType.PERSON && o.text().length() > best.length() && lastWord(o.text()).equals(last)
                    && o.text().indexOf('\n') < 0) {
                best = o.text();
            }
        }
        return best;
    }

    private Mention namedIn(int first, int end) {
        Span region = w.span(first, end);
        Mention person = null;
        Mention org = null;
        Mention place = null;
        for (Mention m : mentions) {
            if (!region.contains(m.span())) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                person = m;
            } else if (m.type() == EntityType.ORGANIZATION) {
                org = m;
            } else if (m.type().isPlace()) {
                place = m;
            }
        }
        return person != null ? person : org != null ? org : place;
    }

    /** A subject-like mention: the first thing its sentence names, before any verb. */
    private boolean isSubject(Mention m) {
        Sentence s = w.article().sentenceAt(m.span().start());
        if (s == null) {
            return false;
        }
        for (int k = s.firstToken(); k < s.endToken() && k < w.size(); k++) {
            Token t = w.token(k);
            if (t.span().start() >= m.span().start()) {
                return true;
            }
            if (t.isVerb() || QuoteCues.isQuoteMark(t)) {
                return false;
            }
        }
        return false;
    }

    private boolean insideQuote(Span s) {
        for (Span q : directQuotes) {
            if (q.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private Mention mentionCovering(Span s) {
        for (Mention m : mentions) {
            if (m.span().contains(s)) {
                return m;
            }
        }
        return null;
    }

    private int skipDeterminer(int first, int end) {
        return first + 1 < end && w.token(first).pos().equals("DT") ? first + 1 : first;
    }

    private int tokenAfter(int offset) {
        int k = 0;
        while (k < w.size() && w.token(k).span().start() < offset) {
            k++;
        }
        return k;
    }

    private int tokenAt(int offset) {
        int k = 0;
        while (k < w.size() && w.token(k).span().end() <= offset) {
            k++;
        }
        return k;
    }

    private static boolean containsAll(String text, List<String> words) {
        List<String> parts = List.of(text.toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
        return parts.containsAll(words);
    }

    private static String lastWord(String name) {
        String[] parts = SPACES.split(Gazetteer.fold(name).toLowerCase(Locale.ROOT));
        return parts[parts.length - 1];
    }
}
