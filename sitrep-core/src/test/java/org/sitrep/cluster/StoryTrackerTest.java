package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;

class StoryTrackerTest {

    private final ArticleSketcher sketcher = new ArticleSketcher(SketchConfig.defaults(), null);

    private static final String FLOOD = "Flash floods swept through Valencia in Spain, killing nine people. "
            + "Mayor Marta Ruiz said rescue teams were searching flooded streets. The Red Cross opened shelters.";
    private static final String LAUNCH = "Skarv Orbital launched five satellites from Andøya in Norway on its rocket. "
            + "The company said the satellites reached orbit after a failed first attempt.";

    private ArticleSketch flood(String id, String date, String text) {
        return sketcher.sketch(article(id, text).published(date).mentions(LOCATION, "Valencia", "Spain")
                .mentions(PERSON, "Marta Ruiz").mentions(ORGANIZATION, "Red Cross").build());
    }

    private ArticleSketch launch(String id, String date, String text) {
        return sketcher.sketch(article(id, text).published(date).mentions(LOCATION, "Andøya", "Norway")
                .mentions(ORGANIZATION, "Skarv Orbital").build());
    }

    private List<ArticleSketch> corpus() {
        return List.of(
                flood("f1", "2026-03-10", FLOOD),
                flood("f2", "2026-03-11", "Rescue teams in Valencia found more victims of the floods as water receded. "
                        + "Marta Ruiz said shelters run by the Red Cross held hundreds of families in Spain."),
                launch("l1", "2026-03-12", LAUNCH),
                flood("f3", "2026-03-12", "Spain declared an emergency after floods in Valencia. The Red Cross and "
                        + "Mayor Marta Ruiz appealed for blankets as rescue teams pumped water from streets."),
                launch("l2", "2026-03-13", "Norway celebrated as Skarv Orbital put satellites into orbit from Andøya, "
                        + "the rocket company's second attempt after a failed launch last year."));
    }

    private static StoryTracker tracker() {
        return new StoryTracker(TrackerConfig.defaults(), TrackerLimits.defaults());
    }

