package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DateRange;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            World Sergey Matyunin 18-Feb-2020              => 2020-02-18
            Updated: February 15, 2020 11:28 PM            => 2020-02-15
            Abu Dhabi, UAESaturday 30 May 2020             => 2020-05-30
            Posted 15 Feb 2020                             => 2020-02-15
            2020-02-15T10:00:00Z                           => 2020-02-15
            on 2020/02/15 at noon                          => 2020-02-15
            Sept. 5, 2021                                  => 2021-09-05
            the 3rd of March 2019                          => 2019-03-03
            15.02.2020                                     => 2020-02-15
            (Published 10/23/19)                           => 2019-10-23
            23/10/2019                                     => 2019-10-23
            """)
    void readsDatesInTheFormsNewsUses(String text, String iso) {
        assertThat(DateParser.first(text)).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(LocalDate.parse(iso)));
    }

    @Test
    void doesNotGuessAmbiguousOrImpossibleDates() {
        assertThat(DateParser.find("05/06/2020")).isEmpty();
        assertThat(DateParser.find("February 30, 2020")).isEmpty();
        assertThat(DateParser.find("the 1850s, 14 Turks killed, 600 square km")).isEmpty();
        assertThat(DateParser.find("Omar 5 2020")).isEmpty();
    }

    @Test
    void findsEveryDateOnceInOrder() {
        assertThat(DateParser.find("From 18-Feb-2020 to March 3, 2020 and 2020-04-01"))
                .extracting(DateParser.DateMention::text)
                .containsExactly("18-Feb-2020", "March 3, 2020", "2020-04-01");
    }

    @Test
    void readsMetadataValuesAtTheirPrecision() {
        assertThat(DateParser.parseValue("2020-02-18T23:30:00-05:00")).contains(DateRange.day(LocalDate.of(2020, 2, 18)));
        assertThat(DateParser.parseValue("Tue, 18 Feb 2020 10:00:00 GMT")).contains(DateRange.day(LocalDate.of(2020, 2, 18)));
        assertThat(DateParser.parseValue("20200218")).contains(DateRange.day(LocalDate.of(2020, 2, 18)));
        assertThat(DateParser.parseValue("2023 Jan 7")).contains(DateRange.day(LocalDate.of(2023, 1, 7)));
        assertThat(DateParser.parseValue("2017 Jan")).contains(DateRange.month(java.time.YearMonth.of(2017, 1)));
        assertThat(DateParser.parseValue("1582020000")).contains(DateRange.day(LocalDate.of(2020, 2, 18)));
        assertThat(DateParser.parseValue("2020-02")).contains(DateRange.month(YearMonth.of(2020, 2)));
        assertThat(DateParser.parseValue("2020")).contains(DateRange.year(2020));
        assertThat(DateParser.parseValue("yesterday")).isEmpty();
        assertThat(DateParser.parseValue("0000-00-00")).isEmpty();
    }
}
