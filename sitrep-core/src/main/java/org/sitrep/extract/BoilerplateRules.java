package org.sitrep.extract;

import static org.sitrep.extract.BoilerplateRule.of;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ordered table of line patterns that mark scraped news boilerplate, each with the reason it
 * exists. The first rule that matches a whole line decides its kind, so more specific rules come
 * first (a promo with its own "(Published ...)" stamp before a caption ending in an agency credit,
 * a dated copyright line before a bare "©" photo credit). Patterns are general to scraped news:
 * none names a site or a story. Stateless and thread-safe.
 */
final class BoilerplateRules {

    /** Photo agencies and stock libraries, as they appear in credits ("Name/Reuters", "X via Getty Images"). */
    static final String AGENCY = "(?:Getty Images|AFP(?: via Getty Images)?|Agence France-Presse|Reuters|AP Photo"
            + "|Associated Press|AP|EPA(?:-EFE)?|Shutterstock|iStock(?:photo)?|Alamy(?: Stock Photo)?"
            + "|Dreamstime(?:\\.com)?|Bloomberg|Anadolu(?: Agency)?|Sputnik|TASS|Xinhua|Pool|SIPA(?: USA)?"
            + "|ZUMA(?: Press| Wire)?|NurPhoto|Corbis|Imago|dpa|picture alliance|WireImage|Pexels|Unsplash"
            + "|Wikimedia Commons|Flickr|Handout|Bloomberg via Getty Images)";

    private static final String SOCIAL = "(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest"
            + "|telegram|messenger|flipboard|tumblr|print|copy link|sms|threads|bluesky)";

    private static final String APOSTROPHE = "['\u2019]";

