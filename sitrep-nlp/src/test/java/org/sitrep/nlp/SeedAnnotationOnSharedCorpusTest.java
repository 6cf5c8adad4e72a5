package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Qualifier;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;

/**
 * The five scraped seed articles in the shared data ({@code $sitrep.shared/corpora/seeds}), through
 * CoreNLP and the standard layers. Depends on the shared data and skips without it. Extraction is
 * not used: each article is the file's whole text, with the published date stated below (read from
 * the articles' bylines and update lines).
 */
class SeedAnnotationOnSharedCorpusTest {

    /** File-name prefix and the published date used for it. */
    private static final Map<String, LocalDate> DATES = new LinkedHashMap<>();

    static {
        DATES.put("000_", LocalDate.of(2020, 2, 18)); // Bloomberg, talks "on Tuesday" 18 February
        DATES.put("001_", LocalDate.of(2020, 2, 18)); // byline "18-Feb-2020"
        DATES.put("002_", LocalDate.of(2020, 2, 15)); // "Updated: February 15, 2020 11:28 PM"
        DATES.put("003_", LocalDate.of(2020, 2, 19)); // "Updated: February 20, 2020 12:28 AM", Abu Dhabi time
        DATES.put("004_", LocalDate.of(2021, 9, 29)); // Erdogan-Putin meeting in Sochi "on Wednesday"
    }

    private static final Map<String, AnnotatedArticle> ANNOTATED = new LinkedHashMap<>();
    /** Why the tests are skipped, or null when the seeds were found. */
    private static String missing;

    @BeforeAll
    static void annotateSeeds() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpora", "seeds");
        if (dir == null || !Files.isDirectory(dir)) {
            missing = "shared seed corpus not found at " + dir + " (set -Dsitrep.shared to the shared data); skipping";
            System.err.println(SeedAnnotationOnSharedCorpusTest.class.getSimpleName() + ": " + missing);
            return;
        }
        for (Map.Entry<String, LocalDate> e : DATES.entrySet()) {
            try (Stream<Path> files = Files.list(dir)) {
                Path file = files.filter(p -> p.getFileName().toString().startsWith(e.getKey())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no seed " + e.getKey() + "* in " + dir));
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ANNOTATED.put(e.getKey(), SharedCoreNlp.annotate(text, e.getValue()));
            }
        }
        reportSpeed();
    }

    @BeforeEach
    void skipWithoutTheSharedData() {
        assumeThat(missing).as(missing == null ? "" : missing).isNull();
    }

