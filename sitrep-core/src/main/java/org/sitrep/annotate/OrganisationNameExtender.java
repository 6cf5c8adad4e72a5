package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EntityType;

/**
 * Extends an organisation mention that the tagger cut at its head noun over the "of"/"for" phrase
 * that completes its name: "Mineworkers Union" + "of Zambia", "State Agency" + "for Chemical
 * Safety", "Ministry" + "of Foreign Affairs". The phrase must be a run of capitalised name tokens
 * (small words such as "and" inside it), on the same line and in the same sentence; a run that ends
 * in a possessive ("Agency for Turkey's refugees") names something else and is left alone. Mentions
 * the extended name now covers are dropped later by the refiner's overlap rule, which keeps the
 * longer mention. Used by the {@link MentionRefiner}; stateless.
 */
final class OrganisationNameExtender {

    /** Words that join an organisation's head noun to the rest of its name. */
    private static final Set<String> LINKS = Set.of("of", "for", "on");
    /** Small words allowed inside the completing phrase ("Organisation for Economic Co-operation and Development"). */
    private static final Set<String> INNER = Set.of("and", "the", "&");
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
    /** The longest completing phrase, in tokens: names longer than this are rare and runs this long are usually lists. */
    private static final int MAX_PHRASE_TOKENS = 6;

    private final Set<String> organisationHeads;

    OrganisationNameExtender(Set<String> organisationHeads) {
        this.organisationHeads = Set.copyOf(organisationHeads);
    }

    List<MentionDraft> extend(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            out.add(d.aligned() && d.type() == EntityType.ORGANIZATION ? extended(w, d) : d);
        }
        return out;
    }

    private MentionDraft extended(TokenView w, MentionDraft d) {
        int link = d.end();
        if (link + 1 >= w.size() || !organisationHeads.contains(key(w.token(link - 1).word()))
                || !LINKS.contains(w.token(link).word()) || !w.sameLine(link - 1, link + 1)
                || !w.sameSentence(link - 1, link + 1)) {
            return d;
        }
        int end = link + 1;
        int lastName = -1;
        while (end < w.size() && end - link <= MAX_PHRASE_TOKENS && w.sameLine(link, end) && w.sameSentence(link, end)) {
            Token t = w.token(end);
            if (w.capitalised(t) && (NAME_TAGS.contains(t.pos()) || t.pos().isEmpty())) {
                lastName = end;
            } else if (!INNER.contains(t.word().toLowerCase(Locale.ROOT)) || lastName < 0) {
                break;
            }
            end++;
        }
        if (lastName < 0) {
            return d;
        }
        boolean possessive = lastName + 1 < w.size() && w.token(lastName + 1).word().matches("['’]s");
        return possessive ? d : w.resize(d, d.first(), lastName + 1);
    }

    private static String key(String word) {
        return MentionRefinerConfig.key(word);
    }
}
