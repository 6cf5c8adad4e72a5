package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotationLayer;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.StandardLayers;
import org.sitrep.annotate.Token;
import org.sitrep.extract.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import org.sitrep.pipeline.ProblemSink;

/**
 * Side-by-side annotation: CoreNLP's default pipeline ({@code tokenize,ssplit,pos,lemma,ner} with
 * CoreNLP's default NER: three CRF models, fine-grained NER, numeric classifiers and SUTime on every
 * sentence) against Sitrep's annotator with its defaults, on the same bench article texts in one
 * JVM, articles interleaved (even articles peer first, odd ones Sitrep first) so that a shared
 * machine's changing load falls on both alike. Then the peer is dropped and Sitrep annotates the
 * articles once more alone, to measure its heap.
 *
 * <p>Prints a Markdown table: tokens per second of each and the ratio (Sitrep's annotator alone and
 * with the rule-based annotation layers), the share of the default pipeline's PERSON, ORGANIZATION
 * and LOCATION-type mentions that Sitrep's annotator keeps with the same span and class
 * ({@link MentionAgreement}), and heap figures ({@link HeapWatch}). {@code -Dbench.lost=true} also
 * lists the mentions lost ({@code -Dbench.fine=true}: against the fine-grained tags).
 *
 * <pre>
 * java -Xmx2500m -cp "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" \
 *     org.sitrep.bench.AnnotationBenchmark ../shared/bench [WCXB_ARTICLES [MULTILING_ARTICLES]]
 * </pre>
 */
public final class AnnotationBenchmark {

    private static final int DEFAULT_WCXB_ARTICLES = 40;
    private static final int DEFAULT_MULTILING_ARTICLES = 30;
    /** Articles annotated by both before timing starts, so both run JIT-compiled code. */
    private static final int WARM_UP_ARTICLES = 2;
    private static final java.util.Set<String> TIME_TAGS = java.util.Set.of("DATE", "TIME", "DURATION", "SET");
    private static final java.util.Set<String> NUMBER_TAGS = java.util.Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");

    private final List<Article> articles;
    private final int fromWcxb;
    private final List<AnnotationLayer> layers = StandardLayers.all();
    private final HeapWatch heap = new HeapWatch();
    /** Against the default's coarse tags; against its fine-grained tags; Sitrep's refined mentions against the fine-grained tags. */
    private final MentionAgreement coarseAgreement = new MentionAgreement();
    private final MentionAgreement fineAgreement = new MentionAgreement();
    private final MentionAgreement refinedAgreement = new MentionAgreement();
    /** Default time expressions (span, value) and how many Sitrep has with the same span, and the same value too. */
    private int referenceTimes;
    private int timesSameSpan;
    private int timesSameValue;
    /** Default tokens tagged NUMBER, MONEY, PERCENT or ORDINAL and how many Sitrep tags alike with the same value. */
    private int referenceNumbers;
    private int numbersSame;
    private long tokens;
    private long peerNanos;
    private long sitrepNanos;
    private long layerNanos;
    private long aloneNanos;
    private double peerLoad;
    private double sitrepLoad;
    private double sitrepRetainedMb;
    private double bothRetainedMb;
    private double aloneLiveMb;
    private double bothLiveMb;

    private AnnotationBenchmark(List<Article> articles, int fromWcxb) {
        this.articles = articles;
        this.fromWcxb = fromWcxb;
    }

    public static void main(String[] args) throws IOException {
        BenchArticles.Selection chosen = BenchArticles.fromArgs(args, "AnnotationBenchmark", DEFAULT_WCXB_ARTICLES,
                DEFAULT_MULTILING_ARTICLES);
        AnnotationBenchmark b = new AnnotationBenchmark(chosen.articles(), chosen.fromWcxb());
        b.run();
        System.out.print(b.table());
        if (Boolean.getBoolean("bench.lost")) {
            b.printLost(Boolean.getBoolean("bench.fine") ? b.fineAgreement : b.coarseAgreement);
        }
    }

