package org.sitrep.analyse;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.EntityType;

/**
 * Whether a mention in a sentence can act or be acted on in an event: a person, group or state
 * named as such, not a place, a backer in a compound modifier, a reporting credit, or a name that
 * only describes where something is ("in the Portuguese border town", "at the Calvera plant", "the
 * Spanish town") or whose people or goods are meant ("Syrian refugees", "the Turkish economy"). Used by {@link EventExtractor}. Pure and thread-safe.
 */
final class EventParties {

    /** Suffixes that make a name a modifier, not a party: "Russian-backed", "UK-based", "Turkish-led". */
    private static final Pattern MODIFIER_SUFFIX = Pattern.compile(
            "^[-–](?:backed|based|born|made|owned|funded|supported|allied|registered|flagged)\\b");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "across", "outside", "around",
            "inside", "within", "to", "from", "towards", "toward", "along", "over", "on", "of");
    /** Prepositions of place that may stand before an article and a name used as a modifier ("in the Portuguese border town"). */
    private static final Set<String> SPATIAL = Set.of("in", "at", "near", "inside", "outside", "within", "across",
            "around", "along");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Nouns of place a demonym or state may describe ("the Spanish town", "Turkish waters", "the Syria border"). */
    private static final Set<String> PLACE_NOUNS = Set.of("town", "towns", "city", "cities", "village", "villages",
            "capital", "port", "border", "coast", "coastline", "region", "province", "island", "islands", "soil",
            "territory", "waters", "airspace", "countryside", "mainland", "side");
    /** People and things of a country that are not its state acting ("Syrian refugees", "the Turkish economy"). */
    private static final Set<String> NON_STATE_NOUNS = Set.of("refugees", "civilians", "nationals", "citizens",
            "residents", "people", "children", "migrants", "families", "workers", "students", "tourists",
            "fishermen", "passengers", "journalists", "economy", "media", "press", "companies", "firms", "banks",
            "markets", "exports", "imports", "lira", "currency");
    private static final Set<EntityType> PARTY_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.COUNTRY, EntityType.NATIONALITY);

    private EventParties() {
    }

    /** True when the mention {@code l} of article {@code a} can act or be acted on. */
    static boolean isParty(AnnotatedArticle a, EntityIndex.Located l) {
        EntityType type = l.entity().type();
        if (!PARTY_TYPES.contains(type)) {
            return false;
        }
        String text = a.text();
        int start = l.span().start();
        int end = l.span().end();
        if (MODIFIER_SUFFIX.matcher(text.substring(end, Math.min(text.length(), end + 16))).find()) {
            return false;
        }
        // a credit in parentheses, "(Bloomberg) --", is who reported, not who acted
        if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
            return false;
        }
        boolean state = type == EntityType.NATIONALITY || type == EntityType.COUNTRY;
        String after = NeighbourWords.after(text, end);
        if (state && (PLACE_NOUNS.contains(after) || NON_STATE_NOUNS.contains(after))) {
            return false;
        }
        String before = NeighbourWords.before(text, start);
        if (ARTICLES.contains(before)) {
            // "at the Calvera plant", "in the Portuguese border town": the name describes a place
            return !SPATIAL.contains(NeighbourWords.twoBefore(text, start)) || type == EntityType.PERSON;
        }
        // "the licence of Lusaka Copper Holdings": an organisation after "of" owns what is acted on
        boolean owner = before.equals("of") && type == EntityType.ORGANIZATION;
        return !LOCATIVE.contains(before) || owner || type == EntityType.PERSON;
    }
}
