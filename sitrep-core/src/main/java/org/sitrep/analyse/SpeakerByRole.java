package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Gazetteer;
import org.sitrep.annotate.Token;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityType;

/**
 * The one person of a story that a speaker described only by office names: "the Russian foreign
 * minister said" in one source, where another writes "Russia's Foreign Minister, Sergey Lavrov". The
 * offices are read from the words the story's sources set beside each person's name: before it
 * ("Turkish Foreign Minister Mevlut Cavusoglu", "Russia's Foreign Minister, Sergey Lavrov") or as an
 * appositive after it ("Yasar Yakis, a former Turkish foreign minister"). A speaker matches a person
 * when one of the person's descriptions ends in the speaker's head noun and holds all the speaker's
 * words, a country's name and its demonym counting as one word; a rank the speaker does not give
 * ("former", "deputy") rules the person out, so "the foreign minister" is not a former one. Only a
 * definite description ending in an office ("the governor", "the institute's chief executive") is
 * looked up, and only a single match counts; a title named alone ("the Prince of Wales", a person
 * entity of its own) is not a second candidate beside the person it belongs to. Built per story; pure
 * and thread-safe once built.
 */
final class SpeakerByRole {

    /** Words that make an office another one: "the foreign minister" is not "a former foreign minister". */
    private static final Set<String> RANKS = Set.of("former", "deputy", "vice", "acting", "ex", "assistant", "late",
            "shadow", "junior", "interim");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    /**
     * The offices a speaker may be named by. A description ending in another noun ("the star", "the
     * billionaire") too often fits a second person the story never describes that way.
     */
    private static final Set<String> OFFICES = Set.of("minister", "president", "secretary", "governor", "mayor",
            "senator", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "commander",
            "leader", "premier", "chairman", "chairwoman", "chair", "judge", "pope", "king", "queen", "prince",
            "princess", "chancellor", "director", "executive", "ceo", "founder", "head", "coach", "manager",
            "prosecutor", "commissioner", "sheriff", "general", "admiral", "emir", "sheikh", "monarch");
    /** Tags of the words of a description set beside a name. */
    private static final Set<String> DESCRIPTION_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS");
    /** The longest description read beside a name, in tokens. */
    private static final int MAX_DESCRIPTION_TOKENS = 6;

    private final Map<Entity, List<List<String>>> descriptions;
    private final CountryNames countries;

    private SpeakerByRole(Map<Entity, List<List<String>>> descriptions, CountryNames countries) {
        this.descriptions = descriptions;
        this.countries = countries;
    }