    private static Set<Set<String>> partition(List<ArticleSketch> sketches, List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.groupingBy(Assignment::story,
                        Collectors.mapping(a -> a.article().value(), Collectors.toSet())))
                .values().stream().collect(Collectors.toSet());
    }

    private static List<Assignment> offerAll(StoryTracker t, List<ArticleSketch> sketches) {
        List<Assignment> out = new ArrayList<>();
        for (ArticleSketch s : sketches) {
            out.add(t.offer(s));
        }
        return out;
    }

    @Test
    void joinsReportsOfOneEventAndStartsAStoryForAnother() {
        List<ArticleSketch> sketches = corpus();
        List<Assignment> a = offerAll(tracker(), sketches);
        assertThat(partition(sketches, a)).containsExactlyInAnyOrder(Set.of("f1", "f2", "f3"), Set.of("l1", "l2"));
        assertThat(a.get(0).founded()).isTrue();
        assertThat(a.get(0).story()).isEqualTo(StoryId.of(List.of(new ArticleId("f1"))));
        assertThat(a.get(1).founded()).isFalse();
        assertThat(a.get(1).similarity()).isGreaterThanOrEqualTo(TrackerConfig.defaults().lexicalJoinThreshold());
    }

    private ArticleSketch quake(String id, String text, String official, String... places) {
        return sketcher.sketch(article(id, text).published("2026-03-10").mentions(LOCATION, places)
                .mentions(PERSON, official).build());
    }

    /** Reports of two earthquakes in one country: the same words, different places and people. */
    private List<ArticleSketch> twoQuakes() {
        return List.of(
                quake("a1", "A strong earthquake struck Aceh province in Indonesia, killing many people and flattening "
                        + "houses near Bireuen, governor Budi Santoso said. Rescue teams searched the rubble.",
                        "Budi Santoso", "Aceh", "Indonesia", "Bireuen"),
                quake("a2", "Rescue teams searched the rubble in Bireuen after the earthquake in Aceh province of "
                        + "Indonesia, said Budi Santoso.", "Budi Santoso", "Bireuen", "Aceh", "Indonesia"),
                quake("p1", "Buildings collapsed in Manokwari when an earthquake shook West Papua in Indonesia, "
                        + "killing many people, said Hengky Tewu. Rescue teams searched the rubble.",
                        "Hengky Tewu", "Manokwari", "West Papua", "Indonesia"),
                quake("p2", "In Manokwari, rescue teams searched collapsed buildings after the earthquake in West "
                        + "Papua, Hengky Tewu said.", "Hengky Tewu", "Manokwari", "West Papua"));
    }

    @Test
    void startsANewStoryForAnotherEventOfTheSameKindThatSharesItsWordsButNotItsDetails() {
        List<ArticleSketch> sketches = twoQuakes();
        assertThat(partition(sketches, offerAll(tracker(), sketches)))
                .containsExactlyInAnyOrder(Set.of("a1", "a2"), Set.of("p1", "p2"));
        // what separates them is the detail conflict: without it the second quake joins the first
        TrackerConfig noConflict = new TrackerConfig(0.25, 0.20, 1, 1, 0.5, 0, 14, 0.1, 0.5, 0.2, 0, 3);
        assertThat(partition(sketches, offerAll(new StoryTracker(noConflict, TrackerLimits.defaults()), sketches)))
                .containsExactly(Set.of("a1", "a2", "p1", "p2"));
    }

    @Test
    void findsTheSameStoriesThroughItsIndexesAsByComparingEveryStory() {
        TrackerLimits indexOnly = new TrackerLimits(20_000, 64, 32, 200, 128, 0, 16, 64, 12, 6, 32, 16, 0.98, 20);
        List<ArticleSketch> sketches = corpus();
        assertThat(partition(sketches, offerAll(new StoryTracker(TrackerConfig.defaults(), indexOnly), sketches)))
                .isEqualTo(partition(sketches, offerAll(tracker(), sketches)));
    }

    @Test
    void closesAStoryAWindowAfterItsLastArticle() {
        StoryTracker t = tracker();
        Assignment first = t.offer(flood("f1", "2026-03-10", FLOOD));
        Assignment later = t.offer(launch("l9", "2026-04-30", LAUNCH));
        assertThat(later.closed()).containsExactly(first.story());
        assertThat(t.activeStories()).isEqualTo(1);
        // the same flood report months later cannot join the closed story
        Assignment again = t.offer(flood("f9", "2026-05-01", FLOOD));
        assertThat(again.founded()).isTrue();
        assertThat(again.story()).isNotEqualTo(first.story());
    }

    @Test
    void placesAnUndatedArticleOnTheStreamsDateAndSaysSo() {
        StoryTracker t = tracker();
        AnnotatedArticle undated = article("u1", FLOOD).mentions(LOCATION, "Valencia", "Spain").build();
        Assignment before = t.offer(sketcher.sketch(undated));
        assertThat(before.notes()).containsExactly(Assignment.Note.UNDATED);
        assertThat(before.placedOn()).isNull();
        t.offer(flood("f1", "2026-03-10", FLOOD));
        t.offer(launch("l1", "2026-03-12", LAUNCH));
        Assignment after = t.offer(sketcher.sketch(article("u2", FLOOD + " More later.")
                .mentions(LOCATION, "Valencia", "Spain").build()));
        assertThat(after.notes()).containsExactly(Assignment.Note.UNDATED);
        assertThat(after.placedOn()).isEqualTo(LocalDate.parse("2026-03-12"));
        assertThat(after.founded()).isFalse();
    }

    @Test
    void placesAnArticleDatedOnlyToAYearInsideThatYear() {
        StoryTracker t = tracker();
        t.offer(flood("f1", "2026-03-10", FLOOD));
        ArticleSketch sameYear = sketcher.sketch(article("y1", FLOOD + " Updated.").published(DateRange.year(2026))
                .mentions(LOCATION, "Valencia", "Spain").build());
        Assignment a = t.offer(sameYear);
        assertThat(a.notes()).containsExactly(Assignment.Note.COARSE_DATE);
        assertThat(a.placedOn()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(a.founded()).isFalse();
        // a later year moves the clock to its start: the March story closes, nothing joins it
        ArticleSketch nextYear = sketcher.sketch(article("y2", FLOOD + " A year on.").published(DateRange.year(2027))
                .mentions(LOCATION, "Valencia", "Spain").build());
        Assignment b = t.offer(nextYear);
        assertThat(b.placedOn()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(b.founded()).isTrue();
        assertThat(b.closed()).containsExactly(a.story());
    }

    @Test
    void keepsAnArticleWithNothingToCompareAsAStoryOfItsOwn() {
        StoryTracker t = tracker();
        t.offer(flood("f1", "2026-03-10", FLOOD));
        Assignment empty = t.offer(sketcher.sketch(article("e1", " ").published("2026-03-10").build()));
        Assignment dot = t.offer(sketcher.sketch(article("e2", ".").published("2026-03-10").build()));
        assertThat(empty.notes()).contains(Assignment.Note.EMPTY);
        assertThat(empty.founded()).isTrue();
        assertThat(dot.founded()).isTrue();
        assertThat(dot.story()).isNotEqualTo(empty.story());
        assertThat(t.activeStories()).isEqualTo(3);
    }

    @Test
    void marksAThousandIdenticalCopiesAsCopiesOfTheFirst() {
        StoryTracker t = tracker();
        Assignment original = t.offer(flood("f0", "2026-03-10", FLOOD));
        ArticleSketch copy = flood("c", "2026-03-10", FLOOD);
        for (int i = 1; i <= 2_000; i++) {
            ArticleSketch s = new ArticleSketch(new ArticleId("c" + i), copy.earliest(), copy.latest(), copy.embedding(),
                    copy.termKeys(), copy.termWeights(), copy.nameKeys(), copy.nameWeights(), copy.signature(),
                    copy.shingles());
            Assignment a = t.offer(s);
            assertThat(a.story()).isEqualTo(original.story());
            assertThat(a.copyOf()).isEqualTo(new ArticleId("f0"));
        }
        assertThat(t.activeStories()).isEqualTo(1);
        // copies are never kept as originals: the state is the size of one story with one original
        assertThat(t.snapshot().toBytes().length).isLessThan(new StoryTracker(TrackerConfig.defaults(),
                TrackerLimits.defaults()).snapshot().toBytes().length + 20_000);
    }

    /** A flood report of a usual length (about 150 words). */
    private static final String LONG_FLOOD = FLOOD + " Water rose more than two metres in the old town overnight, "
            + "and the regional government sent soldiers to help clear blocked roads. Schools stayed closed on "
            + "Monday while engineers checked three bridges over the river for damage. Farmers south of the city "
            + "said whole harvests of oranges had been lost under the mud. The national weather service warned "
            + "that more heavy rain could fall on the coast before the end of the week, and asked residents of "
            + "low-lying districts to keep away from riverbanks. Insurance companies expect claims to run into "
            + "hundreds of millions of euros.";

    @Test
    void marksALightlyEditedCopyButNotADifferentReport() {
        StoryTracker t = tracker();
        t.offer(flood("f1", "2026-03-10", LONG_FLOOD));
        Assignment edited = t.offer(flood("f9", "2026-03-11", LONG_FLOOD.replace("nine", "ten")
                + " This story first appeared in the Valencia Daily."));
        Assignment other = t.offer(flood("f2", "2026-03-11", "Rescue teams in Valencia found more victims of the "
                + "floods as water receded. Marta Ruiz said shelters run by the Red Cross held families in Spain."));
        assertThat(edited.copyOf()).isEqualTo(new ArticleId("f1"));
        assertThat(other.copyOf()).isNull();
        assertThat(other.story()).isEqualTo(edited.story());
    }

    @Test
    void keepsAStoryOfFiftyThousandArticlesBounded() {
        StoryTracker t = tracker();
        StoryId story = null;
        int copies = 0;
        Random random = new Random(2);
        String text = null;
        for (int i = 0; i < 50_000; i++) {
            // each report adds forty words of its own, so it is not a copy, except every tenth, which
            // repeats the one before
            if (i % 10 != 9) {
                StringBuilder own = new StringBuilder(FLOOD);
                for (int w = 0; w < 40; w++) {
                    own.append(' ').append(Integer.toString(random.nextInt(1 << 30), 36));
                }
                text = own.toString();
            }
            Assignment a = t.offer(flood("f" + i, LocalDate.parse("2026-03-10").plusDays(i / 5000).toString(), text));
            story = story == null ? a.story() : story;
            assertThat(a.story()).isEqualTo(story);
            copies += a.copyOf() == null ? 0 : 1;
        }
        assertThat(t.activeStories()).isEqualTo(1);
        assertThat(copies).isEqualTo(5_000);
        TrackerState state = t.snapshot();
        assertThat(state.articlesSeen()).isEqualTo(50_000);
        // what the story keeps is capped (TrackerLimits.defaults()), however many articles it took
        TrackerState.StoryRecord kept = state.stories.get(0);
        assertThat(kept.articles()).isEqualTo(50_000);
        assertThat(kept.termKeys()).hasSizeLessThanOrEqualTo(2 * 64);
        assertThat(kept.nameKeys()).hasSizeLessThanOrEqualTo(2 * 32);
        assertThat(kept.originals()).hasSize(128);
        assertThat(state.blocking).hasSizeLessThanOrEqualTo(2 * 6);
    }

    @Test
    void neverKeepsMoreActiveStoriesThanItsLimit() {
        TrackerLimits ten = new TrackerLimits(10, 64, 32, 200, 128, 256, 16, 64, 12, 6, 32, 16, 0.98, 12);
        StoryTracker t = new StoryTracker(TrackerConfig.defaults(), ten);
        int closed = 0;
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            StringBuilder words = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                words.append(Integer.toString(random.nextInt(1_000_000), 36)).append(' ');
            }
            Assignment a = t.offer(sketcher.sketch(article("u" + i, words.toString()).build()));
            closed += a.closed().size();
            assertThat(t.activeStories()).isLessThanOrEqualTo(10);
        }
        assertThat(closed).isEqualTo(90);
    }

    @Test
    void continuesFromASnapshotExactlyAsItWouldHave() {
        List<ArticleSketch> stream = new ArrayList<>(corpus());
        stream.add(flood("f4", "2026-03-14", FLOOD + " Water levels fell on Saturday."));
        stream.add(launch("l3", "2026-03-15", LAUNCH + " Investors cheered."));
        stream.add(flood("f5", "2026-04-20", FLOOD));
        List<Assignment> straight = offerAll(tracker(), stream);

        StoryTracker first = tracker();
        List<Assignment> resumed = new ArrayList<>(offerAll(first, stream.subList(0, 4)));
        byte[] bytes = first.snapshot().toBytes();
        StoryTracker second = StoryTracker.restore(TrackerConfig.defaults(), TrackerLimits.defaults(),
                TrackerState.fromBytes(bytes));
        assertThat(second.articlesSeen()).isEqualTo(4);
        assertThat(second.clock()).isEqualTo(first.clock());
        resumed.addAll(offerAll(second, stream.subList(4, stream.size())));
        assertThat(resumed).isEqualTo(straight);
    }

    @Test
    void refusesASnapshotOfAnotherFormatOrSize() {
        assertThatThrownBy(() -> TrackerState.fromBytes(new byte[] {0, 0, 0, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 9");
        TrackerState state = tracker().snapshot();
        TrackerLimits small = new TrackerLimits(20_000, 64, 32, 200, 128, 256, 16, 64, 12, 6, 32, 16, 0.98, 12);
        assertThatThrownBy(() -> StoryTracker.restore(TrackerConfig.defaults(), small, state))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2^20");
    }

    @Test
    void rejectsEmbeddingsOfAnotherModelInTheSameStream() {
        StoryTracker t = tracker();
        ArticleSketch s = flood("f1", "2026-03-10", FLOOD);
        t.offer(withEmbedding(s, new float[] {1, 0, 0}));
        assertThatThrownBy(() -> t.offer(withEmbedding(flood("f2", "2026-03-10", FLOOD), new float[] {0, 1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 dimensions");
    }

    static ArticleSketch withEmbedding(ArticleSketch s, float[] embedding) {
        return new ArticleSketch(s.id(), s.earliest(), s.latest(), ActiveStory.normalized(embedding), s.termKeys(),
                s.termWeights(), s.nameKeys(), s.nameWeights(), s.signature(), s.shingles());
    }
}
