package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Capability;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * The annotation layer that repairs the tagger's named mentions. In order:
 * <ol>
 *   <li>drops pronoun mentions ("he", "his");</li>
 *   <li>splits mentions at line breaks (scraped captions run into the next line) and at hyphen
 *       compounds ("Russian-Turkish" is two nationalities; "Al Qaeda-linked Hayat Tahrir Al Sham" is
 *       two organisations);</li>
 *   <li>extends person mentions over adjacent capitalised name tokens the tagger left out
 *       ("Presidents Recep Tayyip Erdoğan" tagged as "Tayyip Erdoğan" becomes "Recep Tayyip
 *       Erdoğan"), never over titles ("President", "Minister", "Mr"), and merges a name split in
 *       two;</li>
 *   <li>types places and demonyms with the {@link Gazetteer} ({@code LOCATION} "Turkey" becomes
 *       {@code COUNTRY}, "Ankara" {@code CITY}, {@code MISC} "Turkish" {@code NATIONALITY}) and
 *       keeps or makes names ending in an organisation noun ("Foreign Ministry") organisations;</li>
 *   <li>adds mentions the tagger missed: capitalised organisation names ("Foreign Ministry"),
 *       completed by the "of" phrase the tagger left out ("Mineworkers Union of Zambia", see
 *       {@link OrganisationNameExtender}),
 *       gazetteer names and demonyms, and acronyms defined in the text ("Hayat Tahrir al-Sham
 *       (HTS)", or "HTS" as the initials of a multi-word name in the same article);</li>
 *   <li>removes overlaps, keeping the longer mention.</li>
 * </ol>
 *
 * <p>Needs tokens with part of speech and the tagger's mentions; gives mentions in text order, none
 * overlapping. Pure and thread-safe; linear in the article's length (the gazetteer scan tries names
 * of up to {@link Gazetteer#longestNameWords()} words at each token).
 */
public final class MentionRefiner implements AnnotationLayer {

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$");
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
    /** Lower-case words allowed inside a multi-word gazetteer or organisation name. */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "for", "the", "de", "du");
    private static final String HYPHEN = "-";
    /**
     * Tokens a gazetteer name may take per word of its listed form: the tokenizer splits hyphens
     * and possessives off ("Guinea-Bissau" is three tokens, two words).
     */
    private static final int TOKENS_PER_NAME_WORD = 2;

    private final MentionRefinerConfig config;
    private final Gazetteer gazetteer;

    /** A refiner with the default config and the standard gazetteer. */
    public MentionRefiner() {
        this(MentionRefinerConfig.defaults(), Gazetteer.standard());
    }

    public MentionRefiner(MentionRefinerConfig config, Gazetteer gazetteer) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.PART_OF_SPEECH,
                Capability.ENTITY_MENTIONS);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.ENTITY_MENTIONS);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle article) {
        TokenView w = new TokenView(article);
        List<MentionDraft> drafts = new ArrayList<>();
        for (Mention m : article.mentions()) {
            if (m.span().fits(w.text().length())) {
                drafts.add(w.align(m));
            }
        }
        drafts.removeIf(w::isPronoun);
        drafts = splitAtLineBreaks(w, drafts);
        drafts = splitHyphenCompounds(w, drafts);
        drafts = splitJoinedNames(w, drafts);
        drafts = extendPersons(w, drafts);
        drafts = mergeAdjacentPersons(w, drafts);
        drafts = retype(w, drafts);
        drafts.addAll(missingOrganisations(w, drafts));
        drafts = new OrganisationNameExtender(config.organisationHeads()).extend(w, drafts);
        drafts.addAll(missingGazetteerNames(w, drafts));
        drafts.addAll(new AcronymFinder(config.maxAcronymLength()).find(w, drafts));
        return article.withMentions(w.toMentions(withoutOverlaps(w, drafts)));
    }

    private List<MentionDraft> splitAtLineBreaks(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>();
        for (MentionDraft d : drafts) {
            int start = d.first();
            for (int i = d.first(); d.aligned() && i < d.end() - 1; i++) {
                if (!w.sameLine(i, i + 1)) {
                    out.add(w.resize(d, start, i + 1));
                    start = i + 1;
                }
            }
            out.add(d.aligned() ? w.resize(d, start, d.end()) : d);
        }
        return out;
    }

    /**
     * Splits "X-linked Y" into X and Y, and "Russian-Turkish" into two names when both halves are
     * gazetteer names and the whole is not ("Guinea-Bissau" stays whole; "al-Assad" has no
     * gazetteer halves and stays whole too).
     */
    private List<MentionDraft> splitHyphenCompounds(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>();
        for (MentionDraft d : drafts) {
            if (!d.aligned()) {
                out.add(d);
                continue;
            }
            int start = d.first();
            for (int h = d.first() + 1; h < d.end() - 1; h++) {
                if (!w.isGluedHyphen(h)) {
                    continue;
                }
                Token after = w.tokens().get(h + 1);
                if (!after.word().isEmpty() && Character.isLowerCase(after.word().codePointAt(0))) {
                    out.add(w.resize(d, start, h));
                    start = h + 2;
                    h++;
                } else if (!gazetteer.contains(w.text(d.first(), d.end()))
                        && gazetteer.contains(w.text(start, h)) && gazetteer.contains(w.text(h + 1, d.end()))) {
                    out.add(w.resize(d, start, h));
                    start = h + 1;
                }
            }
            if (start < d.end()) {
                out.add(w.resize(d, start, d.end()));
            }
        }
        out.removeIf(d -> d.aligned() && (d.first() >= d.end() || w.isPunctuation(d.first())));
        return out;
    }

    /**
     * Splits a non-person mention that is two gazetteer names run together, which happens when a
     * sentence break after an abbreviation is missed ("according to the U.N. Turkey, which ...").
     */
    private List<MentionDraft> splitJoinedNames(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>();
        for (MentionDraft d : drafts) {
            int cut = -1;
            if (d.aligned() && d.type() != EntityType.PERSON && d.end() - d.first() > 1
                    && !gazetteer.contains(w.text(d))) {
                for (int k = d.first() + 1; k < d.end() && cut < 0; k++) {
                    if (gazetteer.contains(w.text(d.first(), k)) && gazetteer.contains(w.text(k, d.end()))) {
                        cut = k;
                    }
                }
            }
            if (cut < 0) {
                out.add(d);
            } else {
                out.add(w.resize(d, d.first(), cut));
                out.add(w.resize(d, cut, d.end()));
            }
        }
        return out;
    }

    private List<MentionDraft> extendPersons(TokenView w, List<MentionDraft> drafts) {
        EntityType[] owner = w.owners(drafts);
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            if (d.type() != EntityType.PERSON || !d.aligned() || w.inTitleCaseLine(d.first())) {
                out.add(d);
                continue;
            }
            int first = d.first();
            int end = d.end();
            while (end - first < config.maxPersonTokens() && first > 0) {
                int take = w.namePartBefore(first, owner, config);
                if (take == 0) {
                    break;
                }
                first -= take;
            }
            while (end - first < config.maxPersonTokens() && end < w.tokens().size()) {
                int take = w.namePartAfter(end, owner, config);
                if (take == 0) {
                    break;
                }
                end += take;
            }
            out.add(w.resize(d, first, end));
        }
        return out;
    }

    private List<MentionDraft> mergeAdjacentPersons(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(MentionDraft.ORDER);
        List<MentionDraft> out = new ArrayList<>();
        for (MentionDraft d : sorted) {
            MentionDraft last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.aligned() && d.aligned() && last.type() == EntityType.PERSON
                    && d.type() == EntityType.PERSON && d.first() <= last.end()
                    && (d.first() < last.end() || w.sameLine(last.end() - 1, d.first()))
                    && w.sameSentence(last.first(), d.end() - 1)) {
                out.set(out.size() - 1, w.resize(last, last.first(), Math.max(last.end(), d.end())));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private List<MentionDraft> retype(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            out.add(d.withType(refinedType(w, d)));
        }
        return out;
    }

    private EntityType refinedType(TokenView w, MentionDraft d) {
        String text = w.text(d);
        Optional<EntityType> known = gazetteer.typeOf(text);
        boolean endsInOrgHead = d.aligned()
                && config.organisationHeads().contains(MentionRefinerConfig.key(w.tokens().get(d.end() - 1).word()))
                && d.end() - d.first() > 1;
        switch (d.type()) {
            case LOCATION:
            case MISC:
                if (known.isPresent()) {
                    return known.get();
                }
                return endsInOrgHead ? EntityType.ORGANIZATION : d.type();
            case ORGANIZATION:
                // a bare country name tagged as an organisation is still the country ("Turkey said")
                return gazetteer.isCountry(text) ? EntityType.COUNTRY : EntityType.ORGANIZATION;
            case PERSON:
                // "Abu Dhabi" looks like a person's name to the tagger; only whole multi-word place
                // names are retyped, as one-word ones ("Jordan", "Victoria") are often people
                if (d.aligned() && d.end() - d.first() > 1 && known.isPresent() && known.get().isPlace()) {
                    return known.get();
                }
                return EntityType.PERSON;
            default:
                return d.type();
        }
    }

    /** Capitalised runs ending in an organisation noun that no mention covers ("Foreign Ministry"). */
    private List<MentionDraft> missingOrganisations(TokenView w, List<MentionDraft> drafts) {
        boolean[] covered = w.covered(drafts);
        List<MentionDraft> found = new ArrayList<>();
        for (int i = 0; i < w.tokens().size(); i++) {
            Token head = w.tokens().get(i);
            if (covered[i] || !w.capitalised(head) || !NAME_TAGS.contains(head.pos())
                    || !config.organisationHeads().contains(MentionRefinerConfig.key(head.word()))) {
                continue;
            }
            int first = i;
            while (first > 0 && !covered[first - 1] && w.sameLine(first - 1, first) && w.sameSentence(first - 1, i)
                    && w.capitalised(w.tokens().get(first - 1)) && isNameTag(w.tokens().get(first - 1))) {
                first--;
            }
            if (first < i) {
                found.add(w.draft(first, i + 1, EntityType.ORGANIZATION));
            }
        }
        return found;
    }

    /** Gazetteer names and demonyms in capitalised text the tagger left untagged. */
    private List<MentionDraft> missingGazetteerNames(TokenView w, List<MentionDraft> drafts) {
        boolean[] covered = w.covered(drafts);
        List<MentionDraft> found = new ArrayList<>();
        int i = 0;
        while (i < w.tokens().size()) {
            int matched = 0;
            EntityType type = null;
            int longest = Math.min(gazetteer.longestNameWords() * TOKENS_PER_NAME_WORD, w.tokens().size() - i);
            for (int n = longest; n >= 1 && matched == 0; n--) {
                if (!w.freeCapitalisedRun(i, i + n, covered)) {
                    continue;
                }
                String text = w.text(i, i + n);
                if (config.ambiguousPlaceNames().contains(text.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (GazetteerEntry e : gazetteer.readings(text)) {
                    if (e.role() != GazetteerEntry.Role.CAPITAL && e.role() != GazetteerEntry.Role.CITY) {
                        matched = n;
                        type = gazetteer.typeOf(text).orElse(e.type());
                        break;
                    }
                }
            }
            if (matched > 0) {
                found.add(w.draft(i, i + matched, type));
                i += matched;
            } else {
                i++;
            }
        }
        return found;
    }

    /** Sorted by start; of two overlapping mentions the longer (then the earlier) is kept. */
    private static List<MentionDraft> withoutOverlaps(TokenView w, List<MentionDraft> drafts) {
        List<MentionDraft> bySize = new ArrayList<>(drafts);
        bySize.sort(Comparator.comparingInt((MentionDraft d) -> -w.span(d).length()).thenComparing(MentionDraft.ORDER));
        List<MentionDraft> kept = new ArrayList<>();
        for (MentionDraft d : bySize) {
            Span s = w.span(d);
            if (s.length() == 0) {
                continue;
            }
            boolean clash = false;
            for (MentionDraft k : kept) {
                if (w.span(k).overlaps(s)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparing(w::span));
        return kept;
    }

    private static boolean isNameTag(Token t) {
        return NAME_TAGS.contains(t.pos()) || t.pos().equals("JJ");
    }

    static boolean isConnector(String word) {
        return NAME_CONNECTORS.contains(word);
    }

    static boolean isHyphen(String word) {
        return HYPHEN.equals(word);
    }

    static boolean isPronounTag(String pos) {
        return PRONOUN_TAGS.contains(pos);
    }
}
