package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.RunOptions;
import org.sitrep.Sitrep;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.EntityId;
import org.sitrep.model.StoryId;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.fixtures.SmallWorkspaces;

class WorkspaceIngesterTest {

    @TempDir
    Path dir;

    private IngestResult ingest(Workspace w, Path... inputs) {
        List<Problem> problems = new ArrayList<>();
        try (Sitrep sitrep = SmallWorkspaces.pipeline()) {
            IngestResult r = new WorkspaceIngester(w, sitrep, new IngestSettings(2, 600, 21))
                    .ingest(java.util.Arrays.stream(inputs).map(Path::toString).toList(), RunOptions.defaults(),
                            ProgressListener.NONE, problems::add);
            assertThat(problems).isEmpty();
            return r;
        }
    }

    @Test
    void articlesAboutTwoEventsMakeTwoStoriesAndTheSameInputTwiceAddsNothing() throws Exception {
        Path inputs = SmallWorkspaces.twoEvents(dir.resolve("in"));
        try (Workspace w = Workspace.open(dir.resolve("ws"))) {
            IngestResult first = ingest(w, inputs);
            assertThat(first.added()).isEqualTo(5);
            assertThat(first.totalStories()).isEqualTo(2);
            IngestResult again = ingest(w, inputs);
            assertThat(again.added()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(5);
            assertThat(again.storiesChanged()).isZero();
            assertThat(again.totalArticles()).isEqualTo(5);
        }
    }

    @Test
    void aLaterArticleJoinsItsStoryWhichKeepsItsIdAndIsAnalysedAgain() throws Exception {
        Path inputs = SmallWorkspaces.twoEvents(dir.resolve("in"));
        try (Workspace w = Workspace.open(dir.resolve("ws"))) {
            ingest(w, inputs);
            WorkspaceQueries q = new WorkspaceQueries(w);
            StorySummary flood = q.stories(new StoryFilter("Kessel", null, null, null, 10, 0)).items().get(0);
            assertThat(flood.articles()).isEqualTo(3);

            Path later = SmallWorkspaces.article(dir.resolve("later"), "flood-4.jsonl",
                    "Valdoria counts flood damage at Kessel Bridge", "2024-03-09",
                    "Mayor Elena Brandt said repairs at Kessel Bridge would take a month. The Valdoria Water Board"
                            + " inspected the Kessel dam after the floods in Valdoria.");
            Path unrelated = SmallWorkspaces.article(dir.resolve("later"), "quake-1.jsonl",
                    "Earthquake shakes Montaria", "2024-03-09",
                    "An earthquake shook the mountain villages of Montaria. Governor Paulo Ruiz said schools were"
                            + " closed while engineers from Montaria University checked buildings.");
            IngestResult r = ingest(w, later, unrelated);
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.storiesStarted()).isEqualTo(1);
            assertThat(r.storiesChanged()).isEqualTo(2);
            StoryAnalysis grown = q.story(new StoryId(flood.id())).orElseThrow();
            assertThat(grown.story().articles()).hasSize(4);
            assertThat(grown.headline()).isNotNull();
            assertThat(q.stories(new StoryFilter(null, null, null, null, 10, 0)).total()).isEqualTo(3);
        }
    }

    @Test
    void storiesFilterByWordsEntityAndDatesAndPage() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws"))) {
            ingest(w, SmallWorkspaces.twoEvents(dir.resolve("in")));
            WorkspaceQueries q = new WorkspaceQueries(w);
            Page<StorySummary> all = q.stories(new StoryFilter(null, null, null, null, 10, 0));
            assertThat(all.items()).extracting(StorySummary::firstDate).containsExactly("2024-05-20", "2024-03-04");
            assertThat(q.stories(new StoryFilter("grain tariffs", null, null, null, 10, 0)).items())
                    .extracting(StorySummary::firstDate).containsExactly("2024-05-20");
            assertThat(q.stories(new StoryFilter("grain", null, null, null, 10, 0)).items()).hasSize(1);
            assertThat(q.stories(new StoryFilter(null, "elena brandt", null, null, 10, 0)).items())
                    .extracting(StorySummary::firstDate).containsExactly("2024-03-04");
            assertThat(q.stories(new StoryFilter(null, null, LocalDate.parse("2024-05-01"), null, 10, 0)).items())
                    .hasSize(1);
            assertThat(q.stories(new StoryFilter(null, null, null, LocalDate.parse("2024-03-04"), 10, 0)).items())
                    .extracting(StorySummary::firstDate).containsExactly("2024-03-04");
            Page<StorySummary> second = q.stories(new StoryFilter(null, null, null, null, 1, 1));
            assertThat(second.total()).isEqualTo(2);
            assertThat(second.items()).extracting(StorySummary::id).containsExactly(all.items().get(1).id());
            assertThat(q.stories(new StoryFilter("\" OR title:* NEAR(", null, null, null, 10, 0)).items()).isEmpty();
        }
    }

    @Test
    void searchFindsArticlesWithMarkedSnippetsAndAnEntityIsFoundAcrossStories() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws"))) {
            ingest(w, SmallWorkspaces.twoEvents(dir.resolve("in")));
            WorkspaceQueries q = new WorkspaceQueries(w);
            Page<SearchHit> hits = q.search("kessel dam", 10, 0);
            assertThat(hits.total()).isEqualTo(3);
            assertThat(hits.items()).allSatisfy(h -> {
                assertThat(h.story()).startsWith("s-");
                assertThat(h.snippet()).anySatisfy(p -> {
                    assertThat(p.match()).isTrue();
                    assertThat(p.text()).matches("(?i)kessel|dam");
                });
            });
            assertThat(q.search("*** ()", 10, 0).total()).isZero();

            StorySummary flood = q.stories(new StoryFilter("Kessel", null, null, null, 10, 0)).items().get(0);
            StoryAnalysis story = q.story(new StoryId(flood.id())).orElseThrow();
            Entity brandt = story.entities().stream().filter(e -> e.name().contains("Brandt")).findFirst().orElseThrow();
            List<EntityAppearance> appearances = q.entity(brandt.id());
            assertThat(appearances).extracting(EntityAppearance::story).containsExactly(flood.id());
            assertThat(q.entity(new EntityId("s-none/e1"))).isEmpty();
        }
    }
}
