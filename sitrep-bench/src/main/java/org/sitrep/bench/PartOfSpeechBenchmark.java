package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.sitrep.extract.Article;
import org.sitrep.nlp.PartOfSpeechTagger;

/**
 * Part-of-speech tagging side by side: CoreNLP's own {@code pos} annotator and Sitrep's
 * {@link PartOfSpeechTagger} (the same model) on the same tokenised bench articles in one JVM, taking
 * turns article by article, each run {@code ROUNDS} times. Prints the CPU time of the tagging thread
 * for each (not wall time, so a shared machine's load hardly moves it), the ratio, and how many tokens
 * got a different tag (the point is that none does).
 *
 * <pre>
 * java -Xmx2g -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" \
 *     org.sitrep.bench.PartOfSpeechBenchmark ../shared/bench [WCXB_ARTICLES [MULTILING_ARTICLES [ROUNDS]]]
 * </pre>
 */
public final class PartOfSpeechBenchmark {

    private static final int DEFAULT_WCXB_ARTICLES = 40;
    private static final int DEFAULT_MULTILING_ARTICLES = 30;
    private static final int DEFAULT_ROUNDS = 3;
    private static final int WARM_UP_ARTICLES = 5;

    private PartOfSpeechBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Article> articles = BenchArticles.fromArgs(args, "PartOfSpeechBenchmark", DEFAULT_WCXB_ARTICLES,
                DEFAULT_MULTILING_ARTICLES).articles();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_ROUNDS;
        StanfordCoreNLP splitter = pipeline("tokenize,ssplit", true);
        StanfordCoreNLP coreNlp = pipeline("pos", false);
        PartOfSpeechTagger sitrep = new PartOfSpeechTagger();

        List<Annotation> docs = new ArrayList<>();
        long tokens = 0;
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            splitter.annotate(doc);
            docs.add(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, docs.size()); i++) {
            coreNlp.annotate(docs.get(i));
            sitrep.tag(docs.get(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coreNlpNanos = 0;
        long sitrepNanos = 0;
        long differing = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                Annotation doc = docs.get(i);
                List<String> expected = null;
                // a different tagger first in turn, so that neither always runs on a cold cache
                for (int k = 0; k < 2; k++) {
                    boolean ours = (i + r + k) % 2 == 1;
                    long start = threads.getCurrentThreadCpuTime();
                    if (ours) {
                        sitrep.tag(doc);
                    } else {
                        coreNlp.annotate(doc);
                    }
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    if (ours) {
                        sitrepNanos += spent;
                    } else {
                        coreNlpNanos += spent;
                    }
                    List<String> tags = tags(doc);
                    if (expected == null) {
                        expected = tags;
                    } else {
                        for (int t = 0; t < tags.size(); t++) {
                            differing += tags.get(t).equals(expected.get(t)) ? 0 : 1;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %,d tokens, %d rounds%n", docs.size(), tokens, rounds);
        System.out.println("| tagger | CPU (s) | tokens per CPU-second | ratio |");
        System.out.println("|---|---:|---:|---:|");
        row("CoreNLP pos annotator", coreNlpNanos, tokens * rounds, coreNlpNanos);
        row("Sitrep PartOfSpeechTagger", sitrepNanos, tokens * rounds, coreNlpNanos);
        System.out.printf(Locale.ROOT, "tokens tagged differently: %,d of %,d%n", differing, tokens * rounds);
    }

    private static void row(String name, long nanos, long tokens, long baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %,.0f | %.2f |%n", name, nanos / 1e9, tokens / (nanos / 1e9),
                (double) baseline / nanos);
    }

    private static List<String> tags(Annotation doc) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(t.tag());
        }
        return tags;
    }

    private static StanfordCoreNLP pipeline(String annotators, boolean checkRequirements) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return new StanfordCoreNLP(p, checkRequirements);
    }
}
