package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;

class MetadataResolverTest {

    private static MetadataSignal published(LocalDate d, SignalRank rank, String basis) {
        return MetadataSignal.date(MetadataSignal.PUBLISHED, DateRange.day(d), rank, basis);
    }

    @Test
    void prefersTheStrongestSignalAndRecordsItsBasis() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                MetadataSignal.text(MetadataSignal.AUTHOR, "From Text", SignalRank.TEXT, "byline"),
                MetadataSignal.text(MetadataSignal.AUTHOR, "From Meta", SignalRank.META, "meta author"),
                MetadataSignal.text(MetadataSignal.AUTHOR, "Later Meta", SignalRank.META, "meta parsely-author")));
        assertThat(r.author()).isEqualTo("From Meta");
        assertThat(r.evidence()).containsExactly(new MetadataEvidence("author", "From Meta", "meta author"));
    }

    private static MetadataSignal title(String value, SignalRank rank, String basis) {
        return MetadataSignal.text(MetadataSignal.TITLE, value, rank, basis);
    }

    @Test
    void takesTheShownHeadlineWhenTheMetaTitleIsItPlusASegmentAfterASeparator() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                title("Using the  Effect Hook \u2013 React", SignalRank.META, "meta og:title"),
                title("Using the Effect Hook", SignalRank.MARKUP, HtmlMetadataReader.SHOWN_HEADLINE)));
        assertThat(r.title()).isEqualTo("Using the Effect Hook");
        MetadataResolver.Resolved leading = MetadataResolver.resolve(List.of(
                title("About | State of AI newsletter", SignalRank.META, "meta og:title"),
                title("State of AI newsletter", SignalRank.MARKUP, HtmlMetadataReader.SHOWN_HEADLINE)));
        assertThat(leading.title()).isEqualTo("State of AI newsletter");
    }

    @Test
    void keepsTheMetaTitleWhenTheShownHeadlineIsWordedDifferentlyOrCutMidPhrase() {
        MetadataResolver.Resolved reworded = MetadataResolver.resolve(List.of(
                title("We Found the Best EVs for the Money", SignalRank.META, "meta og:title"),
                title("Best Electric Cars for the Money", SignalRank.MARKUP, HtmlMetadataReader.SHOWN_HEADLINE)));
        assertThat(reworded.title()).isEqualTo("We Found the Best EVs for the Money");
        MetadataResolver.Resolved cut = MetadataResolver.resolve(List.of(
                title("How Much Do Agencies Charge? 2025 Costs", SignalRank.META, "meta og:title"),
                title("How Much Do Agencies Charge?", SignalRank.MARKUP, HtmlMetadataReader.SHOWN_HEADLINE)));
        assertThat(cut.title()).isEqualTo("How Much Do Agencies Charge? 2025 Costs");
    }

    @Test
    void neverReplacesADeclaredTitle() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                title("Talks fail - Live", SignalRank.DECLARED, "declared title"),
                title("Talks fail", SignalRank.MARKUP, HtmlMetadataReader.SHOWN_HEADLINE)));
        assertThat(r.title()).isEqualTo("Talks fail - Live");
    }

    @Test
    void dropsADateBannerLaterThanTheUpdatedDate() {
        LocalDate updated = LocalDate.of(2020, 2, 15);
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                published(LocalDate.of(2020, 5, 30), SignalRank.TEXT_BANNER, "banner"),
                MetadataSignal.date(MetadataSignal.UPDATED, DateRange.day(updated), SignalRank.TEXT, "updated line"),
                published(updated, SignalRank.TEXT_UPDATED, "updated line")));
        assertThat(r.published()).isEqualTo(DateRange.day(updated));
    }

    @Test
    void keepsADateBannerNoLaterThanTheUpdatedDate() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                published(LocalDate.of(2020, 2, 14), SignalRank.TEXT_BANNER, "banner"),
                MetadataSignal.date(MetadataSignal.UPDATED, DateRange.day(LocalDate.of(2020, 2, 15)), SignalRank.TEXT,
                        "updated line"),
                published(LocalDate.of(2020, 2, 15), SignalRank.TEXT_UPDATED, "updated line")));
        assertThat(r.published()).isEqualTo(DateRange.day(LocalDate.of(2020, 2, 14)));
    }

    @Test
    void refinesACoarseDateWithADayInsideIt() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                MetadataSignal.date(MetadataSignal.PUBLISHED, DateRange.month(YearMonth.of(2018, 6)), SignalRank.URL, "url"),
                published(LocalDate.of(2018, 6, 5), SignalRank.TEXT, "date line"),
                published(LocalDate.of(2019, 1, 1), SignalRank.TEXT, "other date line")));
        assertThat(r.published()).isEqualTo(DateRange.day(LocalDate.of(2018, 6, 5)));
        assertThat(r.evidence()).contains(new MetadataEvidence("published", "2018-06-05", "date line"));
    }

    @Test
    void dropsAnUpdatedDateBeforeThePublicationDate() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of(
                published(LocalDate.of(2021, 3, 2), SignalRank.META, "meta"),
                MetadataSignal.date(MetadataSignal.UPDATED, DateRange.day(LocalDate.of(2021, 3, 1)), SignalRank.META, "meta")));
        assertThat(r.updated()).isNull();
    }

    @Test
    void inventsNothing() {
        MetadataResolver.Resolved r = MetadataResolver.resolve(List.of());
        assertThat(r.published()).isNull();
        assertThat(r.title()).isNull();
        assertThat(r.evidence()).isEmpty();
    }
}
