package org.sitrep.model;

/**
 * Something a stage provides and later stages may require. A pipeline is checked when it is built:
 * every stage's requirements must have been provided by the stages before it.
 */
public enum Capability {
    /** Raw bytes and where they came from. */
    RAW_DOCUMENT,
    /** Clean body and metadata. */
    ARTICLE,
    TOKENS,
    SENTENCES,
    PART_OF_SPEECH,
    LEMMAS,
    /** Named-entity mentions: people, organisations, places, nationalities. */
    ENTITY_MENTIONS,
    /** Time expressions with the raw value the tagger gave them. */
    TIME_EXPRESSIONS,
    /** Time expressions resolved to calendar dates against the article's own date. */
    RESOLVED_DATES,
    /** Numbers with their modifiers and the thing they count. */
    QUANTITIES,
    QUOTES,
    STORIES,
    ENTITIES,
    /** Unnamed group actors ("rebels", "the regime") added to the story's entities. */
    GROUP_ACTORS,
    CLAIMS,
    EVENTS,
    RELATIONS,
    /** Things the sources date differently, compared. */
    DATE_CONFLICTS,
    QUOTE_SPEAKERS,
    SUMMARY,
    HEADLINE,
    TIMELINE
}
