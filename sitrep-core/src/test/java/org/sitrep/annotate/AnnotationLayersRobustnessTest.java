package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Every rule-based layer on random tagged tokens and random (even misaligned) mentions and time
 * expressions: no exception escapes, spans stay in bounds, mentions never overlap, and the same
 * input gives the same output. No CoreNLP, so a thousand and more cases run in seconds.
 */
class AnnotationLayersRobustnessTest {

    /** Fixed so that a failure can be replayed. */
    private static final long SEED = 42L;
    private static final int CASES = 1_000;
    private static final int MAX_TOKENS = 80;
    private static final String[] WORDS = {"said", "told", "he", "she", "it", "the", "ministry", "Mr", "Lavrov",
            "Turkey", "Turkish", "Ankara", "Presidents", "Recep", "al", "-", "(", ")", "HTS", "“", "”", "\"", ",", ".",
            ":", "more", "than", "a", "dozen", "some", "12", "900,000", "10", "to", "of", "its", "soldiers", "Turks",
            "$", "€", "40m", "%", "percent", "square", "km", "hundreds", "thousands", "thirty", "three", "F", "35",
            "Tuesday", "last", "week", "weekend", "August", "2018", "late", "according", "that", "will", "ago", "😀",
            "", "Ğü", "ID", "34879931", "0100", "between", "and", "Foreign", "Ministry", "\n", "\n\n"};
    private static final String[] TAGS = {"NN", "NNS", "NNP", "NNPS", "VBD", "VBZ", "VB", "VBN", "MD", "PRP", "DT",
            "IN", "JJ", "CD", "HYPH", ",", ".", "``", "''", "TO", "RB", "POS", "$"};
    private static final String[] NER = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC", "NUMBER",
            "ORDINAL", "DATE", "DURATION"};
    private static final String[] TIME_TYPES = {"DATE", "TIME", "DURATION", "SET"};
    private static final List<DateRange> DATES = List.of(DateRange.day(LocalDate.of(2020, 2, 18)),
            DateRange.year(2020), DateRange.month(java.time.YearMonth.of(2020, 2)));

    @Test
    void everyLayerSurvivesRandomInputDeterministically() {
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            AnnotatedArticle input = randomArticle(random, c);
            AnnotatedArticle out = input;
            for (AnnotationLayer layer : StandardLayers.all()) {
                out = layer.apply(out);
            }
            check(out);
            AnnotatedArticle again = input;
            for (AnnotationLayer layer : StandardLayers.all()) {
                again = layer.apply(again);
            }
            assertThat(again).as("case %d", c).isEqualTo(out);
        }
    }

    private static AnnotatedArticle randomArticle(Random random, int c) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int n = random.nextInt(MAX_TOKENS);
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (random.nextInt(4) > 0 && text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            if (word.isBlank()) {
                continue;
            }
            tokens.add(new Token(new Span(start, text.length()), word, random.nextBoolean() ? word.toLowerCase() : null,
                    TAGS[random.nextInt(TAGS.length)], NER[random.nextInt(NER.length)], null));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        while (first < tokens.size()) {
            int end = Math.min(tokens.size(), first + 1 + random.nextInt(20));
            sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).span().start(),
                    tokens.get(end - 1).span().end()), first, end));
            first = end;
        }
        String body = text.toString();
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (int k = 0; k < random.nextInt(6) && body.length() > 0; k++) {
            int s = random.nextInt(body.length());
            int e = s + random.nextInt(Math.min(20, body.length() - s)) + 1;
            Span span = new Span(s, Math.min(e, body.length()));
            if (random.nextBoolean()) {
                mentions.add(new Mention(span, span.of(body), EntityType.values()[random.nextInt(EntityType.values().length)], 0));
            } else {
                times.add(new TimeExpression(span, span.of(body), TIME_TYPES[random.nextInt(TIME_TYPES.length)],
                        random.nextBoolean() ? "2020-02-18" : null, null, null, 0));
            }
        }
        mentions.sort(java.util.Comparator.comparing(Mention::span));
        DateRange published = random.nextInt(5) == 0 ? null : DATES.get(c % DATES.size());
        return new AnnotatedArticle(AnnotatedArticleFixture.article(body, published), tokens, sentences, mentions,
                times, List.of(), List.of());
    }

    private static void check(AnnotatedArticle a) {
        int len = a.text().length();
        Mention previous = null;
        for (Mention m : a.mentions()) {
            assertThat(m.span().fits(len)).isTrue();
            if (previous != null) {
                assertThat(previous.span().end()).isLessThanOrEqualTo(m.span().start());
            }
            previous = m;
        }
        for (TimeExpression t : a.times()) {
            assertThat(t.span().fits(len)).isTrue();
            assertThat(t.basis()).isNotNull();
        }
        for (Quantity q : a.quantities()) {
            assertThat(q.span().fits(len)).isTrue();
            assertThat(q.counted() == null || q.counted().fits(len)).isTrue();
        }
        for (Quote q : a.quotes()) {
            assertThat(q.span().fits(len)).isTrue();
            assertThat(q.speaker() == null || q.speaker().fits(len)).isTrue();
        }
    }
}
