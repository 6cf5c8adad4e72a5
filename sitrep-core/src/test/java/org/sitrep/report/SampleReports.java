package org.sitrep.report;

import org.sitrep.fixtures.ArticleFixture;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.sitrep.analyse.AttributedQuote;
import org.sitrep.analyse.CameoCode;
import org.sitrep.analyse.CitedSentence;
import org.sitrep.analyse.DateConflict;
import org.sitrep.analyse.DatedMention;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.Event;
import org.sitrep.analyse.Relation;
import org.sitrep.analyse.RelationType;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.TimelineEntry;
import org.sitrep.analyse.Verdict;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Qualifier;
import org.sitrep.cluster.Story;
import org.sitrep.ingest.Origin;
import org.sitrep.model.Citation;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityId;
import org.sitrep.model.EntityType;
import org.sitrep.model.StoryId;

/**
 * Small, complete reports built by hand for the report writer tests, in the spirit of the seed
 * corpus: two sources on the February 2020 Turkey–Russia talks that differ on a casualty figure, and
 * a one-article story without a headline. {@link #hostile()} is the same shape with attack strings in
 * every field a source controls.
 */
public final class SampleReports {

    /** The verbatim words of the direct quote in the first article. */
    public static final String QUOTE = "We will not allow the regime to advance,";

    private SampleReports() {
    }

    /** The well-behaved sample: every section of a report filled, including an open (+inf) bound. */
    public static Report sample() {
        return build(new Strings("Turkey Sends Mission to Russia in Bid to Ease Syrian Rift",
                "Talks in Moscow | Turkey and Russia", "Bloomberg", "Hurriyet Daily News",
                "https://www.bloomberg.com/news/articles/2020-02-18/turkey-sends-mission", "Recep Tayyip Erdogan",
                "a1 says 14, a2 says more than a dozen (13 or more): both can be true", "Moscow", "said",
                "Share this article | Email"));
    }

    /**
     * The sample with script, markup, attribute-breaking and {@code javascript:} strings in titles,
     * publisher, URL, speaker, explanation, location, cue and boilerplate, and in the article text.
     */
    public static Report hostile() {
        return build(new Strings("<script>alert(1)</script> Turkey Sends Mission",
                "\" onmouseover=\"alert(1)\" x=\" | <img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>",
                "Daily <b>News</b>", " JaVaScRiPt:alert(1)", "<script>alert(1)</script> Erdogan",
                "\" onmouseover=\"alert(1) <script>alert(1)</script>", "javascript:alert(1)",
                "said\" onclick=\"alert(1)", "<img src=x onerror=alert(1)> share | this"));
    }

    /** The fields a source controls, so the sample and the hostile report share one shape. */
    private record Strings(String title1, String title2, String publisher1, String publisher2, String url1,
            String speaker, String explanation, String location, String cue, String boilerplate) {
    }

