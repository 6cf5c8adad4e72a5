package org.sitrep.eval.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores an extractor on a dataset with the dataset's own metric ({@link ExtractionDataset}), and
 * its metadata where the dataset has gold: publication day (exact day, see {@link DateScore}),
 * title and author ({@link MetadataMatch}). The same code serves {@code sitrep eval extract}, the
 * quality floors test and the side-by-side benchmark, so their numbers agree. Runs the extractor on
 * the calling thread, page by page, and times only the extractor, in wall-clock and in the
 * thread's CPU time (steadier on a loaded machine). Stateless.
 */
public final class ExtractionEvaluator {

    /** Measures CPU time of the calling thread, which a machine shared with other jobs does not inflate. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ExtractionEvaluator() {
    }

    /** Scores {@code extractor} on {@code pages} of {@code dataset}. */
    public static ExtractionScores evaluate(ExtractionDataset dataset, List<BenchPage> pages, PageExtractor extractor) {
        List<PageScore> scores = new ArrayList<>();
        long nanos = 0;
        long cpuNanos = 0;
        int failed = 0;
        for (BenchPage page : pages) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            Extraction e;
            try {
                e = extractor.extract(page);
            } catch (RuntimeException | StackOverflowError x) {
                // an extractor that breaks on a page loses that page; the run goes on
                e = Extraction.FAILED;
            }
            nanos += System.nanoTime() - start;
            cpuNanos += CPU.getCurrentThreadCpuTime() - cpuStart;
            if (e == Extraction.FAILED) {
                failed++;
            }
            scores.add(score(dataset, page, e));
        }
        return summarise(dataset, extractor.name(), scores, failed, nanos / 1e9, cpuNanos / 1e9);
    }

    static PageScore score(ExtractionDataset dataset, BenchPage page, Extraction e) {
        Prf text = dataset.scoresGoldText() ? BagOfWords.score(e.text(), page.goldText()) : null;
        SnippetCounts snippets = dataset.scoresGoldText() ? SnippetCounts.NONE
                : SnippetCounts.of(e.text(), page.with(), page.without());
        PageScore.DateOutcome date;
        if (page.goldDate() == null) {
            date = PageScore.DateOutcome.NO_GOLD;
        } else if (e.published() != null) {
            date = e.published().equals(page.goldDate()) ? PageScore.DateOutcome.EXACT : PageScore.DateOutcome.WRONG;
        } else {
            date = e.publishedCoarse() ? PageScore.DateOutcome.COARSE : PageScore.DateOutcome.NONE;
        }
        return new PageScore(page, e, text, snippets, date, MetadataMatch.title(e.title(), page.goldTitle()),
                MetadataMatch.author(e.author(), page.goldAuthor()));
    }

    static ExtractionScores summarise(ExtractionDataset dataset, String name, List<PageScore> scores, int failed,
            double seconds, double cpuSeconds) {
        Prf text;
        Map<String, ExtractionScores.TypeScore> byType = new LinkedHashMap<>();
        SnippetCounts snippets = SnippetCounts.NONE;
        if (dataset.scoresGoldText()) {
            text = Prf.mean(scores.stream().map(PageScore::text).toList());
            Map<String, List<Prf>> types = new TreeMap<>();
            for (PageScore s : scores) {
                String type = s.page().pageType() == null ? "unknown" : s.page().pageType();
                types.computeIfAbsent(type, k -> new ArrayList<>()).add(s.text());
            }
            types.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<Prf>> t) -> -t.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(t -> byType.put(t.getKey(),
                            new ExtractionScores.TypeScore(t.getValue().size(), Prf.mean(t.getValue()))));
        } else {
            for (PageScore s : scores) {
                snippets = snippets.plus(s.snippets());
            }
            text = snippets.prf();
        }
        DateScore dateScore = DateScore.of(scores);
        List<PageScore> titled = scores.stream().filter(s -> s.page().goldTitle() != null).toList();
        FieldScore titles = new FieldScore(titled.size(), (int) titled.stream().filter(PageScore::titleMatches).count(),
                (int) titled.stream().filter(s -> s.extraction().title() == null).count());
        List<PageScore> authored = scores.stream().filter(s -> s.page().goldAuthor() != null).toList();
        FieldScore authors = new FieldScore(authored.size(),
                (int) authored.stream().filter(PageScore::authorMatches).count(),
                (int) authored.stream().filter(s -> s.extraction().author() == null).count());
        return new ExtractionScores(dataset, name, scores.size(), text, byType, snippets, dateScore, titles, authors,
                failed, seconds, cpuSeconds, scores);
    }
}
