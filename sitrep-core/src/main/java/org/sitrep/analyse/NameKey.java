package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sitrep.text.Folding;

/**
 * The comparison key of a name: folded (no diacritics, lower case), without a possessive ending,
 * leading honorifics and titles ("Mr", "President", "Deputy Foreign Minister"), descriptions before
 * a person's name ("polygamist leader Warren Jeffs"), an apposition or parenthesis after it ("Warren
 * Jeffs, Polygamist Leader"), a leading preposition of a place ("in Canada"), dots ("U.S." is "us"),
 * or the Arabic article in its spellings ("al-Assad", "Al Assad" and "Assad" share the key
 * {@code assad}). Pure and thread-safe.
 */
final class NameKey {

    /** Words that come before a person's name as an honorific or office, never part of the name. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "messrs", "mme", "m",
            "president", "presidents", "vice", "prime", "minister", "ministers", "deputy", "foreign",
            "defence", "defense", "interior", "finance", "secretary", "general", "gen", "colonel", "col",
            "lt", "lieutenant", "major", "maj", "captain", "capt", "sgt", "king", "queen", "prince",
            "princess", "sheikh", "emir", "chancellor", "governor", "gov", "mayor", "senator", "sen", "rep",
            "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "leader",
            "premier", "chairman", "chairwoman", "judge", "justice", "pope", "ayatollah", "imam", "rev",
            "reverend", "state", "former", "acting", "syrian", "turkish", "russian", "us", "u.s.");

    /** Spellings of the Arabic article that sources attach to names or leave out. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "an", "ar", "at", "az");
    /** Lower-case words that may sit inside a name ("Bashar al-Assad", "Ursula von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "del",
            "della", "der", "di", "da", "du", "dos", "das", "la", "le", "van", "von", "ter", "ten", "y", "of");
    /** Words that open a noun phrase without being part of what it names. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your");
    /** Prepositions that gold or parser mention spans sometimes include before a place ("in Canada"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "to", "from", "near", "into", "across",
            "of", "for", "by", "outside", "inside", "throughout", "around", "toward", "towards", "via", "within");
    /** Words that stand for an antecedent instead of naming anything. */
    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his",
            "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "himself",
            "herself", "itself", "themselves", "ourselves", "who", "whom", "whose", "which", "that", "this", "these",
            "those", "where", "when", "there", "here", "one", "ones", "someone", "anyone", "everyone", "somebody");

    private NameKey() {
    }

    /**
     * A person mention read as a name and the words that describe the person: "polygamist leader
     * Warren Jeffs" is the name key {@code warren jeffs} with the description {@code polygamist
     * leader}; "Sgt. Tim Shields" is {@code tim shields} described as {@code sgt}. A mention with no
     * capitalised name at its end ("two men", "the attorney general") is a description only: its
     * key is the description and {@code nominal} is true.
     */
    record PersonName(String key, String name, String description, boolean nominal) {
    }

    /** The key of a person's name. */
    static String person(String surface) {
        return personName(surface).key();
    }

    /** The person mention split into name key and description (see {@link PersonName}). */
    static PersonName personName(String surface) {
        String s = beforeApposition(withoutPossessive(surface.trim()));
        String[] words = s.split("\\s+");
        int nameStart = words.length;
        while (nameStart > 0 && (capitalised(words[nameStart - 1])
                || (nameStart < words.length && NAME_PARTICLES.contains(Folding.fold(words[nameStart - 1]))))) {
            nameStart--;
        }
        while (nameStart < words.length && !capitalised(words[nameStart])) {
            nameStart++;
        }
        if (nameStart == words.length) {
            List<String> tokens = tokens(s);
            while (tokens.size() > 1 && DETERMINERS.contains(tokens.get(0))) {
                tokens.remove(0);
            }
            String key = String.join(" ", tokens);
            return new PersonName(key, s, key, true);
        }
        List<String> described = new ArrayList<>(tokens(String.join(" ", Arrays.copyOfRange(words, 0, nameStart))));
        described.removeIf(DETERMINERS::contains);
        // "Russia's Sergey Lavrov", "Indonesia 's": a possessive before the name qualifies it
        for (int i = words.length - 2; i >= nameStart; i--) {
            if (possessive(words[i]) || (i + 1 < words.length && words[i + 1].matches("['’]s"))) {
                nameStart = Math.min(words.length - 1, words[i + 1].matches("['’]s") ? i + 2 : i + 1);
                break;
            }
        }
        while (nameStart < words.length - 1 && TITLES.contains(Folding.fold(words[nameStart]).replace(".", ""))) {
            described.addAll(tokens(words[nameStart]));
            nameStart++;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, nameStart, words.length));
        List<String> tokens = tokens(name);
        while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            described.add(tokens.remove(0));
        }
        return new PersonName(String.join(" ", withoutParticles(tokens)), name, String.join(" ", described), false);
    }

    /** The key of any other name (organisation, place, group). */
    static String other(String surface) {
        List<String> tokens = tokens(NameInPhrase.of(surface));
        if (tokens.size() > 1 && PREPOSITIONS.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        if (tokens.size() > 1 && DETERMINERS.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        return String.join(" ", withoutParticles(tokens));
    }

    /** The key without one-letter middle initials ("winston k blackmore" gives "winston blackmore"). */
    static String withoutInitials(String key) {
        String[] words = key.split(" ");
        if (words.length < 3) {
            return key;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || i == words.length - 1 || words[i].length() > 1) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    /** True when every word of the surface form is a pronoun ("he", "who", "them"). */
    static boolean isPronoun(String surface) {
        List<String> tokens = tokens(surface);
        return !tokens.isEmpty() && tokens.stream().allMatch(PRONOUNS::contains);
    }

    /** The capitalised words at the end of a phrase that opens in lower case ("in western Canada" gives "Canada"). */
    static String capitalisedTail(String surface) {
        String[] words = surface.trim().split("\\s+");
        int start = words.length;
        while (start > 0 && capitalised(words[start - 1])) {
            start--;
        }
        return start == 0 || start == words.length ? null : String.join(" ", Arrays.copyOfRange(words, start, words.length));
    }

    /** True when a word has an upper-case letter ("Jeffs", "al-Assad", "FLDS"). */
    private static boolean capitalised(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The part before an apposition or parenthesis, when that part has a capitalised word. */
    private static String beforeApposition(String s) {
        for (String mark : List.of(" ,", ",", " (")) {
            int at = s.indexOf(mark);
            if (at > 0 && capitalised(s.substring(0, at))) {
                return s.substring(0, at).trim();
            }
        }
        return s;
    }

    private static boolean possessive(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"));
    }

    private static String withoutPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2).trim();
        }
        return s;
    }

    /** The folded tokens of a surface form, without possessive and dots; hyphens split tokens. */
    static List<String> tokens(String surface) {
        String f = Folding.fold(surface).trim();
        if (f.endsWith("'s")) {
            f = f.substring(0, f.length() - 2);
        } else if (f.endsWith("s'")) {
            f = f.substring(0, f.length() - 1);
        }
        f = f.replace(".", "").replace('-', ' ').replace('\'', ' ');
        List<String> out = new ArrayList<>(Arrays.asList(f.trim().split("\\s+")));
        out.removeIf(String::isEmpty);
        // "U . S . Geological Survey" spaced by a tokenizer: runs of single letters are one word
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).length() == 1 && out.get(i + 1).length() == 1 && Character.isLetter(out.get(i).charAt(0))
                    && Character.isLetter(out.get(i + 1).charAt(0)) && singleLetters(surface)) {
                out.set(i, out.get(i) + out.remove(i + 1));
                i--;
            }
        }
        return out;
    }

    /**
     * Initials of the capitalised words of a name ("Hayat Tahrir al-Sham" gives "hts"); an
     * abbreviation with dots gives all its letters ("U.S. Geological Survey" gives "usgs").
     */
    static String initials(String surface) {
        StringBuilder sb = new StringBuilder();
        for (String word : surface.split("[\\s-]+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || PARTICLES.contains(Folding.fold(word))) {
                continue;
            }
            if (word.matches("(\\p{Lu}\\.)+\\p{Lu}?\\.?")) {
                sb.append(word.replace(".", "").toLowerCase(java.util.Locale.ROOT));
            } else {
                sb.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return Folding.fold(sb.toString());
    }

    /** True when the surface form has a run of single letters separated by dots and spaces ("U . S ."). */
    private static boolean singleLetters(String surface) {
        return surface.matches(".*\\b\\p{L}\\s?\\.\\s?\\p{L}\\b.*");
    }

    /** True when the surface form looks like an acronym: 2 to 6 capitals, perhaps with dots. */
    static boolean isAcronym(String surface) {
        String s = surface.replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> withoutParticles(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean beforeAnotherWord = i + 1 < tokens.size();
            if (beforeAnotherWord && PARTICLES.contains(tokens.get(i))) {
                continue;
            }
            out.add(tokens.get(i));
        }
        return out;
    }
}