    private static Report build(Strings s) {
        ArticleFixture a1 = ArticleFixture.text(
                "Turkish and Russian officials met in Moscow on Tuesday to ease tensions over Idlib. "
                        + "Turkey said 14 Turkish soldiers were killed in Idlib this month. "
                        + "\"" + QUOTE + "\" Recep Tayyip Erdogan said. "
                        + "Russia backs the Syrian government of Bashar al-Assad.\n\n"
                        + "The talks <script>alert(1)</script> continue on Wednesday.")
                .origin(new Origin("corpus/bloomberg.html", null, null, s.url1()))
                .title(s.title1())
                .publisher(s.publisher1())
                .author("Selcan Hacaoglu")
                .published(LocalDate.of(2020, 2, 18))
                .updated(LocalDate.of(2020, 2, 19))
                .removed("ADVERTISEMENT", "advertisement")
                .removed(s.boilerplate(), "share prompt")
                .mention("Turkish", EntityType.NATIONALITY)
                .mention("Moscow", EntityType.CITY)
                .mention("Recep Tayyip Erdogan", EntityType.PERSON)
                .quantity("14", 14, 14, 14, Qualifier.EXACT, "Turkish soldiers", "soldier")
                .quote(QUOTE, "Recep Tayyip Erdogan", "said");
        ArticleFixture a2 = ArticleFixture.text(
                "More than a dozen Turkish soldiers died in Idlib, officials said. "
                        + "Sedat Önal led the delegation in Moscow. "
                        + "Erdoğan said Ankara would not step back. <img src=x onerror=alert(1)>")
                .origin(Origin.file("corpus/hurriyet.txt"))
                .title(s.title2())
                .publisher(s.publisher2())
                .published(LocalDate.of(2020, 2, 18))
                .truncated()
                .mention("Sedat Önal", EntityType.PERSON)
                .quantity("More than a dozen", 13, 13, Double.POSITIVE_INFINITY, Qualifier.MORE_THAN,
                        "Turkish soldiers", "soldier");
        ArticleFixture a3 = ArticleFixture.text("Erdogan and Putin met in Sochi on Wednesday.")
                .origin(new Origin("corpus/feed.jsonl", 3, null, "javascript:alert(document.cookie)"))
                .language(null);

        AnnotatedArticle b1 = a1.build();
        AnnotatedArticle b2 = a2.build();
        AnnotatedArticle b3 = a3.build();

        Story story = Story.of(List.of(b1, b2));
        StoryId sid = story.id();
        EntityId erdogan = EntityId.of(sid, 1);
        EntityId turkey = EntityId.of(sid, 2);
        EntityId russia = EntityId.of(sid, 3);
        EntityId syria = EntityId.of(sid, 4);
        List<Entity> entities = List.of(
                new Entity(erdogan, "Recep Tayyip Erdoğan", EntityType.PERSON,
                        List.of(s.speaker(), "Erdoğan"), List.of(a1.cite("Recep Tayyip Erdogan"), a2.cite("Erdoğan"))),
                new Entity(turkey, "Turkey", EntityType.COUNTRY, List.of("Turkey", "Turkish", "Ankara"),
                        List.of(a1.cite("Turkish"), a1.cite("Turkey"), a2.cite("Turkish"), a2.cite("Ankara"))),
                new Entity(russia, "Russia", EntityType.COUNTRY, List.of("Russia", "Russian"),
                        List.of(a1.cite("Russian"), a1.cite("Russia backs"))),
                new Entity(syria, "Syrian government", EntityType.ORGANIZATION, List.of("Syrian government"),
                        List.of(a1.cite("Syrian government"))));
        ClaimGroup killed = new ClaimGroup("Turkish soldiers killed", Verdict.COMPATIBLE, s.explanation(), List.of(
                new ClaimValue(a1.id(), "14 Turkish soldiers", 14, 14, 14, a1.span("14 Turkish soldiers")),
                new ClaimValue(a2.id(), "More than a dozen Turkish soldiers", 13, 13, Double.POSITIVE_INFINITY,
                        a2.span("More than a dozen Turkish soldiers"))));
        Event talks = new Event("ev-04-talks", DateRange.day(LocalDate.of(2020, 2, 18)),
                "'on Tuesday' in a1 resolved against 2020-02-18", turkey, CameoCode.CONSULT, russia, s.location(),
                "Turkish and Russian officials met in Moscow", List.of(a1.citeSentence(0), a2.citeSentence(1)));
        Relation backs = new Relation(russia, RelationType.BACKS, syria, List.of(a1.citeSentence(3)));
        AttributedQuote quote = new AttributedQuote(QUOTE, erdogan, s.speaker(), s.cue(), true, a1.id(), a1.span(QUOTE));
        AttributedQuote unattributed = new AttributedQuote("Ankara would not step back", null, null, null, false,
                a2.id(), a2.span("Ankara would not step back"));
        CitedSentence headline = new CitedSentence("Turkey and Russia hold talks on Idlib as Turkish soldiers are killed",
                List.of(a1.citeSentence(0), a1.citeSentence(1)), false);
        List<CitedSentence> summary = List.of(
                new CitedSentence("Turkish and Russian officials met in Moscow on 18 February 2020 to ease tensions "
                        + "over Idlib.", List.of(a1.citeSentence(0), a2.citeSentence(1)), false),
                new CitedSentence("Turkey said 14 Turkish soldiers were killed; another source says more than a dozen.",
                        List.of(a1.cite("14 Turkish soldiers"), a2.cite("More than a dozen Turkish soldiers")), true),
                // overlaps the quote's span without either containing the other: a crossing mark
                new CitedSentence("Erdoğan said Turkey would not let the regime advance.",
                        List.of(new Citation(a1.id(), a1.span("regime to advance,\" Recep")), a2.citeSentence(2)),
                        false));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(DateRange.month(YearMonth.of(2020, 2)), "14 Turkish soldiers killed in Idlib",
                        List.of(a1.citeSentence(1))),
                new TimelineEntry(DateRange.day(LocalDate.of(2020, 2, 18)), "Turkish and Russian officials meet "
                        + "in Moscow", List.of(a1.citeSentence(0), a2.citeSentence(1))));
        // a range of days at week precision: written first/last, the one form whose precision the ISO text lacks
        DateConflict when = new DateConflict("the Moscow talks", Verdict.COMPATIBLE, s.explanation(), List.of(
                new DatedMention(a1.id(), "on Tuesday", DateRange.day(LocalDate.of(2020, 2, 18)), a1.span("on Tuesday")),
                new DatedMention(a2.id(), "in Moscow", new DateRange(LocalDate.of(2020, 2, 17),
                        LocalDate.of(2020, 2, 19), DatePrecision.WEEK), a2.span("in Moscow"))));
        StoryAnalysis idlib = StoryAnalysis.of(story)
                .withEntities(entities)
                .withClaims(List.of(killed))
                .withEvents(List.of(talks))
                .withRelations(List.of(backs))
                .withQuotes(List.of(quote, unattributed))
                .withHeadline(headline)
                .withSummary(summary)
                .withTimeline(timeline)
                .withDateConflicts(List.of(when));

        Story sochiStory = new Story(StoryId.of(List.of(b3.id())), List.of(b3), Map.of());
        StoryAnalysis sochi = StoryAnalysis.of(sochiStory);

        return new Report(List.of(b1, b2, b3), List.of(idlib, sochi), new RunStats(4, 3, 2, 1, 1));
    }
}
