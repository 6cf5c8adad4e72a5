package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

class DateResolverTest {

    /** A Tuesday. */
    private static final DateRange TUESDAY_18_FEB_2020 = DateRange.day(LocalDate.of(2020, 2, 18));
    private static final DateRange SATURDAY_15_FEB_2020 = DateRange.day(LocalDate.of(2020, 2, 15));

    private final DateResolver resolver = new DateResolver();

    private static TimeExpression date(String text, String timex) {
        return new TimeExpression(new Span(0, text.length()), text, "DATE", timex, null, null, 0);
    }

    private TimeExpression resolve(String text, DateRange published, Tense tense) {
        return resolver.resolve(date(text, null), published, tense, false);
    }

    private static DateRange days(String first, String last, DatePrecision p) {
        return new DateRange(LocalDate.parse(first), LocalDate.parse(last), p);
    }

    @Nested
    class Weekdays {

        @ParameterizedTest(name = "''{0}'' in a {1} clause of Tue 2020-02-18 is {2}")
        @CsvSource({
                "Monday, PAST, 2020-02-17", "Sunday, PAST, 2020-02-16", "Wednesday, PAST, 2020-02-12",
                "Tuesday, PAST, 2020-02-18", "Monday, FUTURE, 2020-02-24", "Wednesday, FUTURE, 2020-02-19",
                "Tuesday, FUTURE, 2020-02-18", "Monday, PRESENT, 2020-02-17", "on Monday morning, PAST, 2020-02-17",
                "next Monday, PAST, 2020-02-24", "last Tuesday, FUTURE, 2020-02-11", "last Monday, PAST, 2020-02-17",
                "next Tuesday, PAST, 2020-02-25"})
        void resolveByTheTenseOfTheirClause(String text, Tense tense, String expected) {
            TimeExpression t = resolve(text, TUESDAY_18_FEB_2020, tense);
            assertThat(t.resolved()).isEqualTo(DateRange.day(LocalDate.parse(expected)));
            assertThat(t.basis()).isNotBlank();
        }

        @Test
        void aPastWeekdayIsTheArticleDayOfWireCopy() {
            // "Mr Lavrov said on Saturday" in a story of Saturday 15 February 2020
            TimeExpression t = resolve("Saturday", SATURDAY_15_FEB_2020, Tense.PAST);
            assertThat(t.resolved()).isEqualTo(SATURDAY_15_FEB_2020);
            assertThat(t.basis()).contains("on or before 2020-02-15");
        }

        @Test
        void canRequireTodayBeforeTakingThePastWeekdayToBeTheArticleDay() {
            DateResolver strict = new DateResolver(new DateResolverConfig(false, Tense.PAST));
            assertThat(strict.resolve(date("Saturday", null), SATURDAY_15_FEB_2020, Tense.PAST, false).resolved())
                    .isEqualTo(DateRange.day(LocalDate.of(2020, 2, 8)));
            assertThat(strict.resolve(date("Saturday", null), SATURDAY_15_FEB_2020, Tense.PAST, true).resolved())
                    .isEqualTo(SATURDAY_15_FEB_2020);
            assertThat(strict.resolve(date("Saturday", null), SATURDAY_15_FEB_2020, Tense.FUTURE, false).resolved())
                    .as("a future clause may still mean the same day").isEqualTo(SATURDAY_15_FEB_2020);
        }