    /** The descriptions the story's sources give its person entities. */
    static SpeakerByRole of(List<Entity> entities, List<AnnotatedArticle> articles, CountryNames countries) {
        Map<ArticleId, AnnotatedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        SpeakerByRole roles = new SpeakerByRole(new HashMap<>(), countries);
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || PlaceTitles.isTitle(e.name())) {
                // "Prince of Wales" is an office named alone: "the prince" is the person named with it
                continue;
            }
            Set<List<String>> found = new LinkedHashSet<>();
            for (Citation c : e.mentions()) {
                AnnotatedArticle a = byId.get(c.article());
                if (a != null) {
                    roles.addDescriptions(a, c, found);
                }
            }
            if (!found.isEmpty()) {
                roles.descriptions.put(e, List.copyOf(found));
            }
        }
        return roles;
    }

    /** The one person the description {@code speaker} ("the Russian foreign minister") names, or null. */
    Entity find(String speaker) {
        if (speaker == null || speaker.isBlank() || NameKey.isPronoun(speaker)) {
            return null;
        }
        String[] written = speaker.trim().split("\\s+");
        String opening = written[0].toLowerCase(Locale.ROOT);
        // "a charity" brings in someone new; "Quartz" is a name, not an office
        if (opening.equals("a") || opening.equals("an")
                || (!DETERMINERS.contains(opening) && Character.isUpperCase(written[written.length - 1].charAt(0)))) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : written) {
            String w = normalised(word);
            if (!w.isEmpty() && !DETERMINERS.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty() || !OFFICES.contains(words.get(words.size() - 1))) {
            return null;
        }
        Entity match = null;
        for (Map.Entry<Entity, List<List<String>>> e : descriptions.entrySet()) {
            if (e.getValue().stream().anyMatch(d -> fits(words, d))) {
                if (match != null) {
                    return null;
                }
                match = e.getKey();
            }
        }
        return match;
    }

    private static boolean fits(List<String> speaker, List<String> description) {
        if (!description.get(description.size() - 1).equals(speaker.get(speaker.size() - 1))
                || !description.containsAll(speaker)) {
            return false;
        }
        for (String word : description) {
            if (RANKS.contains(word) && !speaker.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void addDescriptions(AnnotatedArticle a, Citation c, Set<List<String>> into) {
        List<Token> tokens = a.tokens();
        int first = firstTokenAt(tokens, c.span().start());
        int last = firstTokenAt(tokens, c.span().end());
        if (first < 0 || first >= tokens.size()) {
            return;
        }
        // the mention itself may carry titles: "Turkish Foreign Minister Mevlut Cavusoglu"
        String own = NameKey.personName(c.span().of(a.text())).description();
        addDescription(List.of(own.split("\\s+")), into);
        // before the name, a comma allowed between: "Russia's Foreign Minister, Sergey Lavrov"
        int end = first > 0 && tokens.get(first - 1).word().equals(",") ? first - 1 : first;
        int start = end;
        while (start > 0 && end - start < MAX_DESCRIPTION_TOKENS && DESCRIPTION_TAGS.contains(tokens.get(start - 1).pos())) {
            start--;
        }
        if (end > start && isSingularNoun(tokens.get(end - 1))) {
            addDescription(words(tokens, start, end), into);
        }
        // an appositive after the name: ", a former Turkish foreign minister,"
        if (last < tokens.size() && tokens.get(last).word().equals(",")) {
            int k = last + 1;
            while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                k++;
            }
            int stop = k;
            while (stop < tokens.size() && stop - k < MAX_DESCRIPTION_TOKENS
                    && DESCRIPTION_TAGS.contains(tokens.get(stop).pos())) {
                stop++;
            }
            boolean closed = stop >= tokens.size() || !tokens.get(stop).isNoun();
            if (closed && stop > k && isSingularNoun(tokens.get(stop - 1))) {
                addDescription(words(tokens, k, stop), into);
            }
        }
    }

    private void addDescription(List<String> raw, Set<List<String>> into) {
        List<String> words = new ArrayList<>();
        for (String word : raw) {
            String w = normalised(word);
            if (!w.isEmpty() && !DETERMINERS.contains(w)) {
                words.add(w);
            }
        }
        if (!words.isEmpty()) {
            into.add(List.copyOf(words));
        }
    }

    /** A word as descriptions are compared: folded, lower case, a country for its name or demonym ("Russia's", "Russian"). */
    private String normalised(String word) {
        String w = word.replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
        if (w.isEmpty()) {
            return "";
        }
        if (Character.isUpperCase(w.charAt(0))) {
            List<String> states = countries.countriesOf(w);
            if (!states.isEmpty() && !countries.isSeatOfGovernment(w)) {
                return "state:" + Gazetteer.fold(states.get(0)).toLowerCase(Locale.ROOT);
            }
        }
        return Gazetteer.fold(w).toLowerCase(Locale.ROOT);
    }

    /** True for a noun naming one thing: a plural ("user reviews") describes no one person. */
    private static boolean isSingularNoun(Token t) {
        return t.pos().equals("NN") || t.pos().equals("NNP");
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).pos().equals("POS")) {
                out.add(tokens.get(k).word());
            }
        }
        return out;
    }

    /** The index of the first token starting at or after {@code offset}. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
