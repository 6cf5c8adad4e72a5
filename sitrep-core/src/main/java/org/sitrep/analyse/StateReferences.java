package org.sitrep.analyse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.text.Folding;

/**
 * What a story says about states, for the names that stand for one: which countries it names
 * unambiguously (so that "Congolese" in a story about Brazzaville is the Republic of the Congo, not
 * the DR Congo), and which state each government noun is tied to ("the Syrian regime", "the
 * government in Ankara", "Damascus's regime"), so that "the regime" alone can be read as that state.
 *
 * <p>Built once per story from its mentions and text; immutable afterwards.
 */
final class StateReferences {

    /** Nouns for a state's government that news uses alone once the state is clear ("the regime said"). */
    static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "regime", "administration", "junta",
            "authorities", "leadership", "cabinet");
    /** "<name> regime", "regime in <name>", "regime of <name>" with a name of one to three capitalised words. */
    private static final Pattern BEFORE = Pattern.compile(
            "((?:[A-Z][\\p{L}.'’-]*\\s){0,2}[A-Z][\\p{L}.'’-]*)(?:['’]s)?\\s+(" + String.join("|", GOVERNMENT_NOUNS) + ")\\b");
    private static final Pattern AFTER = Pattern.compile(
            "\\b(" + String.join("|", GOVERNMENT_NOUNS) + ")\\s+(?:in|of)\\s+((?:[A-Z][\\p{L}.'’-]*\\s?){1,3})");

    private final CountryNames countries;
    private final Set<String> named = new LinkedHashSet<>();
    private final Map<String, Set<String>> governments = new LinkedHashMap<>();

    StateReferences(CountryNames countries, List<AnnotatedArticle> articles) {
        this.countries = countries;
        for (AnnotatedArticle a : articles) {
            for (Mention m : a.mentions()) {
                List<String> candidates = countries.countriesOf(m.text().trim());
                if (candidates.size() == 1) {
                    named.add(candidates.get(0));
                }
            }
            Matcher before = BEFORE.matcher(a.text());
            while (before.find()) {
                tie(before.group(2), before.group(1));
            }
            Matcher after = AFTER.matcher(a.text());
            while (after.find()) {
                tie(after.group(1), after.group(2));
            }
        }
    }

    /**
     * The country a name stands for: its only reading, or among several ("Congolese", "Korean") the
     * one the story names elsewhere, else the gazetteer's first.
     */
    Optional<String> countryOf(String name) {
        List<String> candidates = countries.countriesOf(name);
        if (candidates.size() > 1) {
            List<String> inStory = candidates.stream().filter(named::contains).toList();
            if (inStory.size() == 1) {
                return Optional.of(inStory.get(0));
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /**
     * The state a government noun used alone stands for in this story ("regime" after "the Syrian
     * regime" elsewhere): present only when the story ties the noun to exactly one state.
     */
    Optional<String> governmentOf(String noun) {
        Set<String> states = governments.get(noun.toLowerCase(Locale.ROOT));
        return states != null && states.size() == 1 ? Optional.of(states.iterator().next()) : Optional.empty();
    }

    /** True when the folded mention is a government noun, perhaps with "the" ("the regime"). */
    static boolean isGovernmentNoun(String surface) {
        List<String> tokens = NameKey.tokens(surface);
        if (tokens.size() == 2 && tokens.get(0).equals("the")) {
            tokens = tokens.subList(1, 2);
        }
        return tokens.size() == 1 && GOVERNMENT_NOUNS.contains(tokens.get(0));
    }

    private void tie(String noun, String name) {
        String n = name.trim();
        // the longest reading first: "South Korean government" before "Korean government"
        String[] words = n.split("\\s+");
        for (int start = 0; start < words.length; start++) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
            Optional<String> state = countryOf(candidate);
            if (state.isPresent()) {
                governments.computeIfAbsent(Folding.fold(noun), k -> new LinkedHashSet<>()).add(state.get());
                return;
            }
        }
    }
}