        @Test
        void ignoreTheTaggersForwardResolution() {
            // SUTime gives 2020-02-17 for "Monday" whatever the tense
            TimeExpression t = resolver.resolve(date("Monday", "2020-02-17"), TUESDAY_18_FEB_2020, Tense.FUTURE, false);
            assertThat(t.resolved()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 24)));
        }
    }

    @Nested
    class WeeksAndWeekends {

        @Test
        void pastWeekendIsTheLatestSaturdayAndSundayBeforeTheArticle() {
            TimeExpression t = resolve("the weekend", TUESDAY_18_FEB_2020, Tense.PAST);
            assertThat(t.resolved()).isEqualTo(days("2020-02-15", "2020-02-16", DatePrecision.DAY));
            assertThat(t.basis()).contains("past-tense");
        }

        @Test
        void futureWeekendIsTheNextOne() {
            assertThat(resolve("the weekend", TUESDAY_18_FEB_2020, Tense.FUTURE).resolved())
                    .isEqualTo(days("2020-02-22", "2020-02-23", DatePrecision.DAY));
            assertThat(resolve("next weekend", TUESDAY_18_FEB_2020, Tense.PAST).resolved())
                    .isEqualTo(days("2020-02-22", "2020-02-23", DatePrecision.DAY));
        }

        @Test
        void lastWeekIsThePreviousIsoWeek() {
            TimeExpression t = resolve("last week", TUESDAY_18_FEB_2020, Tense.FUTURE);
            assertThat(t.resolved()).isEqualTo(days("2020-02-10", "2020-02-16", DatePrecision.WEEK));
            assertThat(t.resolved().iso()).isEqualTo("2020-W07");
        }

        @Test
        void thisAndNextWeekAreCountedFromTheArticlesWeek() {
            assertThat(resolve("this week", TUESDAY_18_FEB_2020, Tense.PAST).resolved().iso()).isEqualTo("2020-W08");
            assertThat(resolve("next week", TUESDAY_18_FEB_2020, Tense.PAST).resolved().iso()).isEqualTo("2020-W09");
            assertThat(resolve("earlier this week", TUESDAY_18_FEB_2020, Tense.PAST).resolved())
                    .isEqualTo(days("2020-02-17", "2020-02-18", DatePrecision.WEEK));
        }
    }

    @Nested
    class Months {

        @Test
        void earlierThisMonthRunsFromTheFirstToTheArticleDay() {
            TimeExpression t = resolve("earlier this month", TUESDAY_18_FEB_2020, Tense.PAST);
            assertThat(t.resolved()).isEqualTo(days("2020-02-01", "2020-02-18", DatePrecision.MONTH));
        }

        @ParameterizedTest(name = "''{0}'' in a {1} clause of 2020-02-18 is {2}")
        @CsvSource({
                "August, PAST, 2019-08", "in August, PRESENT, 2019-08", "August, FUTURE, 2020-08",
                "last August, PAST, 2019-08", "last August, FUTURE, 2019-08", "next August, PAST, 2020-08",
                "February, PAST, 2020-02", "February, FUTURE, 2020-02", "last February, PAST, 2019-02",
                "the end of February, FUTURE, 2020-02", "December, PAST, 2019-12", "this month, PAST, 2020-02",
                "last month, FUTURE, 2020-01", "next month, PAST, 2020-03"})
        void resolveToTheMonthTheTenseImplies(String text, Tense tense, String expected) {
            assertThat(resolve(text, TUESDAY_18_FEB_2020, tense).resolved())
                    .isEqualTo(DateRange.month(YearMonth.parse(expected)));
        }

        @Test
        void lastAugustInAnAugustArticleIsTheYearBefore() {
            DateRange aug = DateRange.day(LocalDate.of(2020, 8, 20));
            assertThat(resolve("last August", aug, Tense.PAST).resolved())
                    .isEqualTo(DateRange.month(YearMonth.of(2019, 8)));
            assertThat(resolve("in August", aug, Tense.PAST).resolved())
                    .isEqualTo(DateRange.month(YearMonth.of(2020, 8)));
        }

        @Test
        void dayAndMonthWithoutAYearLookBackAcrossNewYear() {
            DateRange jan = DateRange.day(LocalDate.of(2020, 1, 5));
            assertThat(resolve("December 28", jan, Tense.PAST).resolved())
                    .isEqualTo(DateRange.day(LocalDate.of(2019, 12, 28)));
            assertThat(resolve("28 December", jan, Tense.FUTURE).resolved())
                    .isEqualTo(DateRange.day(LocalDate.of(2020, 12, 28)));
        }

        @Test
        void edgeWordsAreNotedButTheRangeIsKept() {
            TimeExpression t = resolve("the end of February", TUESDAY_18_FEB_2020, Tense.FUTURE);
            assertThat(t.basis()).contains("'end of' noted");
        }
    }

    @Nested
    class AbsoluteExpressions {

        @Test
        void lateYearIsThatYearWithLateNoted() {
            TimeExpression t = resolver.resolve(date("late 2018", "2018"), TUESDAY_18_FEB_2020, Tense.PAST, false);
            assertThat(t.resolved()).isEqualTo(DateRange.year(2018));
            assertThat(t.resolved().precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(t.basis()).contains("late");
        }

        @Test
        void explicitDatesKeepTheirValue() {
            assertThat(resolver.resolve(date("February 15, 2020", "2020-02-15"), TUESDAY_18_FEB_2020, Tense.FUTURE,
                    false).resolved()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 15)));
            assertThat(resolver.resolve(date("March 2020", "2020-03"), TUESDAY_18_FEB_2020, Tense.PAST, false)
                    .resolved()).isEqualTo(DateRange.month(YearMonth.of(2020, 3)));
            assertThat(resolver.resolve(date("10/23/19", "2019-10-23"), TUESDAY_18_FEB_2020, Tense.PAST, false)
                    .resolved()).isEqualTo(DateRange.day(LocalDate.of(2019, 10, 23)));
            assertThat(resolver.resolve(date("in 2011", "2011"), null, Tense.PAST, false).resolved())
                    .isEqualTo(DateRange.year(2011));
        }

        @Test
        void seasonsQuartersAndDecadesHaveTheirOwnRanges() {
            assertThat(resolver.resolve(date("spring 2011", "2011-SP"), null, Tense.PAST, false).resolved())
                    .isEqualTo(days("2011-03-01", "2011-05-31", DatePrecision.QUARTER));
            assertThat(resolver.resolve(date("the first quarter of 2020", "2020-Q1"), null, Tense.PAST, false)
                    .resolved().iso()).isEqualTo("2020-Q1");
            assertThat(resolver.resolve(date("the 1990s", "199X"), null, Tense.PAST, false).resolved())
                    .isEqualTo(days("1990-01-01", "1999-12-31", DatePrecision.YEAR));
            assertThat(resolve("last summer", TUESDAY_18_FEB_2020, Tense.PAST).resolved())
                    .isEqualTo(days("2019-06-01", "2019-08-31", DatePrecision.QUARTER));
        }
    }

    @Nested
    class Anchors {

        private final DateRange onlyTheYear = DateRange.year(2020);

        @Test
        void anArticleDatedOnlyToAYearLeavesDayAndWeekExpressionsUnresolved() {
            for (String text : List.of("Tuesday", "last week", "the weekend", "yesterday", "earlier this month")) {
                TimeExpression t = resolve(text, onlyTheYear, Tense.PAST);
                assertThat(t.resolved()).as(text).isNull();
                assertThat(t.basis()).as(text).contains("known only as 2020 (year)");
            }
        }

        @Test
        void anArticleDatedOnlyToAYearStillResolvesAbsoluteExpressions() {
            assertThat(resolver.resolve(date("late 2018", "2018"), onlyTheYear, Tense.PAST, false).resolved())
                    .isEqualTo(DateRange.year(2018));
            assertThat(resolve("last year", onlyTheYear, Tense.PAST).resolved()).isEqualTo(DateRange.year(2019));
        }

        @Test
        void anUndatedArticleResolvesOnlyAbsoluteExpressions() {
            TimeExpression t = resolve("on Tuesday", null, Tense.PAST);
            assertThat(t.resolved()).isNull();
            assertThat(t.basis()).contains("no published date");
        }

        @Test
        void relativeDaysCountFromTheArticleDay() {
            assertThat(resolve("yesterday", TUESDAY_18_FEB_2020, Tense.PAST).resolved())
                    .isEqualTo(DateRange.day(LocalDate.of(2020, 2, 17)));
            assertThat(resolve("today", TUESDAY_18_FEB_2020, Tense.PAST).resolved()).isEqualTo(TUESDAY_18_FEB_2020);
            assertThat(resolve("three days ago", TUESDAY_18_FEB_2020, Tense.PAST).resolved())
                    .isEqualTo(DateRange.day(LocalDate.of(2020, 2, 15)));
        }
    }

    @Test
    void durationsAndSetsAreNotDates() {
        TimeExpression twoDays = new TimeExpression(new Span(0, 8), "two days", "DURATION", "P2D", null, null, 0);
        TimeExpression weekly = new TimeExpression(new Span(0, 10), "every week", "SET", "P1W", null, null, 0);
        assertThat(resolver.resolve(twoDays, TUESDAY_18_FEB_2020, Tense.PAST, false).resolved()).isNull();
        assertThat(resolver.resolve(twoDays, TUESDAY_18_FEB_2020, Tense.PAST, false).basis()).contains("duration");
        assertThat(resolver.resolve(weekly, TUESDAY_18_FEB_2020, Tense.PAST, false).resolved()).isNull();
    }

    @Test
    void vagueAndUnknownWordingsStayUnresolvedWithAReason() {
        assertThat(resolver.resolve(date("once", "PAST_REF"), TUESDAY_18_FEB_2020, Tense.PAST, false).basis())
                .contains("vague");
        TimeExpression odd = resolver.resolve(date("UAESaturday", "saturday"), TUESDAY_18_FEB_2020, Tense.PAST, false);
        assertThat(odd.resolved()).isNull();
        assertThat(odd.basis()).contains("no rule");
    }

    @Test
    void readsTheTenseFromTheSentenceWhenAppliedToAnArticle() {
        AnnotatedArticle a = AnnotatedArticleFixture.tagged("He/PRP will/MD meet/VB Putin/NNP/PERSON on/IN "
                + "Monday/NNP/DATE ./. He/PRP met/VBD Lavrov/NNP/PERSON on/IN Monday/NNP/DATE ./.",
                LocalDate.of(2020, 2, 18));
        List<TimeExpression> times = resolver.apply(a).times();
        assertThat(times).extracting(TimeExpression::resolved).containsExactly(
                DateRange.day(LocalDate.of(2020, 2, 24)), DateRange.day(LocalDate.of(2020, 2, 17)));
        assertThat(a.times()).allMatch(t -> t.resolved() == null);
    }
}
