package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.Verdict;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.report.Report;

/**
 * The whole pipeline on the project's own example corpus, checked against the ground truth written
 * down in {@code examples/README.md}.
 */
class ExampleReportTest {

    private static Report report;

    @BeforeAll
    static void runPipeline() {
        report = RealPipeline.report(ExampleCorpus.path());
    }

    /** A short name for an article: its file name without extension, and the line for JSON Lines. */
    private static String file(AnnotatedArticle a) {
        String name = Path.of(a.article().origin().path()).getFileName().toString().replaceAll("\\.[a-z]+$", "");
        return a.article().origin().line() == null ? name : name + ":" + a.article().origin().line();
    }

    private static StoryAnalysis storyOf(String file) {
        return report.stories().stream()
                .filter(s -> s.story().articles().stream().anyMatch(a -> file(a).equals(file)))
                .findFirst().orElseThrow();
    }

    private static AnnotatedArticle article(String file) {
        return report.articles().stream().filter(a -> file(a).equals(file)).findFirst().orElseThrow();
    }

    @Test
    void findsTheTwoEventsAndAssignsTheJsonLinesArticlesSeparately() {
        Set<Set<String>> stories = report.stories().stream()
                .map(s -> s.story().articles().stream().map(ExampleReportTest::file).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(stories).containsExactlyInAnyOrder(
                Set.of("peninsula-wire-2026-03-17", "tagus-herald-2026-03-18", "iberian-courier-2026-03-18",
                        "peninsula-wire-2026-03-19", "border-bulletin-2026-03-19", "hazard-process-weekly-undated",
                        "continental-briefing:1"),
                Set.of("arctic-circle-times-2026-02-12", "continental-briefing:2", "nordic-business-ledger-2026-02-14"));
    }

    @Test
    void marksTheSyndicatedCopy() {
        StoryAnalysis blasts = storyOf("peninsula-wire-2026-03-19");
        assertThat(blasts.story().copyOf()).hasSize(1);
        assertThat(blasts.story().sourceOf(article("border-bulletin-2026-03-19").id()))
                .isEqualTo(article("peninsula-wire-2026-03-19").id());
    }

    @Test
    void neverInventsADateForTheUndatedArticle() {
        assertThat(article("hazard-process-weekly-undated").article().published()).isNull();
    }

    @Test
    void mergesNameVariantsIntoOneActorEach() {
        List<Entity> entities = storyOf("peninsula-wire-2026-03-17").entities();
        assertThat(one(entities, "Ruben Castaneda").aliases()).contains("Rubén Castañeda", "Mr Castaneda", "Castañeda");
        assertThat(one(entities, "Ruben Castaneda").name()).isEqualTo("Rubén Castañeda");
        assertThat(one(entities, "Walid Al Haddad").aliases()).contains("Walid al-Haddad", "Walid el-Haddad");
        assertThat(one(entities, "Ines Carvalho").aliases()).contains("Inês Carvalho", "Ms Carvalho");
        assertThat(one(entities, "Lisbon").name()).isEqualTo("Portugal");
        assertThat(one(storyOf("arctic-circle-times-2026-02-12").entities(), "Solvi Odegard").name())
                .isEqualTo("Sølvi Ødegård");
    }

    private static Entity one(List<Entity> entities, String alias) {
        List<Entity> found = entities.stream().filter(e -> e.aliases().contains(alias)).toList();
        assertThat(found).as("entities with alias %s", alias).hasSize(1);
        return found.get(0);
    }

    @Test
    void findsTheDisputedDeathTollAndTheAgreedEvacuationFigure() {
        List<ClaimGroup> claims = storyOf("peninsula-wire-2026-03-17").claims();
        ClaimGroup toll = claims.stream().filter(g -> g.values().stream().anyMatch(v -> v.value() == 27))
                .findFirst().orElseThrow();
        assertThat(toll.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(toll.values()).anyMatch(v -> v.value() == 23);
        ClaimGroup evacuated = claims.stream().filter(g -> g.values().stream().anyMatch(v -> v.value() == 1400))
                .findFirst().orElseThrow();
        assertThat(evacuated.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(evacuated.values()).hasSizeGreaterThanOrEqualTo(4).allMatch(v -> v.value() == 1400);
    }

    @Test
    void everyCitationPointsAtWordsThatSupportItsSentence() {
        for (StoryAnalysis s : report.stories()) {
            CitationChecks.assertEverySentenceSupported(s);
        }
    }
}
