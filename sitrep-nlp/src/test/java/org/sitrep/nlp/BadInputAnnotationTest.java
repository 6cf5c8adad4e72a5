package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.AnnotatedArticleFixture;
import org.sitrep.annotate.AnnotationLayer;
import org.sitrep.annotate.Mention;
import org.sitrep.extract.Article;
import org.sitrep.model.EntityType;
import org.sitrep.pipeline.Problem;

/**
 * Input that breaks CoreNLP's assumptions, through the shared annotator and every standard layer:
 * a sentence of 10,000 tokens, a run of 100,000 characters without a space, mixed scripts, control
 * characters. Each must come back whole (spans in bounds, the names around the bad part still
 * found), with one warning naming the article and what was cut or split.
 */
class BadInputAnnotationTest {

    private static final LocalDate DAY = LocalDate.of(2020, 2, 18);
    private static final int LONG_SENTENCE_TOKENS = 10_000;
    private static final int NO_SPACE_CHARS = 100_000;

    private static AnnotatedArticle annotate(String text, List<Problem> problems) {
        Article article = AnnotatedArticleFixture.article(text, DAY);
        AnnotatedArticle a = SharedCoreNlp.annotator().annotate(article, problems::add);
        for (AnnotationLayer layer : SharedCoreNlp.layers()) {
            a = layer.apply(a);
        }
        AnnotationInvariants.check(a);
        return a;
    }

    private static List<String> names(AnnotatedArticle a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type || (type == EntityType.LOCATION
                && m.type().isPlace())).map(Mention::text).toList();
    }

    @Test
    void tagsASentenceOfTenThousandTokensInPiecesAndSaysSo() {
        StringBuilder text = new StringBuilder("Vladimir Putin spoke");
        for (int piece = 0; piece * 4 < LONG_SENTENCE_TOKENS; piece++) {
            text.append(piece % 500 == 499 ? ", and Recep Tayyip Erdogan went" : " and then more words");
        }
        List<Problem> problems = new ArrayList<>();
        AnnotatedArticle a = annotate(text.toString(), problems);
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.tokens().size()).isGreaterThanOrEqualTo(LONG_SENTENCE_TOKENS);
        assertThat(names(a, EntityType.PERSON)).contains("Vladimir Putin").filteredOn(n -> n.contains("Erdogan"))
                .as("names deep inside the sentence are still tagged").hasSizeGreaterThan(2);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.input()).isEqualTo("fixture.txt");
            assertThat(p.reason()).contains("1 sentence longer than 300 tokens").contains("in pieces");
        });
    }

    @Test
    void leavesARunWithoutSpacesUntaggedAndTagsTheRest() {
        String run = "abcde".repeat(NO_SPACE_CHARS / 5);
        String text = "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. " + run
                + " Turkey said talks would resume.";
        List<Problem> problems = new ArrayList<>();
        AnnotatedArticle a = annotate(text, problems);
        assertThat(names(a, EntityType.PERSON)).contains("Vladimir Putin", "Recep Tayyip Erdogan");
        assertThat(names(a, EntityType.LOCATION)).contains("Sochi", "Turkey");
        assertThat(a.times()).extracting(t -> t.text()).contains("Tuesday");
        assertThat(problems).singleElement().extracting(Problem::reason).asString()
                .contains("1 run of text without spaces longer than 100 characters (the longest 100,000");
    }

    @Test
    void survivesAListOfTwentyThousandNumbersGluedByCommas() {
        StringBuilder digits = new StringBuilder("The table reads ");
        for (int i = 0; i < 20_000; i++) {
            digits.append(i).append(',');
        }
        List<Problem> problems = new ArrayList<>();
        AnnotatedArticle a = annotate(digits + " and ends. Ankara said nothing.", problems);
        assertThat(names(a, EntityType.LOCATION)).contains("Ankara");
        assertThat(problems).isNotEmpty().allMatch(p -> p.severity() == Problem.Severity.WARNING);
    }

    @Test
    void annotatesMixedScriptsWithoutLosingTheLatinNames() {
        String text = "Путин встретился с Эрдоганом. 習近平 visited. بشار الأسد spoke. "
                + "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Tuesday. 😀 “Ça va,” dit-il.";
        List<Problem> problems = new ArrayList<>();
        AnnotatedArticle a = annotate(text, problems);
        assertThat(names(a, EntityType.PERSON)).contains("Vladimir Putin", "Recep Tayyip Erdogan");
        assertThat(problems).isEmpty();
    }

    @Test
    void annotatesTextFullOfControlCharacters() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            text.append((char) random.nextInt(0x20));
            if (i % 50 == 0) {
                text.append(" Vladimir Putin met Recep Tayyip Erdogan in Sochi. ");
            }
        }
        text.append('\u007F').append('\uFEFF').append('\u200B').append("\uD800 lone surrogate");
        List<Problem> problems = new ArrayList<>();
        AnnotatedArticle a = annotate(text.toString(), problems);
        assertThat(names(a, EntityType.PERSON)).contains("Vladimir Putin");
        assertThat(SharedCoreNlp.annotator().annotate(AnnotatedArticleFixture.article(text.toString(), DAY),
                p -> { })).as("same input, same output").isEqualTo(SharedCoreNlp.annotator().apply(
                        AnnotatedArticleFixture.article(text.toString(), DAY)));
    }

    @Test
    void cutsAnOverlongArticleAtAParagraphBreakBeforeTheLimit() {
        String paragraph = "Turkey said talks would go on. ".repeat(10) + "\n\n";
        String text = paragraph.repeat(40);
        int limit = paragraph.length() * 10 + 50;
        int cut = CoreNlpAnnotator.annotatedLength(text, limit);
        assertThat(cut).isEqualTo(paragraph.length() * 10);
        assertThat(text.substring(0, cut)).endsWith("\n\n");
        assertThat(CoreNlpAnnotator.annotatedLength(text, text.length())).isEqualTo(text.length());
        String noBreaks = "x".repeat(1_000);
        assertThat(CoreNlpAnnotator.annotatedLength(noBreaks, 100)).isEqualTo(100);
        String surrogates = "😀".repeat(100);
        assertThat(CoreNlpAnnotator.annotatedLength(surrogates, 51)).as("never inside a surrogate pair").isEqualTo(50);
    }

    @Test
    void saysHowMuchOfAnOverlongArticleWasAnnotated() {
        TaggingLimits limits = new TaggingLimits(CoreNlpConfig.defaults());
        limits.textCut(299_000, 1_200_000);
        assertThat(limits.warnings()).containsExactly(
                "text of 1,200,000 characters is longer than 300,000; only the first 299,000 were annotated");
    }
}
