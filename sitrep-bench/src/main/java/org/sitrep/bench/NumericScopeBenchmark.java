package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.extract.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.nlp.CoreNlpConfig.NumericScope;
import org.sitrep.pipeline.ProblemSink;

/**
 * Where the numeric classifiers and SUTime run, side by side: Sitrep's annotator with each
 * {@link NumericScope} (and cue-window context) on the same bench article texts in one JVM, the
 * variants taking turns article by article. For each it prints the CPU time of the annotating
 * thread (not wall time, so a shared machine's load hardly moves it), the ratio to the default, and
 * how many of the time expressions (same span; same span and value) and numeric tokens (same tag
 * and value) of the every-sentence scope it keeps. Only the numeric scope differs between the
 * variants; the CRF, the tagger and the rest are the same, so the agreement isolates the scope.
 * It also lists every token tag, value and time expression where the default (SUTime only in the
 * windows that may hold a time) differs from the same windows with SUTime in each, which should be
 * none. With {@code time-only} as fourth argument only the reference and those two run.
 *
 * <pre>
 * java -Xmx2g -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" \
 *     org.sitrep.bench.NumericScopeBenchmark ../shared/bench [WCXB_ARTICLES [MULTILING_ARTICLES [time-only]]]
 * </pre>
 */
public final class NumericScopeBenchmark {

    private static final int DEFAULT_WCXB_ARTICLES = 40;
    private static final int DEFAULT_MULTILING_ARTICLES = 30;
    private static final int WARM_UP_ARTICLES = 3;
    /** Fourth argument: only the reference and the default with and without SUTime in every window. */
    private static final String TIME_ONLY = "time-only";
    private static final java.util.Set<String> NUMBER_TAGS = java.util.Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");

    /** One variant under test and what it has measured so far. */
    private static final class Variant {
        final String name;
        final CoreNlpAnnotator annotator;
        long cpuNanos;
        int timesSameSpan;
        int timesSameValue;
        int numbersSame;

        Variant(String name, CoreNlpConfig config) {
            this.name = name;
            this.annotator = new CoreNlpAnnotator(config);
        }
    }

    private NumericScopeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Article> articles = BenchArticles.fromArgs(args, "NumericScopeBenchmark", DEFAULT_WCXB_ARTICLES,
                DEFAULT_MULTILING_ARTICLES).articles();

