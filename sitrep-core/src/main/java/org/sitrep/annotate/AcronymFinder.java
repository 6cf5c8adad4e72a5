package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.EntityType;

/**
 * Finds acronyms of names in the same article that the tagger left untagged: one defined in
 * brackets after the name ("Hayat Tahrir al-Sham (HTS)"), or an all-caps word that spells the
 * initials of a multi-word mention anywhere in the article ("HTS" for "Hayat Tahrir Al Sham",
 * "IRGC" for "Islamic Revolutionary Guard Corps"); and one in brackets after an organisation's name
 * of two words or more, whatever its letters ("State Agency for Chemical Safety (AESQ)", a Spanish
 * acronym), which is then the organisation wherever it stands alone in the article ("AESQ said"). The
 * acronym gets its name's type. Used by the
 * {@link MentionRefiner}; stateless.
 */
final class AcronymFinder {

    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    /** Small words that initials usually skip ("Syrian Observatory for Human Rights" is SOHR). */
    private static final Set<String> SKIPPED = Set.of("of", "for", "the", "and", "on", "in", "al", "el", "de", "du",
            "la", "le", "des", "a", "an", "&");
    private static final String OPEN = "(";
    /**
     * How many tokens a name may spend per letter of its acronym: small words ("of", "al") and
     * hyphens add tokens that give no letter.
     */
    private static final int TOKENS_PER_LETTER = 2;
    private static final String CLOSE = ")";

    private final int maxLength;

    AcronymFinder(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * New drafts for acronyms not yet covered by {@code drafts}. A person draft defined with a
     * bracketed acronym is retyped in {@code drafts} (a working list of the caller's) as an
     * organisation.
     */
    List<MentionDraft> find(TokenView w, List<MentionDraft> drafts) {
        Set<String> defined = definedAfterOrganisations(w, drafts);
        retypeAsOrganisations(w, drafts, defined);
        boolean[] covered = w.covered(drafts);
        Map<String, EntityType> byInitials = new LinkedHashMap<>();
        for (String acronym : defined) {
            byInitials.put(acronym, EntityType.ORGANIZATION);
        }
        for (MentionDraft d : drafts) {
            for (String initials : initials(w.text(d))) {
                byInitials.putIfAbsent(initials, d.type());
            }
        }
        List<MentionDraft> found = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (covered[i] || !w.isAllCaps(w.token(i), maxLength)) {
                continue;
            }
            String acronym = w.token(i).word();
            boolean bracketed = bracketed(w, i);
            EntityType type = byInitials.get(acronym);
            if (bracketed && type == EntityType.PERSON) {
                // a name defined with an acronym in brackets is an organisation's, whatever the
                // tagger thought ("Hayat Tahrir al-Sham (HTS)")
                type = EntityType.ORGANIZATION;
                retypeNameBefore(w, drafts, i - 1, acronym);
                byInitials.put(acronym, type);
            }
            if (bracketed && type == null) {
                MentionDraft name = namedBefore(w, drafts, i - 1, acronym);
                if (name != null) {
                    found.add(name);
                    type = name.type();
                }
            }
            if (type != null) {
                found.add(w.draft(i, i + 1, type));
            }
        }
        return found;
    }

    private static boolean bracketed(TokenView w, int i) {
        return i >= 2 && i + 1 < w.size() && OPEN.equals(w.token(i - 1).word()) && CLOSE.equals(w.token(i + 1).word());
    }

    /**
     * All-caps words defined in brackets right after an organisation's name, whatever their letters:
     * "State Agency for Chemical Safety (AESQ)" abbreviates the Spanish name. Only after organisations:
     * after a person's name a bracketed word is more often a party or a state ("(R)", "(AP)").
     */
    private Set<String> definedAfterOrganisations(TokenView w, List<MentionDraft> drafts) {
        Set<String> defined = new LinkedHashSet<>();
        for (MentionDraft d : drafts) {
            int acronym = d.end() + 1;
            if (d.aligned() && d.type() == EntityType.ORGANIZATION && acronym < w.size() && bracketed(w, acronym)
                    && w.isAllCaps(w.token(acronym), maxLength) && d.end() - d.first() >= 2) {
                defined.add(w.token(acronym).word());
            }
        }
        return defined;
    }

    /**
     * Retypes, in place, the drafts that are exactly one of {@code acronyms} as organisations: the
     * tagger reads a bare "AESQ said" as a person.
     */
    private static void retypeAsOrganisations(TokenView w, List<MentionDraft> drafts, Set<String> acronyms) {
        for (int k = 0; k < drafts.size(); k++) {
            MentionDraft d = drafts.get(k);
            if (d.aligned() && d.type() != EntityType.ORGANIZATION && acronyms.contains(w.text(d))) {
                drafts.set(k, d.withType(EntityType.ORGANIZATION));
            }
        }
    }

    /** Retypes, in place, the person draft ending just before the bracket at {@code open} as an organisation. */
    private static void retypeNameBefore(TokenView w, List<MentionDraft> drafts, int open, String acronym) {
        for (int k = 0; k < drafts.size(); k++) {
            MentionDraft d = drafts.get(k);
            if (d.aligned() && d.end() == open && initials(w.text(d)).contains(acronym)) {
                drafts.set(k, d.withType(EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * The untagged capitalised run ending just before the bracket at {@code open} whose initials
     * spell {@code acronym}, as an organisation; null when there is none.
     */
    private static MentionDraft namedBefore(TokenView w, List<MentionDraft> drafts, int open, String acronym) {
        boolean[] covered = w.covered(drafts);
        for (int first = open - 1; first >= 0 && open - first <= acronym.length() * TOKENS_PER_LETTER; first--) {
            if (!w.freeCapitalisedRun(first, open, covered)) {
                if (covered[first]) {
                    break;
                }
                continue;
            }
            if (initials(w.text(first, open)).contains(acronym)) {
                return w.draft(first, open, EntityType.ORGANIZATION);
            }
        }
        return null;
    }

    /**
     * The acronyms a name may have: initials of every word, of the capitalised words, and of the words
     * left when small words are skipped; only multi-letter ones.
     */
    static Set<String> initials(String name) {
        String[] words = WORD_BREAK.split(name.strip());
        Set<String> out = new LinkedHashSet<>();
        if (words.length < 2) {
            return out;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder capitalised = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            char first = Character.toUpperCase(word.charAt(0));
            all.append(first);
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised.append(first);
            }
            if (!SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                content.append(first);
            }
        }
        for (StringBuilder b : List.of(all, capitalised, content)) {
            if (b.length() >= 2) {
                out.add(b.toString());
            }
        }
        return out;
    }
}
