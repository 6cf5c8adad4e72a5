package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.CountedQuantity;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.analyse.Verdict;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/** {@link StoryFiguresCodec} gives back what it was given, byte for byte the same for equal figures. */
class StoryFiguresCodecTest {

    private static final ArticleId ONE = new ArticleId("a-one");
    private static final ArticleId TWO = new ArticleId("a-two");

    private static StoryFigures figures(DateRange firstPublished) {
        ClaimGroup refugees = new ClaimGroup("Syrian refugees", Verdict.COMPATIBLE, "One says 3.6 million; Two says more.",
                List.of(new ClaimValue(ONE, "3.6 million Syrian refugees", 3.6e6, 3.6e6, 3.6e6, new Span(10, 37),
                                "the UN", DateRange.month(YearMonth.of(2020, 2))),
                        new ClaimValue(TWO, "more than a dozen refugees", 13, 13, Double.POSITIVE_INFINITY,
                                new Span(0, 26))),
                new CountedQuantity("refugees", "Syria", "", null));
        ClaimGroup share = new ClaimGroup("%", Verdict.SINGLE, "Only One gives it.",
                List.of(new ClaimValue(ONE, "7%", 7, 7, 7, new Span(40, 42))), new CountedQuantity("", null, "", "%"));
        return new StoryFigures(new StoryOrder(firstPublished, 3, new StoryId("s-0123456789")), List.of(refugees, share),
                Map.of(ONE, "One", TWO, "two.example.org"),
                List.of(new TreeSet<>(List.of("turkey", "recep tayyip erdogan")), new TreeSet<>()));
    }

    @Test
    void decodesWhatItEncodedWithOpenBoundsOptionalFieldsAndRangesOfEveryForm() {
        for (DateRange first : new DateRange[] {DateRange.day(LocalDate.of(2020, 2, 18)), null,
                new DateRange(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 5), DatePrecision.DAY),
                DateRange.weekOf(LocalDate.of(2021, 1, 2))}) {
            StoryFigures f = figures(first);
            assertThat(StoryFiguresCodec.decode(StoryFiguresCodec.encode(f))).isEqualTo(f);
        }
    }

    @Test
    void equalFiguresEncodeToEqualBytes() {
        DateRange day = DateRange.day(LocalDate.of(2020, 2, 18));
        assertThat(StoryFiguresCodec.encode(figures(day))).isEqualTo(StoryFiguresCodec.encode(figures(day)));
    }

    @Test
    void readsTheFormatBeforeActorsWithNoActors() {
        StoryFigures f = figures(null);
        byte[] current = StoryFiguresCodec.encode(f);
        // format 2 is format 3 without the actor sets at the end: each group's count (4 bytes) and names
        int actorBytes = 0;
        for (SortedSet<String> actors : f.actors()) {
            actorBytes += 4;
            for (String a : actors) {
                actorBytes += 4 + a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        byte[] old = java.util.Arrays.copyOf(current, current.length - actorBytes);
        old[0] = (byte) StoryFiguresCodec.WITHOUT_ACTORS;
        StoryFigures read = StoryFiguresCodec.decode(old);
        assertThat(read.groups()).isEqualTo(f.groups());
        assertThat(read.order()).isEqualTo(f.order());
        assertThat(read.actors()).hasSize(f.groups().size()).allSatisfy(a -> assertThat(a).isEmpty());
    }

    @Test
    void refusesBytesOfAnotherFormat() {
        byte[] bytes = StoryFiguresCodec.encode(figures(null));
        bytes[0] = (byte) (StoryFiguresCodec.FORMAT + 1);
        assertThatThrownBy(() -> StoryFiguresCodec.decode(bytes)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void keepsAnExplanationLongerThanWriteUtfAllows() {
        String quoted = "Source “about 1,400 residents”; ".repeat(3_000);
        ClaimGroup many = new ClaimGroup("residents", Verdict.AGREE, "The sources agree: " + quoted,
                List.of(new ClaimValue(ONE, "1,400 residents", 1400, 1400, 1400, new Span(0, 15))), null);
        StoryFigures f = new StoryFigures(new StoryOrder(null, 1, new StoryId("s-big")), List.of(many), Map.of(ONE, "One"),
                List.of(new TreeSet<>(List.of("residents' council"))));
        assertThat(f.groups().get(0).explanation().length()).isGreaterThan(65_535);
        assertThat(StoryFiguresCodec.decode(StoryFiguresCodec.encode(f))).isEqualTo(f);
    }
}
