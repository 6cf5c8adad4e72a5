package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PartOfSpeechTagger} gives every token the tag CoreNLP's own {@code pos} annotator gives it,
 * on news text (this module's golden annotation inputs), malformed text and random text: the faster
 * search is meant to change the cost only, never a tag.
 */
class PartOfSpeechTaggerTest {

    private static final long SEED = 20201123L;
    private static final int RANDOM_TEXTS = 8;
    private static final String ALPHABET = "abcdefghij KLMNOP qrstuvwxyz ÉéğüØ 0123456789 ,.;:!?-()\"“” $€% \n\n"
            + " said the Turkish troops Ankara Tuesday killed 1,000 more than running Idlib HTS al-Assad";

    private static final class Holder {
        static final StanfordCoreNLP CORENLP = pipeline("tokenize,ssplit,pos");
        static final StanfordCoreNLP SPLITTER = pipeline("tokenize,ssplit");
        static final PartOfSpeechTagger TAGGER = new PartOfSpeechTagger();
    }

    static Stream<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden/annotate"))) {
            golden.filter(p -> p.getFileName().toString().endsWith(".in.txt")).sorted().forEach(p -> texts.add(read(p)));
        }
        AnnotationRobustnessTest.malformed().forEach(texts::add);
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 400 + random.nextInt(400); k++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(b.toString());
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void tagsEveryTokenAsCoreNlpsPosAnnotatorDoes(String text) {
        Annotation expected = new Annotation(text);
        Holder.CORENLP.annotate(expected);
        Annotation actual = new Annotation(text);
        Holder.SPLITTER.annotate(actual);
        Holder.TAGGER.tag(actual);
        assertThat(tags(actual)).isEqualTo(tags(expected)).noneMatch(t -> t.endsWith("/null"));
    }

    /**
     * The tagger's model memoises which weights each pair of previous tags selects, shared by every
     * document and thread: two threads tagging all the texts at once, in opposite orders, with one
     * fresh tagger must still give each text CoreNLP's tags.
     */
    @Test
    void givesCoreNlpsTagsWhenThreadsShareOneModel() throws Exception {
        List<String> all = texts().toList();
        List<List<String>> expected = new ArrayList<>();
        for (String text : all) {
            Annotation doc = new Annotation(text);
            Holder.CORENLP.annotate(doc);
            expected.add(tags(doc));
        }
        PartOfSpeechTagger shared = new PartOfSpeechTagger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<String>>>> runs = new ArrayList<>();
            for (boolean reversed : new boolean[] {false, true}) {
                runs.add(pool.submit(() -> tagAll(shared, all, reversed)));
            }
            for (Future<List<List<String>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every text's tags, in the texts' order, tagging them first to last or last to first. */
    private static List<List<String>> tagAll(PartOfSpeechTagger tagger, List<String> texts, boolean reversed) {
        List<List<String>> out = new ArrayList<>(Collections.nCopies(texts.size(), List.<String>of()));
        for (int k = 0; k < texts.size(); k++) {
            int i = reversed ? texts.size() - 1 - k : k;
            Annotation doc = new Annotation(texts.get(i));
            synchronized (Holder.SPLITTER) {
                Holder.SPLITTER.annotate(doc);
            }
            tagger.tag(doc);
            out.set(i, tags(doc));
        }
        return out;
    }

    private static List<String> tags(Annotation doc) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(token.word() + "/" + token.tag());
        }
        return tags;
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return new StanfordCoreNLP(p);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
