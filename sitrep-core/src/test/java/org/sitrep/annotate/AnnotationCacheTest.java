package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Article;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

class AnnotationCacheTest {

    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);
    private static final AnnotatedArticle SAMPLE = withTimex(AnnotatedArticleFixture.tagged(
            "Turkish/JJ/MISC officials/NNS met/VBD Sergey/NNP/PERSON Lavrov/NNP/PERSON in/IN Ankara/NNP/LOCATION "
                    + "on/IN Tuesday/NNP/DATE ./. ¶ “/`` We/PRP agreed/VBD ,/, ”/'' he/PRP said/VBD ./.", DAY));

    @TempDir
    Path dir;

    /** The sample's annotation, as an annotator that counts its calls gives it. */
    private static final class CountingAnnotator implements ArticleAnnotator {
        final AtomicInteger calls = new AtomicInteger();
        private final String fingerprint;

        CountingAnnotator(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public AnnotatedArticle apply(Article article) {
            calls.incrementAndGet();
            return new AnnotatedArticle(article, SAMPLE.tokens(), SAMPLE.sentences(), SAMPLE.mentions(),
                    SAMPLE.times(), List.of(), List.of());
        }
    }

    private static AnnotatedArticle withTimex(AnnotatedArticle a) {
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            times.add(new TimeExpression(t.span(), t.text(), t.type(), "2020-02-18", null, null, t.sentence()));
        }
        List<Token> tokens = new ArrayList<>(a.tokens());
        Token first = tokens.get(0);
        // a token whose word differs from the text it covers, and one with a normalised value
        tokens.set(0, new Token(first.span(), "Turkish-normalised", first.lemma(), first.pos(), first.ner(), "X"));
        return new AnnotatedArticle(a.article(), tokens, a.sentences(), a.mentions(), times, List.of(), List.of());
    }

    private static List<Problem> problems() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    @Test
    void servesTheSecondRequestFromDiskWithTheSameAnnotation() {
        CountingAnnotator annotator = new CountingAnnotator("model v1");
        AnnotationCache cache = AnnotationCache.at(dir);
        AnnotatedArticle first = cache.annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        AnnotatedArticle second = AnnotationCache.at(dir).annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        assertThat(annotator.calls).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.tokens().get(0).word()).isEqualTo("Turkish-normalised");
        assertThat(second.times()).extracting(TimeExpression::timex).containsExactly("2020-02-18");
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void keysEntriesByTextDateAndAnnotatorSettings() {
        CountingAnnotator v1 = new CountingAnnotator("model v1");
        AnnotationCache cache = AnnotationCache.at(dir);
        Article article = SAMPLE.article();
        cache.annotate(v1, article, ProblemSink.IGNORE);
        cache.annotate(new CountingAnnotator("model v2"), article, ProblemSink.IGNORE);
        Article otherDay = article.withPublished(DateRange.day(DAY.plusDays(1)), "test");
        cache.annotate(v1, otherDay, ProblemSink.IGNORE);
        assertThat(cache.hits()).isZero();
        assertThat(cache.misses()).isEqualTo(3);
        assertThat(AnnotationCache.key(article, "model v1")).isNotEqualTo(AnnotationCache.key(otherDay, "model v1"))
                .isNotEqualTo(AnnotationCache.key(article, "model v2"));
    }

    @Test
    void neverCachesAnAnnotatorWithoutAFingerprint() throws IOException {
        CountingAnnotator annotator = new CountingAnnotator(null);
        AnnotationCache cache = AnnotationCache.at(dir);
        cache.annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        cache.annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        assertThat(annotator.calls).hasValue(2);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void ignoresACorruptEntryWithAWarningAndReplacesIt() throws IOException {
        CountingAnnotator annotator = new CountingAnnotator("model v1");
        AnnotationCache cache = AnnotationCache.at(dir);
        AnnotatedArticle good = cache.annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        Path entry = cache.file(AnnotationCache.key(SAMPLE.article(), "model v1"));
        byte[] bytes = Files.readAllBytes(entry);
        for (byte[] broken : List.of(new byte[0], java.util.Arrays.copyOf(bytes, bytes.length / 2),
                flipped(bytes), "not deflated at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(entry, broken);
            List<Problem> problems = problems();
            AnnotatedArticle again = cache.annotate(annotator, SAMPLE.article(), problems::add);
            assertThat(again).isEqualTo(good);
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
                assertThat(p.input()).isEqualTo(entry.toString());
                assertThat(p.reason()).contains("unreadable annotation cache entry");
            });
            assertThat(Files.readAllBytes(entry)).as("rewritten").isEqualTo(bytes);
        }
        assertThat(annotator.calls).hasValue(5);
    }

    @Test
    void refusesAnEntryWrittenForAnotherTextOfTheSameKey() throws IOException {
        CountingAnnotator annotator = new CountingAnnotator("model v1");
        AnnotationCache cache = AnnotationCache.at(dir);
        cache.annotate(annotator, SAMPLE.article(), ProblemSink.IGNORE);
        Article other = AnnotatedArticleFixture.article("Another text entirely.", DAY);
        Path entry = cache.file(AnnotationCache.key(SAMPLE.article(), "model v1"));
        Files.createDirectories(cache.file(AnnotationCache.key(other, "model v1")).getParent());
        Files.copy(entry, cache.file(AnnotationCache.key(other, "model v1")));
        List<Problem> problems = problems();
        cache.annotate(new CountingAnnotator("model v1"), other, problems::add);
        assertThat(problems).singleElement().extracting(Problem::reason).asString().contains("another article");
    }

    @Test
    void givesConcurrentRunsSharingADirectoryWholeEntries() throws Exception {
        CountingAnnotator annotator = new CountingAnnotator("model v1");
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.add(SAMPLE.article().withPublished(DateRange.day(DAY.plusDays(i)), "test"));
        }
        List<Problem> problems = problems();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                // a new cache object per task, as separate processes would have
                for (Article a : articles) {
                    futures.add(pool.submit(() -> AnnotationCache.at(dir).annotate(annotator, a, problems::add)));
                }
            }
            for (Future<AnnotatedArticle> f : futures) {
                assertThat(f.get().tokens()).isEqualTo(SAMPLE.tokens());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(problems).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(Path::toString))
                    .hasSize(articles.size()).allMatch(name -> name.endsWith(".annotation"));
        }
    }

    @Test
    void warnsOnceAndGoesOnWhenTheDirectoryCannotBeWritten() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        AnnotationCache cache = AnnotationCache.at(notADirectory.resolve("cache"));
        CountingAnnotator annotator = new CountingAnnotator("model v1");
        List<Problem> problems = problems();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.annotate(annotator, SAMPLE.article(), problems::add).mentions()).isNotEmpty();
        }
        assertThat(problems).singleElement().extracting(Problem::reason).asString()
                .contains("cannot write to the annotation cache");
    }

    @Test
    void storesOnlyWhatAnAnnotatorGives() {
        assertThat(AnnotationCodec.storable(SAMPLE)).isTrue();
        Quote quote = new Quote(new Span(0, 3), null, null, null, true, 0);
        assertThat(AnnotationCodec.storable(SAMPLE.withQuotes(List.of(quote)))).isFalse();
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x5A;
        return copy;
    }
}
