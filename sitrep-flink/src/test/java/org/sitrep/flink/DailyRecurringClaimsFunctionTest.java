package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.CountedQuantity;
import org.sitrep.analyse.RecurringClaimFinder;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.analyse.Verdict;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;
import org.sitrep.report.JsonReportWriter;

/**
 * The streaming global step in Flink's keyed-operator test harness: a figure recurring across stories
 * is written on the day the second story comes, written again when a third joins (the line
 * {@code sitrep report} would give for those stories), and stories older than the horizon leave state.
 */
class DailyRecurringClaimsFunctionTest {

    private static final LocalDate DAY0 = LocalDate.of(2025, 3, 1);
    private static final Duration HORIZON = Duration.ofDays(14);

    private final DailyRecurringClaimsFunction function = new DailyRecurringClaimsFunction(HORIZON);

    /** A story closed on {@code day} that gives "4,000 displaced families in Norland". */
    private static StoryFigures story(String name, int day) {
        ArticleId article = new ArticleId("a-" + name);
        ClaimGroup families = new ClaimGroup("displaced families", Verdict.SINGLE, "Only " + name + " gives it.",
                List.of(new ClaimValue(article, "4,000 displaced families", 4000, 4000, 4000, new Span(0, 24))),
                new CountedQuantity("families", "Norland", "displaced", null));
        return new StoryFigures(new StoryOrder(DateRange.day(DAY0.plusDays(day)), 2, new StoryId("s-" + name)),
                List.of(families), Map.of(article, name + ".example.org"), List.of(new TreeSet<>(List.of("norland"))));
    }

    /** The watermark once {@code day} has passed. */
    private static long passed(int day) {
        return PublishedDays.end(DAY0.plusDays(day));
    }

    private static String line(StoryFigures... stories) {
        var found = new RecurringClaimFinder().findAmong(List.of(stories));
        assertThat(found).hasSize(1);
        return AnalyseFunction.line(new JsonReportWriter().recurringClaim(found.get(0)));
    }

    @Test
    void writesEachFigureAsItsStoriesComeAndForgetsStoriesPastTheHorizon() throws Exception {
        StoryFigures a = story("alpha", 1);
        StoryFigures b = story("beta", 3);
        StoryFigures c = story("gamma", 9);
        StoryFigures late = story("delta", 40);
        try (var harness = new KeyedOneInputStreamOperatorTestHarness<Integer, byte[], String>(
                new KeyedProcessOperator<>(function), f -> RecurringClaimsFunction.KEY, Types.INT)) {
            harness.open();
            List<String> written = new ArrayList<>();

            harness.processWatermark(passed(0));
            harness.processElement(StoryFiguresCodec.encode(a), passed(0));
            harness.processWatermark(passed(1));
            assertThat(harness.extractOutputValues()).as("one story: nothing recurs yet").isEmpty();

            harness.processElement(StoryFiguresCodec.encode(b), passed(1));
            harness.processWatermark(passed(2));
            written.add(line(a, b));
            assertThat(harness.extractOutputValues()).isEqualTo(written);

            // a day without a new story writes nothing
            harness.processWatermark(passed(4));
            assertThat(harness.extractOutputValues()).isEqualTo(written);

            // a third story joins: the figure is written again with it, superseding the line of two
            harness.processElement(StoryFiguresCodec.encode(c), passed(4));
            harness.processWatermark(passed(5));
            written.add(line(a, b, c));
            assertThat(harness.extractOutputValues()).isEqualTo(written);
            assertThat(function.storiesInState()).isEqualTo(3);

            // weeks later the earlier stories have left: the same figure in a new story recurs with none
            harness.processWatermark(passed(39));
            harness.processElement(StoryFiguresCodec.encode(late), passed(39));
            harness.processWatermark(passed(40));
            assertThat(harness.extractOutputValues()).isEqualTo(written);
            assertThat(function.storiesInState()).isEqualTo(1);

            // a story analysed again (after a restart from a checkpoint) is held once
            harness.processElement(StoryFiguresCodec.encode(late), passed(40));
            harness.processWatermark(passed(41));
            assertThat(function.storiesInState()).isEqualTo(1);
        }
    }
}
