package org.sitrep.analyse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles held of a place: "the Prince of Wales", "Duke of Cambridge", "Mayor of London", "Bishop of
 * Durham". Such a name is a person or an office, never the place it names, even when the tagger marks
 * the whole phrase as a location: reading its capitalised tail ("Wales") would make the state speak.
 * Pure and thread-safe.
 */
final class PlaceTitles {

    /** Nouns for an office or a rank held of a place. */
    private static final Set<String> TITLES = Set.of("prince", "princess", "duke", "duchess", "earl", "count",
            "countess", "marquess", "viscount", "baron", "baroness", "lord", "lady", "king", "queen", "emperor",
            "empress", "emir", "sultan", "bishop", "archbishop", "cardinal", "mayor", "governor", "president",
            "chancellor", "premier", "minister", "secretary", "ambassador", "dean", "provost", "sheriff");
    /** "(the) TITLE of NAME", the title perhaps after other words of the office ("Lord Mayor of London"). */
    private static final Pattern TITLE_OF = Pattern.compile("(?:the\\s+)?(?:\\S+\\s+)*?(\\p{L}+)\\s+of\\s+\\S.*",
            Pattern.CASE_INSENSITIVE);

    private PlaceTitles() {
    }

    /** True when {@code surface} is a title held of a place ("Prince of Wales"), so names a person. */
    static boolean isTitle(String surface) {
        Matcher m = TITLE_OF.matcher(surface.strip());
        return m.matches() && TITLES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
