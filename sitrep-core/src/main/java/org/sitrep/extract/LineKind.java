package org.sitrep.extract;

/**
 * What a line that is not article body is, with the reason recorded in
 * {@link Article#boilerplate()} when it is removed. Some kinds carry metadata (a byline's author
 * and date, a copyright line's publisher and year) that extraction reads before the line goes.
 */
enum LineKind {
    ADVERTISEMENT("advertisement"),
    PAYWALL("paywall prompt"),
    SUBSCRIPTION_PROMPT("subscription prompt"),
    SHARE_PROMPT("share prompt"),
    NEWSLETTER("newsletter prompt"),
    APP_PROMO("app promo"),
    SUPPORT_PROMPT("support prompt"),
    DISCLOSURE("affiliate disclosure"),
    FORM_FIELD("form field"),
    COMMENT_FORM("comment form"),
    LIKE_WIDGET("like widget"),
    LIST_HEADER("list header"),
    TEASER("teaser after list header"),
    RELATED_LINK("related link"),
    VIDEO_TEASER("video teaser"),
    CONTACT("contact line"),
    CONTRIBUTOR("contributor line"),
    COPYRIGHT("copyright line"),
    PHOTO_CREDIT("photo credit"),
    CAPTION("photo caption"),
    REPEATED("repeated line"),
    PROMO("promo from another story"),
    UNRELATED_DATED("unrelated paragraph with its own date"),
    SOURCE_LINK("source link"),
    TAG_LIST("tag list"),
    NAVIGATION("navigation"),
    DATE_LINE("date line"),
    /** A bare date line above the headline: the page's date banner, maybe the day it was rendered. */
    DATE_BANNER("date banner"),
    BYLINE("byline"),
    ALTERNATE_HEADLINE("alternate headline"),
    MASTHEAD("masthead"),
    SECTION_LABEL("section label"),
    /**
     * The headline itself: taken out of the body. Not recorded as boilerplate when it is the
     * article's title; recorded as "headline" when the container or markup declared another.
     */
    TITLE("headline");

    private final String reason;

    LineKind(String reason) {
        this.reason = reason;
    }

    /** The reason written into {@link RemovedBlock#reason()}. */
    String reason() {
        return reason;
    }
}
