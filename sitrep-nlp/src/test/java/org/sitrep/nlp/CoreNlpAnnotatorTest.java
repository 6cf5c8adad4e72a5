package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Capability;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;

class CoreNlpAnnotatorTest {

    private static final LocalDate TUESDAY = LocalDate.of(2020, 2, 18);

    private static AnnotatedArticle raw(String text, DateRange published) {
        return SharedCoreNlp.annotator().apply(AnnotatedArticleFixture.article(text, published));
    }

    @Test
    void mapsTokensSentencesAndMentionsAsStandOffSpans() {
        String text = "😀 Vladimir Putin met Recep Tayyip Erdoğan in Sochi. He said talks went well.";
        AnnotatedArticle a = raw(text, DateRange.day(TUESDAY));
        assertThat(a.sentences()).hasSize(2);
        for (Token t : a.tokens()) {
            assertThat(t.span().of(text)).isEqualTo(t.word());
        }
        Token erdogan = a.tokens().stream().filter(t -> t.word().equals("Erdoğan")).findFirst().orElseThrow();
        assertThat(erdogan.pos()).isEqualTo("NNP");
        assertThat(erdogan.ner()).isEqualTo("PERSON");
        assertThat(a.mentions()).extracting(Mention::text).contains("Vladimir Putin", "Sochi");
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("Vladimir Putin"))
                .extracting(Mention::type).containsExactly(EntityType.PERSON);
        assertThat(a.mentions()).as("pronouns are not names").noneMatch(m -> m.text().equals("He"));
        for (Sentence s : a.sentences()) {
            assertThat(a.tokensOf(s)).allMatch(t -> s.span().contains(t.span()));
        }
    }

    @Test
    void endsSentencesAtParagraphBreaksButNotAtSingleLineBreaks() {
        String text = "Turkey sent troops to the border\n\nRussia said the talks\nwould continue";
        AnnotatedArticle a = raw(text, null);
        assertThat(a.sentences()).extracting(s -> s.span().of(text))
                .containsExactly("Turkey sent troops to the border", "Russia said the talks\nwould continue");
    }

    @Test
    void givesSutimeTheArticleDayOnlyWhenTheArticleIsDatedToADay() {
        String text = "The talks ended today. They began on Tuesday.";
        AnnotatedArticle dated = raw(text, DateRange.day(TUESDAY));
        assertThat(dated.times()).extracting(TimeExpression::timex).contains("2020-02-18");
        AnnotatedArticle yearOnly = raw(text, DateRange.year(2020));
        assertThat(yearOnly.times()).filteredOn(t -> t.text().equals("Tuesday"))
                .extracting(TimeExpression::timex).containsExactly("XXXX-WXX-2");
        assertThat(dated.times()).allMatch(t -> t.resolved() == null && t.basis() == null);
    }

    @Test
    void givesEveryThreadTheAnswerItGivesOneThread() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden", "annotate"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".in.txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<AnnotatedArticle> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(SharedCoreNlp.annotate(t, TUESDAY));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<AnnotatedArticle>> parallel = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String t : texts) {
                    parallel.add(pool.submit(() -> SharedCoreNlp.annotate(t, TUESDAY)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int THREADS = 3;
    private static final int ROUNDS = 2;

    @Test
    void describesItselfAsAStage() {
        CoreNlpAnnotator a = SharedCoreNlp.annotator();
        assertThat(a.name()).isEqualTo("corenlp");
        assertThat(a.requires()).containsExactly(Capability.ARTICLE);
        assertThat(a.provides()).contains(Capability.TOKENS, Capability.SENTENCES, Capability.PART_OF_SPEECH,
                Capability.LEMMAS, Capability.ENTITY_MENTIONS, Capability.TIME_EXPRESSIONS);
        assertThat(CoreNlpAnnotator.documentDate(DateRange.day(TUESDAY))).isEqualTo("2020-02-18");
        assertThat(CoreNlpAnnotator.documentDate(DateRange.year(2020))).isNull();
        assertThat(CoreNlpAnnotator.documentDate(null)).isNull();
    }
}
