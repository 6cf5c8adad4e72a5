package org.sitrep.eval.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats extraction scores as the Markdown tables that {@code sitrep eval extract} prints and
 * {@code BENCHMARKS.md} keeps: one extractor on one dataset in detail ({@link #detail}), or several
 * extractors side by side ({@link #sideBySide}). Stateless.
 */
public final class ScoreReport {

    private static final String ARTICLE = "article";

    private ScoreReport() {
    }

    /** One extractor's scores on one dataset: the text metric, per page type, dates, titles, authors. */
    public static String detail(ExtractionScores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s on %s (%d pages): %s%n%n", s.extractor(), s.dataset().id(), s.pages(),
                s.dataset().metric()));
        b.append("| pages | n | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
        b.append(row("all", s.pages(), s.text()));
        for (Map.Entry<String, ExtractionScores.TypeScore> t : s.byType().entrySet()) {
            b.append(row(t.getKey(), t.getValue().pages(), t.getValue().text()));
        }
        if (!s.dataset().scoresGoldText()) {
            SnippetCounts c = s.snippets();
            b.append(String.format(Locale.ROOT, "%nsnippets: tp %d, fn %d, fp %d, tn %d; accuracy %.3f%n", c.tp(), c.fn(),
                    c.fp(), c.tn(), c.accuracy()));
        }
        b.append(splitTable(s));
        b.append(String.format(Locale.ROOT, "%n| metadata | with gold | correct | accuracy | wrong | missing |%n"
                + "|---|---:|---:|---:|---:|---:|%n"));
        b.append(dateRow("published (exact day)", s.dates()));
        if (!s.byType().isEmpty()) {
            b.append(dateRow("published, article pages", DateScore.of(s.pageScores().stream()
                    .filter(p -> ARTICLE.equals(p.page().pageType())).toList())));
        }
        b.append(fieldRow("title", s.titles()));
        b.append(fieldRow("author", s.authors()));
        b.append(String.format(Locale.ROOT, "%npublished: %d wrong day, %d only a month or year, %d none found. "
                + "Pages the extractor gave up on: %d. Extraction time %.1f s wall clock, %.1f s CPU (%.0f pages per "
                + "CPU-second, one thread).%n", s.dates().wrong(), s.dates().coarse(), s.dates().none(), s.failed(),
                s.seconds(), s.cpuSeconds(), s.pagesPerCpuSecond()));
        return b.toString();
    }

    /**
     * Several extractors on the same datasets: for each, WCXB F1 on article pages and all pages,
     * trafilatura snippet F1, date accuracy where the extractor gives dates, and pages per second of
     * CPU time (the ratio to the first row is the comparison that holds on a loaded machine) and of
     * wall-clock time.
     *
     * @param wcxb each extractor's WCXB scores, in the order of the rows
     * @param trafilatura each extractor's scores on trafilatura's data, in the same order
     */
    public static String sideBySide(List<ExtractionScores> wcxb, List<ExtractionScores> trafilatura) {
        if (wcxb.size() != trafilatura.size()) {
            throw new IllegalArgumentException("one row per extractor on each dataset");
        }
        StringBuilder b = new StringBuilder("| extractor | WCXB F1 articles | WCXB F1 all | trafilatura-eval-en "
                + "snippet P / R / F1 | published day (WCXB / trafilatura) | pages per CPU-second | pages/s wall clock "
                + "| speed vs first (CPU) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        double base = 0;
        for (int i = 0; i < wcxb.size(); i++) {
            ExtractionScores w = wcxb.get(i);
            ExtractionScores t = trafilatura.get(i);
            double rate = (w.pages() + t.pages()) / Math.max(1e-9, w.cpuSeconds() + t.cpuSeconds());
            double wall = (w.pages() + t.pages()) / Math.max(1e-9, w.seconds() + t.seconds());
            if (i == 0) {
                base = rate;
            }
            String dates = w.dates().exact() + t.dates().exact() == 0 ? "n/a"
                    : String.format(Locale.ROOT, "%.3f / %.3f", w.dates().accuracy(), t.dates().accuracy());
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f / %.3f / %.3f | %s | %.0f | %.0f | %.2f |%n",
                    w.extractor(), w.type(ARTICLE).f1(), w.text().f1(), t.text().precision(), t.text().recall(),
                    t.text().f1(), dates, rate, wall, rate / base));
        }
        return b.toString();
    }

    /**
     * The text score and publication-day accuracy on the tuning sites and, separately, on the
     * held-out sites of {@link SiteSplit}: a gap between the two rows is a sign of rules fitted to
     * the tuning sites.
     */
    static String splitTable(ExtractionScores s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n| sites (split by site, see SiteSplit) "
                + "| pages | sites | precision | recall | F1 | F1 articles | published day |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (boolean heldOut : new boolean[] {false, true}) {
            ExtractionScores p = s.part(heldOut);
            long sites = p.pageScores().stream().map(x -> SiteSplit.site(x.page())).distinct().count();
            String articles = p.byType().containsKey(ARTICLE)
                    ? String.format(Locale.ROOT, "%.3f (%d)", p.type(ARTICLE).f1(), p.byType().get(ARTICLE).pages())
                    : "n/a";
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %s | %d/%d = %.3f |%n",
                    heldOut ? "held-out" : "tuning", p.pages(), sites, p.text().precision(), p.text().recall(),
                    p.text().f1(), articles, p.dates().exact(), p.dates().withGold(), p.dates().accuracy()));
        }
        return b.toString();
    }

    private static String row(String name, int n, Prf p) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", name, n, p.precision(), p.recall(),
                p.f1());
    }

    private static String dateRow(String name, DateScore d) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d |%n", name, d.withGold(), d.exact(),
                d.accuracy(), d.wrong() + d.coarse(), d.none());
    }

    private static String fieldRow(String name, FieldScore f) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d |%n", name, f.withGold(), f.correct(),
                f.accuracy(), f.wrong(), f.missing());
    }
}
