package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void parseIsoReadsBackEveryFormIsoWrites() {
        List<DateRange> ranges = List.of(
                DateRange.day(LocalDate.of(2020, 2, 29)),
                DateRange.weekOf(LocalDate.of(2020, 2, 18)),
                DateRange.weekOf(LocalDate.of(2021, 1, 2)), // week 53 of 2020
                DateRange.month(YearMonth.of(2019, 12)),
                new DateRange(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 12, 31), DatePrecision.QUARTER),
                DateRange.year(2018),
                new DateRange(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 29), DatePrecision.QUARTER));
        for (DateRange r : ranges) {
            assertThat(DateRange.parseIso(r.iso(), r.precision())).as(r.iso()).isEqualTo(r);
        }
        assertThat(DateRange.parseIso("2021-W01", null).first()).isEqualTo(LocalDate.of(2021, 1, 4));
    }

    @Test
    void aRangeWithoutItsPrecisionTakesTheFinestThatCoversIt() {
        assertThat(DateRange.parseIso("2020-02-17/2020-02-19", null).precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(DateRange.parseIso("2020-02-10/2020-03-01", null).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(DateRange.parseIso("2019-12-01/2020-02-29", null).precision()).isEqualTo(DatePrecision.QUARTER);
        assertThat(DateRange.parseIso("2019-06-01/2020-02-29", null).precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void textThatIsNoIsoDateIsRefusedByName() {
        for (String bad : List.of("", "soon", "2020-13", "2020-W54", "2020-Q5", "2020-02-30", "2020-03-01/2020-02-01")) {
            assertThatThrownBy(() -> DateRange.parseIso(bad, null)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
    }
}