    /** The table, in the order rules are tried. */
    static final List<BoilerplateRule> RULES = List.of(
            of(LineKind.ADVERTISEMENT, "ad slot labels left behind when the ad itself was not scraped", 8,
                    "(?i)(?:advertisement|advertising|advert|ads?|sponsored(?: (?:content|post|story|links?))?"
                            + "|paid (?:content|post|partnership)|promoted(?: (?:content|stories))?"
                            + "|(?:story|article) continues below(?: (?:this )?advertisement)?"
                            + "|continue reading (?:the )?main story|scroll to continue(?: with content)?)\\s*:?"),
            of(LineKind.PAYWALL, "paywall and metering notices: the text after them is missing", 40,
                    "(?i).*\\b(?:(?:subscribe|sign in|log in|register)(?: now)? to (?:continue|keep) reading"
                            + "|to continue reading,? (?:please )?(?:subscribe|sign in|log in|register)"
                            + "|this (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to)"
                            + " (?:paying |our )?(?:subscribers|members)"
                            + "|(?:subscribers|members)[- ]only (?:content|article|story)"
                            + "|you(?:" + APOSTROPHE + "ve| have) reached your (?:free )?(?:article|story) limit"
                            + "|already a subscriber|(?:view|read|see|access) the (?:full|whole|rest of the) (?:story|article)"
                            + "|for the full (?:story|article)"
                            + "|subscribe (?:now )?(?:to|for) (?:unlock|unlimited|full) (?:access|reading)"
                            + "|to read the full (?:article|story))\\b.*")
                    .cued("reading", "subscri", "members", "reached your", "the full", "the whole", "the rest of"),
            of(LineKind.SUBSCRIPTION_PROMPT, "calls to subscribe or register and metering counters; unlike a "
                    + "paywall notice they do not say the text stops", 40,
                    "(?i)(?:.*\\b(?:register|sign up|subscribe|log in|sign in)\\b[^.!?]{0,40}\\bto (?:read|get|access|unlock|enjoy)"
                            + "\\b[^.!?]{0,40}\\b(?:articles|stories|content)\\b.*"
                            + "|.*\\byou have (?:\\d+|one|two|three) (?:more )?(?:free )?(?:articles?|stories) (?:left|remaining)\\b.*"
                            + "|subscribe (?:to|for)\\b.{1,80}?\\b(?:unlimited|full|premium|digital|all-access) access\\b.*)")
                    .cued("register", "sign up", "subscribe", "log in", "sign in", "you have"),
            of(LineKind.SHARE_PROMPT, "share buttons and prompts rendered as text", 12,
                    "(?i)(?:spread the love|share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via|with))?"
                            + "\\s*:?(?:[ ,|/]+" + SOCIAL + ")*\\s*:?|(?:share|post|tweet|send)(?: (?:it|this))?"
                            + " (?:on|to|via) " + SOCIAL + "|tweet(?: this)?|pin it|click to (?:share|email|print).*"
                            + "|(?:follow|find|join) us(?: on\\b.*)?|" + SOCIAL + "(?:\\s*[|,/\u2022\u00b7]?\\s*" + SOCIAL + ")*)"),
            of(LineKind.NEWSLETTER, "sign-up calls: short, unlike a sentence that starts \"Sign up for ...\"", 12,
                    "(?i)(?:sign up(?: (?:to|for|now)\\b.*)?"
                            + "|subscribe(?: (?:to|for) (?:our|the|free|e-?mail|daily|weekly) .*| now| today)?)"),
            of(LineKind.NEWSLETTER, "sign-up calls that say what will be sent: a newsletter, a briefing, stories", 30,
                    "(?i)(?:sign up|subscribe)(?: now| today| free)? (?:to|for)\\b.{1,160}?\\b(?:newsletters?|inbox|briefings?"
                            + "|e-?mails?|bulletins?|digest|alerts?|stories|headlines|updates|morning|evening|weekday"
                            + "|daily|weekly)\\b.*"),
            of(LineKind.NEWSLETTER, "\"never miss a story\" sign-up calls", 30,
                    "(?i)(?:never|don" + APOSTROPHE + "?t) miss .{0,80}(?:sign(?:ing)? up|subscrib|newsletter|inbox).*"),
            of(LineKind.NEWSLETTER, "newsletter sign-up boxes", 20,
                    "(?i)(?:(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing|bulletin|alerts?|e-?mails?)\\b.*"
                            + "|enter your e-?mail(?: address)?.*"
                            + "|by (?:signing up|subscribing|clicking)[^.]*,? you (?:agree|acknowledge).*)"),
            of(LineKind.NEWSLETTER, "a newsletter named on a line of its own", 8,
                    "(?i)(?:(?:join|get|subscribe to|sign up for)\\s+)?(?:(?:our|the|free|daily|weekly|morning|evening)\\s+)*"
                            + "(?:[\\p{L}&'\u2019-]+\\s+){0,3}newsletters?(?: sign-?up)?\\s*[.!:]?")
                    .cued("newsletter"),
            of(LineKind.NEWSLETTER, "a question or pitch that ends in a call to sign up", 30,
                    "(?i).{10,200}?[.?!:]\\s*(?:sign up|subscribe|register|join us)(?: here| now| today| for free)?\\s*[.!]?")
                    .cued("sign up", "subscribe", "register", "join us"),
            of(LineKind.NEWSLETTER, "calls to stay informed", 12,
                    "(?i)(?:stay|keep) (?:up[- ]to[- ]date|informed|in the loop|in touch)\\b.*"),
            of(LineKind.APP_PROMO, "calls to install the publisher's app", 30,
                    "(?i)(?:.*\\b(?:download|get|install) (?:the|our) .{0,40}\\bapps?\\b.{0,20}\\b(?:for|on|from|in) "
                            + "(?:ios|android|iphone|the app store|google play)\\b.*"
                            + "|(?:get|download|install)\\b.{0,80}\\b(?:to your (?:phone|mobile|device)|with (?:the|our) .{1,40}"
                            + "\\bapp)\\b.*)")
                    .cued("app", "to your"),
            of(LineKind.SUPPORT_PROMPT, "requests to support, donate to or follow the publisher", 40,
                    "(?i)(?:if you (?:enjoyed|liked|value|appreciate)[^.]{0,80}(?:consider|please|support|donat|subscrib).*"
                            + "|(?:please )?(?:support|donate to) (?:us|our (?:work|journalism)|independent journalism).*"
                            + "|(?:please )?help us (?:continue|keep|to (?:continue|keep))\\b.*"
                            + "|(?:.*[.!?]\\s+)?(?:you can )?(?:follow|keep up with|connect with|find) (?:us|me|him|her|them"
                            + "|[\\p{L} .&]{2,40}) on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok|threads|bluesky"
                            + "|mastodon)\\b.*)")
                    .cued("if you", "support", "donate to", "help us", "twitter", "facebook", "instagram", "on x",
                            "linkedin", "youtube", "tiktok", "threads", "bluesky", "mastodon"),
            of(LineKind.DISCLOSURE, "affiliate and advertising disclosures", 60,
                    "(?i)(?:(?:advertising|affiliate|advertiser) disclosure:?.*"
                            + "|this (?:post|article|page|story) (?:may )?contains? (?:affiliate links|references to products"
                            + "|sponsored).*"
                            + "|.*\\bwe may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\\b.*"
                            + "|.*\\bread our (?:advertiser|advertising|affiliate) (?:disclosure|policy)\\b.*"
                            + "|disclaimer\\b.*)")
                    .cued("disclosure", "contain", "we may", "read our", "disclaimer"),
            of(LineKind.FORM_FIELD, "labels and options of a sign-up or search form", 4,
                    "(?i)(?:please )?(?:select|choose) (?:one|an option|all that apply)|required|optional|submit"
                            + "|search(?: for)?\\s*:?"),
            of(LineKind.COMMENT_FORM, "blog comment forms and counters", 25,
                    "(?i)(?:leave a (?:reply|comment)(?: cancel reply)?|cancel reply|post(?: a)? comment"
                            + "|add(?: a)? comment|your email address will not be published\\.?.*"
                            + "|required fields are marked.*|\\d+ comments?|comments?(?: \\(\\d+\\))?"
                            + "|(?:view|show|hide) comments|join the (?:conversation|discussion)"
                            + "|save my name, email,? and website.*|notify me of (?:new|follow-up) (?:comments|posts).*"
                            + "|you must be logged in to post a comment\\.?|comments are closed\\.?)"),
            of(LineKind.LIKE_WIDGET, "blog like widgets (\"%d bloggers like this\" is an unfilled template)", 8,
                    "(?i)(?:%d bloggers? likes? this:?|\\d+ bloggers? likes? this\\.?|like this:?|(?:like )?loading\\.\\.\\."
                            + "|be the first to like this\\.?)"),
            of(LineKind.PROMO, "a blurb for another story, stamped with its own date", 120,
                    "(?i).*\\((?:published|posted|updated|aired) \\d{1,2}/\\d{1,2}/\\d{2,4}\\).*")
                    .cued("(published", "(posted", "(updated", "(aired"),
            of(LineKind.PROMO, "a blurb for another story, ending with its thumbnail's credit", 120,
                    ".*[.!?\u201d\"]\\s+Image:\\s*[^.]{1,80}/\\s*" + AGENCY)
                    .cued("image:"),
            of(LineKind.CONTACT, "wire-service contact lines for reporters and editors", 0,
                    "(?i)to contact the (?:reporters?|authors?|writers?|editors?|correspondents?)\\b.*"),
            of(LineKind.CONTACT, "\"Write to NAME at address\" sign-offs", 40,
                    "(?i)(?:write to|e-?mail|contact|reach) (?:the (?:author|reporter|writer)s? )?.{2,80}?\\bat \\S+@\\S+.*")
                    .cued("@"),
            of(LineKind.CONTRIBUTOR, "credits for contributing reporters and editors", 40,
                    "(?i)(?:with (?:assistance|additional reporting|reporting|contributions?) (?:from|by)"
                            + "|additional reporting (?:by|from)|(?:reporting|writing|editing|compiled) by)"
                            + "\\s+(?-i:\\p{Lu}).*"),
            of(LineKind.COPYRIGHT, "copyright notices with a year", 40,
                    "(?i)(?:copyright\\s*)?(?:\u00a9|\\(c\\)|&copy;|copyright)\\s*(?:copyright\\s*)?(?:19|20)\\d{2}\\b.*"),
            of(LineKind.COPYRIGHT, "copyright notices that name the holder before the year", 14,
                    "(?i)(?:\u00a9|\\(c\\)|&copy;|copyright)\\s*(?!(?:19|20)\\d{2}\\b)[^|\\d]{2,80}?[\\s,]+(?:19|20)\\d{2}"
                            + "[\\s.]*(?:all rights reserved\\.?)?"),
            of(LineKind.COPYRIGHT, "rights notices", 20, "(?i).*\\ball rights reserved\\b.*")
                    .cued("all rights reserved"),
            of(LineKind.PHOTO_CREDIT, "stock-photo credits: a \u00a9 that no year follows", 14,
                    "(?i)(?:id\\s*\\d+\\s*)?\u00a9\\s*(?!(?:19|20)\\d{2}\\b)[^|]{1,80}(?:\\|\\s*.{1,60})?"),
            of(LineKind.PHOTO_CREDIT, "labelled credits (\"Photo: ...\", \"Image by ...\")", 16,
                    "(?i)\\(?(?:photo(?:graph)?s?|pictures?|images?|illustrations?|credits?|photo credits?|graphic"
                            + "|(?:main|top|header|featured|source) image)"
                            + "(?:\\s+(?:by|courtesy(?: of)?)\\s*:?|(?:\\s+credit)?\\s*[:|])\\s*.{1,120}\\)?"),
            of(LineKind.PHOTO_CREDIT, "agency credits (\"Name/Agency\", \"X via Agency\", a bare agency)", 12,
                    "(?:[^/.]{1,60}/\\s*)+" + AGENCY + "(?:\\s*(?:/|via)\\s*[^/]{1,60})*|" + AGENCY
                            + "(?: Photo)?\\s*/\\s*[^/]{1,60}(?:/[^/]{1,60})?|" + AGENCY
                            + "|[^.]{1,60}\\svia " + AGENCY),
            of(LineKind.CAPTION, "a caption that ends with its photo credit", 90,
                    ".{20,}?[.!?\u201d\"\u2019)]\\s+(?:\\(?(?:photo|image|picture)s?(?: by)?:?\\s*)?"
                            + "[^.]{0,80}?(?:\\svia\\s|/\\s*)" + AGENCY + "\\)?\\.?")
                    .cued("/", "via"),
            of(LineKind.CAPTION, "a caption that ends with a parenthesised credit", 90,
                    "(?i).{20,}\\((?:ap photo|photo|picture|image|photograph)s?(?: by)?:?\\s*[^)]{1,80}\\)\\.?")
                    .cued("(ap photo", "(photo", "(picture", "(image"),
            of(LineKind.VIDEO_TEASER, "video, audio and gallery teasers", 30,
                    "(?i)(?:watch|video|listen|podcast|gallery|in pictures|live updates?)\\s*[:|\u00bb\u203a]\\s*\\S.*"),
            of(LineKind.RELATED_LINK, "inline links to other stories", 30,
                    "(?i)(?:read (?:more|also|next)|also read|related(?: (?:article|story|coverage))?|see also"
                            + "|recommended|more)\\s*[:|\u00bb\u203a>]\\s*\\S.*"),
            of(LineKind.LIST_HEADER, "headers of lists of other stories: the teasers after them go too", 8,
                    "(?i)(?:most (?:popular|read|viewed|shared|emailed|commented|watched)"
                            + "(?: (?:articles|stories|news|now|this week|today))?"
                            + "|editors?(?:" + APOSTROPHE + "s|s" + APOSTROPHE + "|" + APOSTROPHE + ")? (?:picks|choice)"
                            + "|related(?: (?:articles?|stories|news|content|coverage|topics|posts|reading|links|videos))?"
                            + "|read more|more (?:stories|news|articles|headlines|(?:from|on|in|about) [^.!?]{1,40})"
                            + "|recommended(?: (?:for you|stories|articles|reading))?|trending(?: (?:now|stories|topics))?"
                            + "|(?:top|latest|breaking|featured) (?:stories|news|headlines|articles)"
                            + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:read|see)|see also"
                            + "|popular(?: now)?|what to read next|further reading|in case you missed it"
                            + "|don" + APOSTROPHE + "?t miss|more coverage|keep reading|explore more(?: \\p{L}+)?|more to explore"
                            + ")\\s*:?"),
            of(LineKind.SOURCE_LINK, "aggregator footers pointing at the original", 20,
                    "(?i)(?:source link|source:\\s*.{1,60}|original (?:article|story|post|source)(?::.{0,80})?"
                            + "|read (?:the )?(?:full|original) (?:article|story)(?: (?:at|on|here)\\b.{0,60})?"
                            + "|go to (?:the )?source|this (?:article|story|post) (?:was |originally |first )*"
                            + "(?:appeared|published|posted) (?:on|in|at|by) .{1,80}"
                            + "|click here to read (?:more|the full (?:article|story)).*"
                            + "|view (?:the )?original (?:article|post).*)"),
            of(LineKind.TAG_LIST, "tag and topic lists", 30,
                    "(?i)(?:(?:tags?|topics?|filed under|categories|category|keywords)\\s*:\\s*.+|tagged\\s*:?.*)"),
            of(LineKind.NAVIGATION, "menu items and page tools", 6,
                    "(?i)(?:home|menu|skip to (?:main )?content|back to top|next(?: (?:article|story|post))?"
                            + "|previous(?: (?:article|story|post))?|close|log ?in|sign ?in|log ?out|register"
                            + "|open (?:in )?app|\\d+ min(?:ute)?s? read|\\d+ shares?|font size.*|text size.*"
                            + "|listen to (?:this )?(?:article|story).*|print(?: this)?(?: (?:article|page))?"
                            + "|toggle navigation|accessibility)"));

    private BoilerplateRules() {
    }

    /** The first rule matching {@code line}, if any. */
    static Optional<BoilerplateRule> match(LineShape line) {
        if (line.text().isEmpty()) {
            return Optional.empty();
        }
        String lower = line.text().toLowerCase(Locale.ROOT);
        for (BoilerplateRule rule : RULES) {
            if (rule.matches(line, lower)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
