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
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
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