    private void run() {
        double base = HeapWatch.usedAfterGcMb();
        long t0 = System.nanoTime();
        CoreNlpAnnotator sitrep = new CoreNlpAnnotator(CoreNlpConfig.defaults());
        sitrepLoad = seconds(t0);
        sitrepRetainedMb = HeapWatch.usedAfterGcMb() - base;
        // Sitrep alone first, while the heap holds nothing of the peer's
        heap.reset();
        long start = System.nanoTime();
        for (Article a : articles) {
            applyLayers(sitrep.annotate(a, ProblemSink.IGNORE));
        }
        aloneNanos = System.nanoTime() - start;
        aloneLiveMb = heap.peakLiveMb();
        t0 = System.nanoTime();
        StanfordCoreNLP peer = new StanfordCoreNLP(defaultPipeline());
        peerLoad = seconds(t0);
        bothRetainedMb = HeapWatch.usedAfterGcMb() - base;
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, articles.size()); i++) {
            peer.annotate(peerDocument(articles.get(i)));
            applyLayers(sitrep.annotate(articles.get(i), ProblemSink.IGNORE));
        }
        heap.reset();
        for (int i = 0; i < articles.size(); i++) {
            interleaved(i, peer, sitrep);
        }
        bothLiveMb = heap.peakLiveMb();
        sitrep.close();
    }

    /** Article {@code i} through both, in alternating order, with its mentions compared. */
    private void interleaved(int i, StanfordCoreNLP peer, CoreNlpAnnotator sitrep) {
        Article article = articles.get(i);
        Annotation doc = peerDocument(article);
        long peerStart = 0;
        if (i % 2 == 0) {
            peerStart = System.nanoTime();
            peer.annotate(doc);
            peerNanos += System.nanoTime() - peerStart;
        }
        long start = System.nanoTime();
        AnnotatedArticle annotated = sitrep.annotate(article, ProblemSink.IGNORE);
        long layersStart = System.nanoTime();
        AnnotatedArticle refined = applyLayers(annotated);
        long end = System.nanoTime();
        sitrepNanos += layersStart - start;
        layerNanos += end - layersStart;
        if (i % 2 != 0) {
            peerStart = System.nanoTime();
            peer.annotate(doc);
            peerNanos += System.nanoTime() - peerStart;
        }
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        compare(i, doc, annotated, refined);
    }

    private void compare(int article, Annotation doc, AnnotatedArticle annotated, AnnotatedArticle refined) {
        MentionAgreement.Runs coarse = new MentionAgreement.Runs(r -> coarseAgreement.addReference(article, r));
        MentionAgreement.Runs fine = new MentionAgreement.Runs(r -> {
            fineAgreement.addReference(article, r);
            refinedAgreement.addReference(article, r);
        });
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                coarse.token(t.beginPosition(), t.endPosition(),
                        MentionAgreement.kindOf(t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class)));
                fine.token(t.beginPosition(), t.endPosition(), MentionAgreement.kindOf(t.ner()));
            }
            coarse.end();
            fine.end();
        }
        MentionAgreement.Runs own = new MentionAgreement.Runs(r -> {
            coarseAgreement.addCandidate(article, r);
            fineAgreement.addCandidate(article, r);
        });
        for (Sentence sentence : annotated.sentences()) {
            for (Token t : annotated.tokensOf(sentence)) {
                own.token(t.span().start(), t.span().end(), MentionAgreement.kindOf(t.ner()));
            }
            own.end();
        }
        compareTimesAndNumbers(doc, annotated);
        for (Mention m : refined.mentions()) {
            MentionAgreement.Kind kind = MentionAgreement.kindOf(m.type());
            if (kind != null) {
                refinedAgreement.addCandidate(article, new MentionAgreement.Run(m.span().start(), m.span().end(), kind));
            }
        }
    }

    private void compareTimesAndNumbers(Annotation doc, AnnotatedArticle annotated) {
        Map<String, String> own = new java.util.HashMap<>();
        for (org.sitrep.annotate.TimeExpression t : annotated.times()) {
            own.put(t.span().start() + ":" + t.span().end(), String.valueOf(t.timex()));
        }
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            if (!TIME_TAGS.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                continue;
            }
            referenceTimes++;
            String key = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + ":"
                    + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            edu.stanford.nlp.time.Timex timex = m.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class);
            String value = timex == null ? null : timex.value() != null ? timex.value() : timex.altVal();
            if (own.containsKey(key)) {
                timesSameSpan++;
                if (own.get(key).equals(String.valueOf(value))) {
                    timesSameValue++;
                }
            }
        }
        Map<Integer, Token> byStart = new java.util.HashMap<>();
        for (Token t : annotated.tokens()) {
            byStart.put(t.span().start(), t);
        }
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String tag = t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
            if (!NUMBER_TAGS.contains(tag)) {
                continue;
            }
            referenceNumbers++;
            Token mine = byStart.get(t.beginPosition());
            String value = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (mine != null && tag.equals(mine.ner()) && java.util.Objects.equals(value, mine.normalized())) {
                numbersSame++;
            }
        }
    }

    private String table() {
        double peerRate = tokens / (peerNanos / 1e9);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Articles: %d (%d WCXB article pages' gold main text, %d MultiLing 2011 "
                + "WikiNews articles), %,d tokens; %s; %d cores, max heap %.0f MB.%n%n", articles.size(), fromWcxb,
                articles.size() - fromWcxb, tokens, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        out.append("| pipeline | load (s) | annotate (s) | tokens/s | ratio to default |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        row(out, "CoreNLP default: tokenize,ssplit,pos,lemma,ner (3 CRF models, fine-grained NER, numeric classifiers "
                + "and SUTime on every sentence)", peerLoad, peerNanos, peerRate);
        row(out, "Sitrep CoreNlpAnnotator, defaults (3-class CRF, numeric classifiers and SUTime in cue windows)",
                sitrepLoad, sitrepNanos, peerRate);
        row(out, "Sitrep CoreNlpAnnotator + StandardLayers", sitrepLoad, sitrepNanos + layerNanos, peerRate);
        out.append(String.format(Locale.ROOT, "%n| class | default mentions | kept by Sitrep (same span and class) "
                + "| agreement | Sitrep-only mentions |%n|---|---:|---:|---:|---:|%n"));
        int total = 0;
        int kept = 0;
        int extra = 0;
        for (Map.Entry<MentionAgreement.Kind, int[]> e : coarseAgreement.counts().entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            kept += c[1];
            extra += c[2];
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f%% | %,d |%n", e.getKey(), c[0], c[1],
                    percent(c[1], c[0]), c[2]));
        }
        out.append(String.format(Locale.ROOT, "| all | %,d | %,d | **%.1f%%** | %,d |%n", total, kept,
                percent(kept, total), extra));
        out.append(String.format(Locale.ROOT, "%nMentions compared in CoreNLP's coarse types (the tag its NER gives "
                + "before the fine-grained step, CoarseNamedEntityTag) as runs of tokens of one class. Against the "
                + "default's final fine-grained tags, with COUNTRY, CITY and STATE_OR_PROVINCE read as LOCATION, "
                + "Sitrep's annotator keeps %.1f%% (the fine-grained KBP gazetteer also tags names the CRF left "
                + "untagged, e.g. \"TN\" in \"TN panels\"), and Sitrep's mentions after its MentionRefiner (own "
                + "gazetteer, name repairs) %.1f%%.%n", 100 * fineAgreement.kept(), 100 * refinedAgreement.kept()));
        out.append(String.format(Locale.ROOT, "%nTime expressions: of the default's %,d (SUTime on every sentence), "
                + "Sitrep has %.1f%% with the same span and %.1f%% with the same span and TIMEX value. Numbers: of "
                + "the default's %,d tokens tagged NUMBER, MONEY, PERCENT or ORDINAL, Sitrep tags %.1f%% alike with "
                + "the same normalised value.%n", referenceTimes, percent(timesSameSpan, referenceTimes),
                percent(timesSameValue, referenceTimes), referenceNumbers, percent(numbersSame, referenceNumbers)));
        out.append(String.format(Locale.ROOT, "%nHeap (live: the most in use right after a garbage collection): "
                + "Sitrep's annotator retains %.0f MB once loaded; annotating the articles alone before the peer is "
                + "loaded (%,.0f tokens/s, load differs from the interleaved run) its peak live heap is %.0f MB. "
                + "Both pipelines retain %.0f MB once loaded, and peak at %.0f MB live during the interleaved run.%n",
                sitrepRetainedMb, tokens / (aloneNanos / 1e9), aloneLiveMb, bothRetainedMb, bothLiveMb));
        return out.toString();
    }

    private void printLost(MentionAgreement agreement) {
        for (MentionAgreement.Located lost : agreement.lost()) {
            String text = articles.get(lost.article()).text();
            MentionAgreement.Run r = lost.run();
            System.out.println("lost " + r.kind() + " '" + text.substring(r.start(), r.end()) + "' in '"
                    + text.substring(Math.max(0, r.start() - 30), Math.min(text.length(), r.end() + 30))
                            .replace('\n', ' ') + "'");
        }
    }

    /**
     * CoreNLP's default pipeline: the annotators, and Sitrep's sentence-break policy (a paragraph
     * break ends a sentence; CoreNLP's default ignores line breaks). The policy is not a speed
     * setting but decides what the CRF sees as one sentence, so sharing it makes the mentions
     * comparable; with CoreNLP's own policy the peer's sentences run across headings and paragraphs.
     */
    static Properties defaultPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", CoreNlpConfig.defaults().newlineIsSentenceBreak());
        return p;
    }

    /** The article as the default pipeline gets it: the same text and, when dated to a day, the same document date. */
    static Annotation peerDocument(Article a) {
        Annotation doc = new Annotation(a.text());
        if (a.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().first().toString());
        }
        return doc;
    }

    private AnnotatedArticle applyLayers(AnnotatedArticle a) {
        AnnotatedArticle out = a;
        for (AnnotationLayer layer : layers) {
            out = layer.apply(out);
        }
        return out;
    }

    private void row(StringBuilder out, String name, double load, long nanos, double peerRate) {
        double rate = tokens / (nanos / 1e9);
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f | %.2f |%n", name, load, nanos / 1e9, rate,
                rate / peerRate));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
