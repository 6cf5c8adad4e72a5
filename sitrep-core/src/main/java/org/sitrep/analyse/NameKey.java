package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sitrep.text.Folding;

/**
 * The comparison key of a name: folded (no diacritics, lower case), without a possessive ending,
 * leading honorifics and titles ("Mr", "President", "Deputy Foreign Minister"), dots ("U.S." is
 * "us"), or the Arabic article in its spellings ("al-Assad", "Al Assad" and "Assad" share the key
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

    private NameKey() {
    }

    /** The key of a person's name. */
    static String person(String surface) {
        List<String> tokens = tokens(surface);
        while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        return String.join(" ", withoutParticles(tokens));
    }

    /** The key of any other name (organisation, place, group). */
    static String other(String surface) {
        List<String> tokens = tokens(surface);
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        return String.join(" ", withoutParticles(tokens));
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
        return out;
    }

    /** Initials of the capitalised words of a name ("Hayat Tahrir al-Sham" gives "hts"). */
    static String initials(String surface) {
        StringBuilder sb = new StringBuilder();
        for (String word : surface.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !PARTICLES.contains(Folding.fold(word))) {
                sb.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return Folding.fold(sb.toString());
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
