package org.sitrep.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSplitTest {

    private static BenchPage page(String id, String url) {
        return new BenchPage(id, url, new byte[0], "article", "gold", List.of(), List.of(), null, null, null);
    }

    @Test
    void aPagesSiteIsItsHostWithoutWwwOrItsIdWithoutAUsableUrl() {
        assertThat(SiteSplit.site(page("1", "https://WWW.Example.org/news/a.html"))).isEqualTo("example.org");
        assertThat(SiteSplit.site(page("2", "http://news.example.org/x"))).isEqualTo("news.example.org");
        assertThat(SiteSplit.site(page("3", null))).isEqualTo("3");
        assertThat(SiteSplit.site(page("4", "not a url at all"))).isEqualTo("4");
    }

    @Test
    void pagesOfOneSiteFallInTheSamePartAndBothPartsAreUsed() {
        List<BenchPage> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pages.add(page("p" + i, "https://site" + i + ".example/a"));
        }
        long heldOut = pages.stream().filter(SiteSplit::heldOut).count();
        // about one site in five, never none or all
        assertThat(heldOut).isBetween(20L, 70L);
        for (BenchPage p : pages) {
            BenchPage sameSite = page(p.id() + "-other", p.url().replace("/a", "/b/c"));
            assertThat(SiteSplit.heldOut(sameSite)).isEqualTo(SiteSplit.heldOut(p));
        }
    }

    @Test
    void theTwoPartsOfAScoreListPartitionIt() {
        List<PageScore> scores = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            BenchPage p = page("p" + i, "https://s" + i + ".example/");
            scores.add(ExtractionEvaluator.score(ExtractionDataset.WCXB, p,
                    new Extraction("gold", null, null, null, false)));
        }
        List<PageScore> held = SiteSplit.part(scores, true);
        List<PageScore> tuning = SiteSplit.part(scores, false);
        assertThat(held.size() + tuning.size()).isEqualTo(scores.size());
        assertThat(held).doesNotContainAnyElementsOf(tuning);
    }
}