        boolean timeOnly = args.length > 3 && args[3].equals(TIME_ONLY);
        CoreNlpConfig d = CoreNlpConfig.defaults();
        Map<String, CoreNlpConfig> configs = new LinkedHashMap<>();
        configs.put("every sentence (reference)", d.withNumericScope(NumericScope.EVERY_SENTENCE));
        configs.put(windows(d.numericWindow(), d.numericWindowAfter()) + ", SUTime only where a time may be (default)", d);
        configs.put(windows(d.numericWindow(), d.numericWindowAfter()) + ", SUTime in every window",
                d.withTimeOnlyWhereTemporal(false));
        if (!timeOnly) {
            configs.put(windows(6, 6) + " (the earlier default)", d.withNumericWindows(6, 6));
            configs.put("one stretch per sentence, " + d.numericWindow() + " before and " + d.numericWindowAfter()
                    + " after", d.withNumericScope(NumericScope.CUED_STRETCH));
            for (int[] w : new int[][] {{6, 2}, {4, 2}, {3, 3}}) {
                configs.put(windows(w[0], w[1]), d.withNumericWindows(w[0], w[1]));
            }
        }
        List<Variant> variants = new ArrayList<>();
        configs.forEach((name, config) -> variants.add(new Variant(name, config)));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, articles.size()); i++) {
            for (Variant v : variants) {
                v.annotator.annotate(articles.get(i), ProblemSink.IGNORE);
            }
        }
        int referenceTimes = 0;
        int referenceNumbers = 0;
        int differences = 0;
        long tokens = 0;
        for (int i = 0; i < articles.size(); i++) {
            Map<Variant, AnnotatedArticle> out = new HashMap<>();
            // a different variant first for each article, so none always runs on a cold cache
            for (int k = 0; k < variants.size(); k++) {
                Variant v = variants.get((i + k) % variants.size());
                long start = threads.getCurrentThreadCpuTime();
                out.put(v, v.annotator.annotate(articles.get(i), ProblemSink.IGNORE));
                v.cpuNanos += threads.getCurrentThreadCpuTime() - start;
            }
            differences += differences(articles.get(i), out.get(variants.get(1)), out.get(variants.get(2)));
            AnnotatedArticle reference = out.get(variants.get(0));
            tokens += reference.tokens().size();
            Map<String, String> refTimes = times(reference);
            Map<Integer, Token> refNumbers = numbers(reference);
            referenceTimes += refTimes.size();
            referenceNumbers += refNumbers.size();
            for (Variant v : variants) {
                Map<String, String> own = times(out.get(v));
                refTimes.forEach((span, value) -> {
                    if (own.containsKey(span)) {
                        v.timesSameSpan++;
                        if (Objects.equals(own.get(span), value)) {
                            v.timesSameValue++;
                        }
                    }
                });
                Map<Integer, Token> mine = numbers(out.get(v));
                refNumbers.forEach((start, t) -> {
                    Token m = mine.get(start);
                    if (m != null && m.ner().equals(t.ner()) && Objects.equals(m.normalized(), t.normalized())) {
                        v.numbersSame++;
                    }
                });
            }
        }
        Variant base = variants.get(1);
        System.out.printf(Locale.ROOT, "Articles: %d, %,d tokens; every-sentence scope: %d time expressions, %d numeric "
                + "tokens.%n%n", articles.size(), tokens, referenceTimes, referenceNumbers);
        System.out.println("| numeric scope | CPU (s) | CPU / default | time expressions, same span | same span and value "
                + "| numeric tokens alike |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Variant v : variants) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.1f%% | %.1f%% | %.1f%% |%n", v.name, v.cpuNanos / 1e9,
                    v.cpuNanos / (double) base.cpuNanos, percent(v.timesSameSpan, referenceTimes),
                    percent(v.timesSameValue, referenceTimes), percent(v.numbersSame, referenceNumbers));
        }
        System.out.printf(Locale.ROOT, "%nThe default against SUTime in every window: %d tokens or time expressions differ "
                + "(listed on standard error).%n", differences);
        variants.forEach(v -> v.annotator.close());
    }

    /**
     * Tokens whose tag or normalised value differ between two annotations of one article, and time
     * expressions (span and value) that only one has; each printed on standard error.
     */
    private static int differences(Article article, AnnotatedArticle a, AnnotatedArticle b) {
        int count = 0;
        for (int k = 0; k < Math.min(a.tokens().size(), b.tokens().size()); k++) {
            Token x = a.tokens().get(k);
            Token y = b.tokens().get(k);
            if (!Objects.equals(x.ner(), y.ner()) || !Objects.equals(x.normalized(), y.normalized())) {
                count++;
                System.err.printf(Locale.ROOT, "token %s [%s]: %s %s / %s %s%n", article.origin(), context(article, x),
                        x.ner(), x.normalized(), y.ner(), y.normalized());
            }
        }
        Map<String, String> ta = times(a);
        Map<String, String> tb = times(b);
        for (String span : union(ta.keySet(), tb.keySet())) {
            if (!Objects.equals(ta.get(span), tb.get(span))) {
                count++;
                System.err.printf(Locale.ROOT, "time %s %s: %s / %s%n", article.origin(), span, ta.get(span), tb.get(span));
            }
        }
        return count + Math.abs(a.tokens().size() - b.tokens().size());
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The token in its sentence context, 40 characters each side. */
    private static String context(Article article, Token t) {
        String text = article.text();
        int from = Math.max(0, t.span().start() - 40);
        int to = Math.min(text.length(), t.span().end() + 40);
        return (text.substring(from, t.span().start()) + "<<" + text.substring(t.span().start(), t.span().end()) + ">>"
                + text.substring(t.span().end(), to)).replace('\n', ' ');
    }

    private static String windows(int before, int after) {
        return "cue windows, " + before + " tokens before and " + after + " after";
    }

    /** Time expressions by span ("start:end"), with their TIMEX value. */
    private static Map<String, String> times(AnnotatedArticle a) {
        Map<String, String> out = new HashMap<>();
        for (TimeExpression t : a.times()) {
            out.put(t.span().start() + ":" + t.span().end(), String.valueOf(t.timex()));
        }
        return out;
    }

    /** Tokens tagged as numbers, money, percentages or ordinals, by start offset. */
    private static Map<Integer, Token> numbers(AnnotatedArticle a) {
        Map<Integer, Token> out = new HashMap<>();
        for (Token t : a.tokens()) {
            if (t.ner() != null && NUMBER_TAGS.contains(t.ner())) {
                out.put(t.span().start(), t);
            }
        }
        return out;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
