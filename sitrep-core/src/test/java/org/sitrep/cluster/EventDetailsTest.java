package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Span;

class EventDetailsTest {

    private static Token token(String word, String pos, String ner, String normalized) {
        return new Token(new Span(0, word.length()), word, word.toLowerCase(), pos, ner, normalized);
    }

    private static TimeExpression time(String type, String timex) {
        return new TimeExpression(new Span(0, 1), "x", type, timex, null, "test", 0);
    }

    @Test
    void keepsFractionsLargeNumbersOrdinalsAndClockTimes() {
        assertThat(EventDetails.figure(token("6.1", "CD", "NUMBER", "6.1"))).isEqualTo("#6.1");
        assertThat(EventDetails.figure(token("14,000", "CD", "NUMBER", ">14000.0"))).isEqualTo("#14000");
        assertThat(EventDetails.figure(token("12th", "JJ", "ORDINAL", "12.0"))).isEqualTo("#12");
        assertThat(EventDetails.figure(token("twelfth", "JJ", "ORDINAL", "12.0"))).isEqualTo("#12");
        assertThat(EventDetails.figure(token("26", "CD", "DURATION", "P26Y"))).isEqualTo("#26");
        assertThat(EventDetails.figure(token("02:09", "CD", "TIME", "T02:09"))).isEqualTo("@2:09");
        assertThat(EventDetails.figure(token("2:09", "CD", "TIME", "XXXX-WXX-4T02:09"))).isEqualTo("@2:09");
    }

    @Test
    void leavesOutSmallWholeNumbersDatesAndWords() {
        assertThat(EventDetails.figure(token("two", "CD", "NUMBER", "2.0"))).isNull();
        assertThat(EventDetails.figure(token("5", "CD", "NUMBER", "5.0"))).isNull();
        assertThat(EventDetails.figure(token("2004", "CD", "DATE", "2004"))).isNull();
        assertThat(EventDetails.figure(token("earthquake", "NN", "O", null))).isNull();
        assertThat(EventDetails.figure(token("ten", "CD", "NUMBER", "10.0"))).isEqualTo("#10");
    }

    @Test
    void keepsStatedCalendarDatesAndWeekdaysButNotRelativeOrVagueOnes() {
        assertThat(EventDetails.date(time("DATE", "2013"))).isEqualTo("@2013");
        assertThat(EventDetails.date(time("DATE", "2008-07-23"))).isEqualTo("@2008-07-23");
        assertThat(EventDetails.date(time("DATE", "XXXX-WXX-2"))).isEqualTo("@wd2");
        assertThat(EventDetails.date(time("TIME", "XXXX-WXX-7T09:27"))).isEqualTo("@wd7");
        for (String vague : List.of("THIS P1D", "PAST_REF", "XXXX-09 OFFSET P-1Y", "P10Y")) {
            assertThat(EventDetails.date(time("DATE", vague))).as(vague).isNull();
        }
        assertThat(EventDetails.date(time("DURATION", "2013"))).isNull();
    }
}
