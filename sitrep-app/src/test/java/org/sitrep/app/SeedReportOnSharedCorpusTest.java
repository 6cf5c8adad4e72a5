package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.Entity;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.Verdict;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.report.Report;

/**
 * The whole pipeline on the five real scraped articles in {@code ../shared/corpora/seeds}: four
 * reports of the February 2020 Turkey-Russia talks on Idlib and one of the September 2021 Sochi
 * meeting. Skipped, with a message, where {@code ../shared} is not beside the repository.
 */
class SeedReportOnSharedCorpusTest {

    private static final Path SEEDS = Path.of(System.getProperty("sitrep.shared", "../../shared"), "corpora", "seeds");

    private static Report report;

    @BeforeAll
    static void runPipeline() {
        assumeTrue(Files.isDirectory(SEEDS), "the seed corpus is not at " + SEEDS.toAbsolutePath()
                + " (../shared beside the repository); skipping the seed end-to-end test");
        report = RealPipeline.report(SEEDS);
    }

    /** The seed file's number ("000" ... "004"). */
    private static String seed(AnnotatedArticle a) {
        return Path.of(a.article().origin().path()).getFileName().toString().substring(0, 3);
    }

    private static AnnotatedArticle article(String seed) {
        return report.articles().stream().filter(a -> seed(a).equals(seed)).findFirst().orElseThrow();
    }

    private static StoryAnalysis storyOf(String seed) {
        return report.stories().stream().filter(s -> s.story().articles().stream().anyMatch(a -> seed(a).equals(seed)))
                .findFirst().orElseThrow();
    }

