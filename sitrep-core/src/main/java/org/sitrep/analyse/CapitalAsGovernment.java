package org.sitrep.analyse;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;

/**
 * Whether a capital city's name is used for its government ("Ankara said", "Turkey warned Moscow",
 * "Ankara-backed rebels") rather than for the city, which travel, food and sports pages name as a
 * destination ("Bangkok is easy to get around", "Jungsik Seoul"). On a page about government (at
 * least {@link #MIN_GOVERNMENT_WORDS} different government words, {@link #MIN_GOVERNMENT_WORDS_PER_1000}
 * per thousand characters: the seeds, the example corpus) the name is the government, as news uses
 * it, unless the words around it make it the place. Elsewhere it is the government only when it is
 * the subject of a verb of speech or diplomacy ("Ankara and Moscow signed a deal", "Damascus has
 * denied"), the object of one ("warned Moscow"), the first half of a compound of backing ("Ankara-backed"),
 * or when its sentence speaks of government ("minister", "sanctions", "regime"). Seats of government
 * that are no city ("the Kremlin") are not asked: they always are the government. One instance per
 * story analysis, as it remembers which articles are about government; not thread-safe.
 */
final class CapitalAsGovernment {

    /** Forms of the verbs of speech and diplomacy whose subject or object a government is. */
    private static final Set<String> VERBS = Set.of("say", "says", "said", "tell", "tells", "told", "warn", "warns",
            "warned", "announce", "announces", "announced", "accuse", "accuses", "accused", "deny", "denies", "denied",
            "claim", "claims", "claimed", "insist", "insists", "insisted", "reject", "rejects", "rejected", "demand",
            "demands", "demanded", "urge", "urges", "urged", "threaten", "threatens", "threatened", "respond",
            "responds", "responded", "condemn", "condemns", "condemned", "impose", "imposes", "imposed", "sanction",
            "sanctioned", "agree", "agrees", "agreed", "sign", "signs", "signed", "refuse", "refuses", "refused",
            "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized", "expel", "expels",
            "expelled", "summon", "summons", "summoned", "deploy", "deploys", "deployed", "retaliate", "retaliates",
            "vow", "vows", "vowed", "pledge", "pledges", "pledged", "protest", "protests", "protested",
            "object", "objects", "objected", "criticise", "criticises", "criticised", "criticize", "criticizes",
            "criticized", "blame", "blames", "blamed", "declare", "declares", "declared", "confirm", "confirms",
            "confirmed", "veto", "vetoes", "vetoed", "oppose", "opposes", "opposed", "negotiate", "negotiates",
            "negotiated", "press", "presses", "pressed", "pressure", "pressured", "invade", "invades", "invaded",
            "attack", "attacks", "attacked", "recall", "recalls", "recalled", "reiterate", "reiterates",
            "reiterated", "welcome", "welcomes", "welcomed", "backed", "backs", "supported", "supports", "order",
            "orders", "ordered", "ban", "bans", "banned", "suspend", "suspends", "suspended", "approve", "approves",
            "approved", "halt", "halts", "halted", "boycott", "boycotts", "boycotted", "retaliated", "mobilised",
            "mobilized", "annexed");
    /** Words that make a sentence one about government and diplomacy. */
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "governments", "minister", "ministers",
            "ministry", "president", "presidential", "officials", "diplomat", "diplomats", "diplomatic", "diplomacy",
            "embassy", "embassies", "ambassador", "envoy", "regime", "sanctions", "troops", "military", "army",
            "talks", "treaty", "ceasefire", "parliament", "negotiations", "summit", "tariffs", "spokesman",
            "spokeswoman", "spokesperson", "administration", "kremlin", "nato", "allies", "annexation");
    /** Participles that make "CAPITAL-PARTICIPLE" the government's doing ("Ankara-backed", "Moscow-led"). */
    private static final Set<String> BACKING = Set.of("backed", "led", "sponsored", "funded", "allied", "aligned",
            "controlled", "brokered", "imposed", "appointed");
    /** How many different government words make a page one about government. */
    static final int MIN_GOVERNMENT_WORDS = 3;
    /** How dense, per thousand characters, government words must be on a page about government. */
    static final double MIN_GOVERNMENT_WORDS_PER_1000 = 1.5;
    /** Words skipped between a subject and its verb: a joined name, auxiliaries, adverbs. */
    private static final Set<String> BETWEEN = Set.of("and", "has", "have", "had", "also", "again", "later", "then",
            "would", "will", "did", "does", "do", "is", "was", "reportedly", "publicly", "repeatedly",
            "strongly", "swiftly", "quickly", "officially", "not", "never", "already");
    /** Words before a capital that make it a noun's modifier rather than a clause's subject. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those");
    /** Offices of a city, beside the titles a name may carry ({@link NameKey#TITLES}). */
    private static final Set<String> OFFICE_WORDS = Set.of("police", "prefect", "council", "councillor",
            "fire", "metro", "transit", "city", "municipal", "airport");
    /** How many words may stand between a capital and its verb ("Ankara and Moscow have also signed"). */
    private static final int MAX_WORDS_BETWEEN = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");

    private final Map<AnnotatedArticle, Boolean> aboutGovernment = new IdentityHashMap<>();

    /** True when the mention {@code m} of a capital in {@code a} stands for the state's government. */
    boolean isGovernment(AnnotatedArticle a, Mention m) {
        String text = a.text();
        if (aboutGovernment.computeIfAbsent(a, CapitalAsGovernment::isAboutGovernment)
                || VERBS.contains(NeighbourWords.before(text, m.span().start()))) {
            return true;
        }
        int end = m.span().end();
        if (end < text.length() && text.charAt(end) == '-' && BACKING.contains(NeighbourWords.after(text, end + 1))) {
            return true;
        }
        Sentence s = a.sentenceAt(m.span().start());
        int sentenceEnd = s == null ? Math.min(text.length(), m.span().end() + 200) : s.span().end();
        List<String> after = words(text, m.span().end(), Math.max(m.span().end(), sentenceEnd));
        // after a determiner the capital qualifies a noun ("the Paris attacks", "a Bangkok protest"): no subject
        boolean modifier = DETERMINERS.contains(NeighbourWords.before(text, m.span().start()));
        for (int i = 0; i < after.size() && i <= MAX_WORDS_BETWEEN && !modifier; i++) {
            String word = after.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (VERBS.contains(lower)) {
                return true;
            }
            // "London Mayor Sadiq Khan said": the office holder speaks, not the city's state
            if (NameKey.TITLES.contains(lower) || OFFICE_WORDS.contains(lower)) {
                break;
            }
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (!BETWEEN.contains(lower) && !capitalised) {
                break;
            }
        }
        if (s == null) {
            return false;
        }
        for (String word : words(text, s.span().start(), s.span().end())) {
            if (isGovernmentWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** True for a page with enough different government words, densely enough, to be about government. */
    private static boolean isAboutGovernment(AnnotatedArticle a) {
        String text = a.text();
        Set<String> distinct = new HashSet<>();
        int count = 0;
        for (String word : words(text, 0, text.length())) {
            if (isGovernmentWord(word)) {
                distinct.add(bare(word));
                count++;
            }
        }
        return distinct.size() >= MIN_GOVERNMENT_WORDS
                && count * 1000.0 / Math.max(1, text.length()) >= MIN_GOVERNMENT_WORDS_PER_1000;
    }

    private static boolean isGovernmentWord(String word) {
        return GOVERNMENT_WORDS.contains(bare(word));
    }

    /** The word in lower case without a possessive ending ("regime’s" is "regime"). */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** The words of {@code text} between two offsets, as written; a possessive "’s" is kept on its word. */
    private static List<String> words(String text, int from, int to) {
        int end = Math.min(to, text.length());
        Matcher matcher = WORD.matcher(text).region(Math.min(from, end), end);
        List<String> out = new java.util.ArrayList<>();
        while (matcher.find()) {
            out.add(matcher.group());
        }
        return out;
    }
}