    @Test
    void keepsRecepTayyipErdoganAsOnePersonMention() {
        AnnotatedArticle a = ANNOTATED.get("001_");
        assertThat(a.mentions()).filteredOn(m -> m.text().contains("Erdoğan"))
                .extracting(Mention::text, Mention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Recep Tayyip Erdoğan", EntityType.PERSON));
    }

    @Test
    void readsTheThreeCasualtyFiguresWithWhatTheyCount() {
        Quantity turks = quantity("000_", "14");
        assertThat(counted("000_", turks)).isEqualTo("Turks");
        assertThat(turks.countedHead()).isEqualTo("Turk");
        assertThat(turks.qualifier()).isEqualTo(Qualifier.EXACT);

        Quantity soldiers = quantity("001_", "13");
        assertThat(counted("001_", soldiers)).isEqualTo("Turkish soldiers");
        assertThat(soldiers.countedHead()).isEqualTo("soldier");

        Quantity dozen = quantity("002_", "more than a dozen");
        assertThat(dozen.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(dozen.value()).isEqualTo(12);
        assertThat(dozen.low()).isEqualTo(12);
        assertThat(dozen.high()).isInfinite();
        assertThat(counted("002_", dozen)).isEqualTo("Turkish soldiers");
        assertThat(dozen.countedHead()).isEqualTo("soldier");
        assertThat(dozen.compatibleWith(soldiers)).isTrue();
        assertThat(turks.compatibleWith(soldiers)).as("14 and 13 disagree").isFalse();
    }

    @Test
    void resolvesWeekdaysAndTheWeekendAgainstTheArticleDate() {
        assertThat(time("000_", "Tuesday").resolved()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 18)));
        TimeExpression weekend = time("001_", "the weekend");
        assertThat(weekend.resolved()).isEqualTo(
                new DateRange(LocalDate.of(2020, 2, 15), LocalDate.of(2020, 2, 16), DatePrecision.DAY));
        assertThat(time("001_", "last week").resolved().iso()).isEqualTo("2020-W07");
        // "he said on Saturday at the Munich Security Conference" in a story of Saturday 15 February
        assertThat(time("002_", "Saturday").resolved()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 15)));
        // "Turkey will send a delegation to Russia on Monday"
        assertThat(time("002_", "Monday").resolved()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 17)));
        assertThat(time("003_", "last August").resolved().iso()).isEqualTo("2019-08");
    }

    @Test
    void attributesTheQuotesToTheirSpeakers() {
        Quote lavrov = quote("002_", "controls a major part of the Idlib security zone and that’s a problem");
        assertThat(lavrov.direct()).isTrue();
        assertThat(lavrov.speakerText()).isEqualTo("Sergey Lavrov");
        assertThat(lavrov.speaker().of(text("002_"))).isEqualTo("Lavrov");
        assertThat(lavrov.cue()).isEqualTo("said");

        Quote naumkin = quote("000_", "Syria has the right to re-establish control over its territory");
        assertThat(naumkin.speakerText()).isEqualTo("Vitaly Naumkin");
        assertThat(naumkin.cue()).isEqualTo("told reporters");

        Quote cavusoglu = quote("002_", "If it won’t work through diplomatic channels");
        assertThat(cavusoglu.speakerText()).isEqualTo("Mevlut Cavusoglu");
        assertThat(cavusoglu.cue()).isEqualTo("said");

        Quote ministry = quote("000_", "Our delegation stressed the need");
        assertThat(ministry.speakerText()).isEqualTo("Turkey’s Foreign Ministry");
        assertThat(ministry.cue()).isEqualTo("said in a statement");
    }

    @Test
    void leavesScareQuotesOut() {
        assertThat(ANNOTATED.get("002_").quotes()).noneMatch(q -> q.span().of(text("002_")).equals("heavy price"));
        assertThat(ANNOTATED.get("004_").quotes()).noneMatch(q -> q.span().of(text("004_")).equals("Face the Nation"));
    }

    @Test
    void keepsEverySpanInsideItsArticle() {
        for (AnnotatedArticle a : ANNOTATED.values()) {
            AnnotationInvariants.check(a);
        }
    }

    private static String text(String seed) {
        return ANNOTATED.get(seed).text();
    }

    private static Quantity quantity(String seed, String text) {
        List<Quantity> found = ANNOTATED.get(seed).quantities().stream().filter(q -> q.text().equals(text)).toList();
        assertThat(found).as("quantity '%s' in seed %s", text, seed).isNotEmpty();
        return found.get(0);
    }

    private static String counted(String seed, Quantity q) {
        assertThat(q.counted()).as("counted phrase of '%s'", q.text()).isNotNull();
        return q.counted().of(text(seed));
    }

    private static TimeExpression time(String seed, String text) {
        return ANNOTATED.get(seed).times().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression '" + text + "' in seed " + seed));
    }

    private static Quote quote(String seed, String start) {
        String text = text(seed);
        return ANNOTATED.get(seed).quotes().stream().filter(q -> q.span().of(text).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in seed " + seed));
    }

    /** Informative only: tokens per second of CoreNLP and the layers on the seeds, after warm-up. */
    private static void reportSpeed() {
        List<AnnotatedArticle> articles = List.copyOf(ANNOTATED.values());
        long tokens = 0;
        long start = System.nanoTime();
        for (AnnotatedArticle a : articles) {
            tokens += SharedCoreNlp.annotate(a.article()).tokens().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("seed annotation speed: %d tokens in %.2f s = %.0f tokens/s (one thread, warm)%n", tokens,
                seconds, tokens / seconds);
    }
}