    @Test
    void splitsTheFebruary2020TalksFromTheSochiMeeting() {
        Set<Set<String>> stories = report.stories().stream()
                .map(s -> s.story().articles().stream().map(SeedReportOnSharedCorpusTest::seed).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(stories).containsExactlyInAnyOrder(Set.of("000", "001", "002", "003"), Set.of("004"));
    }

    @Test
    void removesTheBoilerplateAndKeepsTheBody() {
        Map<String, List<String>> gone = Map.of(
                "000", List.of("ADVERTISEMENT", "To contact the reporters", "To contact the editors", "©2020 Bloomberg",
                        "With assistance from"),
                "001", List.of("Dreamstime.com", "World Sergey Matyunin 18-Feb-2020"),
                "002", List.of("UAESaturday", "Turkish Foreign Ministry via Reuters", "Updated: February 15, 2020",
                        "Most Popular"),
                "003", List.of("Updated: February 20, 2020", "Editor's Picks", "Sign up to", "Please select one",
                        "Most Read"),
                "004", List.of("Spread the love", "vladimir smirnov/Agence France-Presse", "(Published 10/23/19)",
                        "After the abrupt withdrawal of U.S. troops", "Write to Jared Malsin", "Copyright ©2021",
                        "Source link", "Leave a Reply", "Your email address will not be published", "bloggers like this"));
        Map<String, List<String>> kept = Map.of(
                "000", List.of("A delegation of Turkish military, intelligence and diplomatic officials",
                        "Turkey’s state-run TRT television channel showed a stream of trucks"),
                "001", List.of("The Russian delegation is led by Sergey Vershinin", "Despite being on opposing sides"),
                "002", List.of("Turkey will send a delegation to Russia on Monday",
                        "Israel does not usually comment on strikes in Syria."),
                "003", List.of("Russia and Turkey have failed to agree on a new de-escalation deal",
                        "will make the situation even worse"),
                "004", List.of("ISTANBUL—Turkey’s President Recep Tayyip Erdogan met", "referring to Hayat Tahrir Al-Sham"));
        gone.forEach((seed, lines) -> {
            AnnotatedArticle a = article(seed);
            for (String line : lines) {
                assertThat(a.text()).as("%s still has '%s'", seed, line).doesNotContain(line);
            }
            assertThat(a.article().boilerplate()).as("%s keeps what it removed", seed).isNotEmpty();
        });
        kept.forEach((seed, lines) -> lines.forEach(line -> assertThat(article(seed).text()).contains(line)));
    }

    @Test
    void findsTheMetadataTheTextsGive() {
        assertThat(article("001").article().published().iso()).isEqualTo("2020-02-18");
        assertThat(article("001").article().author()).isEqualTo("Sergey Matyunin");
        assertThat(article("002").article().published().iso()).isEqualTo("2020-02-15");
        assertThat(article("000").article().publisher()).isEqualTo("Bloomberg");
        assertThat(article("004").article().author()).isEqualTo("Jared Malsin");
    }

    @Test
    void mergesTheNamesOfOnePersonAcrossSources() {
        List<Entity> entities = storyOf("000").entities();
        assertThat(withAlias(entities, "Erdogan")).hasSize(1).first().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Recep Tayyip Erdoğan");
            assertThat(e.aliases()).contains("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Mr Erdogan");
        });
        assertThat(withAlias(entities, "Sedat Onal")).hasSize(1).first()
                .satisfies(e -> assertThat(e.aliases()).contains("Sedat Önal"));
        assertThat(withAlias(entities, "Assad")).hasSize(1).first()
                .satisfies(e -> assertThat(e.aliases()).contains("Bashar al-Assad", "Al Assad"));
        assertThat(withAlias(entities, "Ankara")).anySatisfy(e -> assertThat(e.name()).isEqualTo("Turkey"));
    }

    private static List<Entity> withAlias(List<Entity> entities, String alias) {
        return entities.stream().filter(e -> e.aliases().contains(alias)).toList();
    }

    @Test
    void groupsTheDifferingCountsOfTurkishSoldiersKilledAsADisagreement() {
        StoryAnalysis talks = storyOf("000");
        ClaimGroup toll = talks.claims().stream()
                .filter(g -> g.values().stream().anyMatch(v -> v.value() == 14)
                        && g.values().stream().anyMatch(v -> v.value() == 13))
                .findFirst().orElseThrow(() -> new AssertionError("no group with 14 and 13: " + talks.claims()));
        assertThat(toll.verdict()).isEqualTo(Verdict.DISAGREE);
        assertThat(toll.values()).extracting(ClaimValue::text)
                .contains("14 Turks", "13 Turkish soldiers", "more than a dozen Turkish soldiers");
        assertThat(toll.values().stream().map(v -> seed(talks.story().article(v.article()))).collect(Collectors.toSet()))
                .contains("000", "001", "002");
        assertThat(toll.explanation()).contains("Range 13–14");
    }

    @Test
    void everyCitationPointsAtWordsThatSupportItsSentence() {
        for (StoryAnalysis s : report.stories()) {
            assertThat(s.headline()).isNotNull();
            assertThat(s.headline().text().split("\\s+").length).isLessThanOrEqualTo(40);
            assertThat(s.summary()).isNotEmpty();
            CitationChecks.assertEverySentenceSupported(s);
        }
    }

    @Test
    void findsWhoBacksWhom() {
        StoryAnalysis talks = storyOf("000");
        java.util.Map<org.sitrep.model.EntityId, String> names = new java.util.HashMap<>();
        talks.entities().forEach(e -> names.put(e.id(), e.name()));
        List<String> relations = talks.relations().stream()
                .map(r -> names.get(r.source()) + " " + r.relation().label() + " " + names.get(r.target())).toList();
        assertThat(relations).contains("Russia backs Syria");
        assertThat(relations).anyMatch(r -> r.startsWith("Turkey backs") && r.endsWith("rebels"));
    }

    @Test
    void flagsTheAgreementTheSourcesDateDifferently() {
        assertThat(storyOf("000").dateConflicts()).anySatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.DISAGREE);
            assertThat(c.dates()).extracting(d -> d.date().iso()).contains("2018", "2019-08");
        });
    }

    @Test
    void findsTheSyrianRefugeesInTurkeyAsAFigureBothStoriesAgreeOn() {
        assertThat(report.recurring()).anySatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.AGREE);
            assertThat(r.stories()).hasSize(2);
            assertThat(r.explanation()).contains("3.6 million");
        });
    }
}
