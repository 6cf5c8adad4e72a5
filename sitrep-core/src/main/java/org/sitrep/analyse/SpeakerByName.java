package org.sitrep.analyse;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sitrep.model.EntityType;

/**
 * The story entity a quote's speaker names when annotation could not tie the speaker to a mention
 * of its own article: "Ms Ødegård has said ..." in one source, where the full name "Sølvi Ødegård"
 * stands only in another, or a title before a name the tagger did not mark. The speaker's words are
 * read as a name the way {@link NameKey} reads mentions: a person's name with its titles taken off
 * matches a person entity whose name or alias has the same key, or whose surname it is; any other
 * name matches an entity with the same key. Only a single match counts, so a surname that two
 * people of the story share names neither. Descriptions ("the company", "officials") name no one.
 * Pure and thread-safe.
 */
final class SpeakerByName {

    private SpeakerByName() {
    }

    /** The one entity of {@code entities} that {@code speaker} names, or null. */
    static Entity find(String speaker, List<Entity> entities) {
        if (speaker == null || speaker.isBlank() || NameKey.isPronoun(speaker)) {
            return null;
        }
        NameKey.PersonName person = NameKey.personName(speaker);
        if (person.nominal() || person.key().isEmpty()) {
            return null;
        }
        Entity byPerson = single(entities, e -> e.type() == EntityType.PERSON && namesPerson(e, person.key()));
        if (byPerson != null) {
            return byPerson;
        }
        String key = NameKey.other(speaker);
        return single(entities, e -> e.type() != EntityType.PERSON && names(e, key));
    }

    /**
     * How a quote with no entity shows its speaker: as written, with an opening article in lower case
     * ("The company" at the start of a sentence and "the company" are one speaker).
     */
    static String shown(String speaker) {
        if (speaker == null) {
            return null;
        }
        for (String article : List.of("The ", "A ", "An ")) {
            if (speaker.startsWith(article)) {
                return article.toLowerCase(Locale.ROOT) + speaker.substring(article.length());
            }
        }
        return speaker;
    }

    private static boolean namesPerson(Entity e, String key) {
        for (String form : e.names()) {
            String full = NameKey.person(form);
            if (full.equals(key) || (!key.contains(" ") && full.endsWith(" " + key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Entity e, String key) {
        for (String form : e.names()) {
            if (NameKey.other(form).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Entity single(List<Entity> entities, Predicate<Entity> matches) {
        Entity found = null;
        for (Entity e : entities) {
            if (matches.test(e)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
