package org.sitrep.analyse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.EntityType;

/**
 * The story entity a quote's speaker describes by a common noun alone ("the company said", "the
 * agency said", "a company spokesman said") when annotation could not tie it to a mention. Two readings, both conservative:
 *
 * <ul>
 *   <li>A company noun ("the company", "the firm", "the airline") names the company the article is
 *       about: the organisation with a legal-form ending or a company noun before its name in some
 *       source ({@link CompanyNouns}), mentioned at least {@link #MIN_MENTIONS} times in the quote's
 *       article and at least {@link #DOMINANCE} times as often as any other organisation there that
 *       could be a company (public bodies such as ministries and agencies cannot). An article that
 *       names no such organisation is read through the whole story's mentions.
 *   <li>Any other noun ("the ministry", "the agency") names the one organisation of the story whose
 *       name holds that word ("State Agency for Chemical Safety"); two such ("Interior Ministry",
 *       "Foreign Ministry") name neither.
 * </ul>
 *
 * <p>Built once per story; immutable and thread-safe afterwards.
 */
final class SpeakerByDescription {

    /**
     * Nouns for a business that news uses alone once the company is clear ("the company said"): the
     * business nouns of {@link CompanyNouns}, and two that, as a speaker, name the firm ("the operator
     * said", "the business said") though before a name they may introduce a person.
     */
    private static final Set<String> COMPANY_WORDS = CompanyNouns.union(CompanyNouns.BUSINESSES,
            Set.of("operator", "business"));
    /**
     * Words in an organisation's name that make it a public body, association or school, never "the
     * company" ("Interior Ministry", "Civil Guard", "Arctic University").
     */
    private static final Set<String> PUBLIC_BODY_WORDS = Set.of("ministry", "department", "agency", "authority",
            "council", "commission", "government", "police", "guard", "army", "navy", "court", "parliament",
            "university", "school", "hospital", "office", "service", "institute", "observatory", "union", "party",
            "committee", "assembly", "embassy", "municipality", "directorate", "inspectorate", "regulator",
            "nations", "organisation", "organization", "association", "federation", "bureau", "forces");
    /** How many times the company must be named in the article to be what it is about. */
    static final int MIN_MENTIONS = 2;
    /** How many times as often as the next possible company the company must be named. */
    static final int DOMINANCE = 2;

    /** Words after the noun for who speaks for the body ("a company spokesman", "the ministry's statement"). */
    private static final String VOICE = "(?:['’]s\\s+)?(?:spokesman|spokeswoman|spokesperson|official|officials"
            + "|representative|statement)";
    /** "the company", "the company spokesman", "a company spokesman" (but not "a company" alone: any company). */
    private static final Pattern THE_NOUN = Pattern.compile(
            "(?i)(?:the\\s+(\\p{Ll}[\\p{Ll}-]*)(?:\\s*" + VOICE + ")?|an?\\s+(\\p{Ll}[\\p{Ll}-]*)\\s*" + VOICE + ")");

    private final List<Entity> entities;
    private final Map<ArticleId, String> texts = new HashMap<>();

    SpeakerByDescription(List<Entity> entities, List<AnnotatedArticle> articles) {
        this.entities = entities;
        for (AnnotatedArticle a : articles) {
            texts.put(a.id(), a.text());
        }
    }

    /** The entity {@code speaker} ("the company") describes in {@code article}, or null. */
    Entity find(String speaker, ArticleId article) {
        if (speaker == null) {
            return null;
        }
        java.util.regex.Matcher m = THE_NOUN.matcher(speaker.strip());
        if (!m.matches()) {
            return null;
        }
        String noun = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        Entity byName = onlyNamedWith(noun);
        if (byName != null || !COMPANY_WORDS.contains(noun)) {
            return byName;
        }
        Entity company = dominantCompany(article);
        return company != null ? company : dominantCompany(null);
    }

    /** The one organisation whose name or alias holds {@code noun} as a word, or null. */
    private Entity onlyNamedWith(String noun) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && holdsWord(e, noun)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * The known company named most often in {@code article} (the whole story when null), when it
     * dominates every other organisation that could be a company; null otherwise.
     */
    private Entity dominantCompany(ArticleId article) {
        Entity best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION || isPublicBody(e)) {
                continue;
            }
            int count = mentionsIn(e, article);
            if (count > bestCount) {
                runnerUp = bestCount;
                best = e;
                bestCount = count;
            } else {
                runnerUp = Math.max(runnerUp, count);
            }
        }
        if (best == null || bestCount < MIN_MENTIONS || bestCount < DOMINANCE * runnerUp || !isCompany(best)) {
            return null;
        }
        return best;
    }

    private static int mentionsIn(Entity e, ArticleId article) {
        int n = 0;
        for (Citation c : e.mentions()) {
            if (article == null || c.article().equals(article)) {
                n++;
            }
        }
        return n;
    }

    /** A legal-form ending on one of its names, or a company noun before one of its mentions. */
    private boolean isCompany(Entity e) {
        for (String form : e.names()) {
            if (EntityResolver.COMPANY_SUFFIX.matcher(form.strip()).find()) {
                return true;
            }
        }
        for (Citation c : e.mentions()) {
            String text = texts.get(c.article());
            if (text != null && c.span().fits(text.length()) && CompanyNouns.introduce(text, c.span().start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPublicBody(Entity e) {
        return hasNameWord(e, PUBLIC_BODY_WORDS::contains);
    }

    private static boolean holdsWord(Entity e, String noun) {
        return hasNameWord(e, noun::equals);
    }

    /** True when a word of one of the entity's names (folded, as {@link NameKey} splits them) passes {@code test}. */
    private static boolean hasNameWord(Entity e, java.util.function.Predicate<String> test) {
        return e.names().stream().flatMap(form -> NameKey.tokens(form).stream()).anyMatch(test);
    }
}
