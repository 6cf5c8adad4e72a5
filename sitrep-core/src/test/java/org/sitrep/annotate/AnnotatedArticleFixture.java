package org.sitrep.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.Article;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * Test fixture: articles and annotated articles built by hand, so the rule-based layers can be
 * tested without loading CoreNLP.
 *
 * <p>{@link #tagged} reads tokens written {@code word/POS} or {@code word/POS/NER}, separated by
 * single spaces. A token written with a leading {@code ~} is glued to the one before it (no space:
 * {@code al/NNP ~-/HYPH ~Assad/NNP}); the token {@code ¶} is a paragraph break; a token tagged
 * {@code .} ends a sentence. Runs of one named-entity tag become mentions (PERSON, ORGANIZATION,
 * LOCATION, MISC and the fine place types) or time expressions (DATE, TIME, DURATION, SET, with no
 * TIMEX value). Lemmas come from a small table of irregular forms, else the lower-cased word with a
 * plural "s" dropped.
 */
public final class AnnotatedArticleFixture {

    private static final Map<String, EntityType> MENTION_TAGS = Map.of("PERSON", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION, "LOCATION", EntityType.LOCATION, "MISC", EntityType.MISC,
            "COUNTRY", EntityType.COUNTRY, "CITY", EntityType.CITY, "NATIONALITY", EntityType.NATIONALITY);
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Map<String, String> LEMMAS = Map.ofEntries(Map.entry("said", "say"),
            Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("tells", "tell"),
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("people", "person"),
            Map.entry("killed", "kill"), Map.entry("added", "add"), Map.entry("warned", "warn"),
            Map.entry("called", "call"), Map.entry("announced", "announce"), Map.entry("reported", "report"));

    private AnnotatedArticleFixture() {
    }

    /** An article with this text, published on {@code day} (null for no date). */
    public static Article article(String text, LocalDate day) {
        return article(text, day == null ? null : DateRange.day(day));
    }

    /** An article with this text and published date (any precision, or null). */
    public static Article article(String text, DateRange published) {
        return new Article(ArticleId.of("fixture", text), Origin.file("fixture.txt"), null, published, null, null,
                null, "en", text, List.of(), List.of(), false);
    }

    /** An annotated article from tagged tokens (see the class comment), published on {@code day}. */
    public static AnnotatedArticle tagged(String tagged, LocalDate day) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = 0;
        for (String raw : tagged.trim().split(" ")) {
            if (raw.equals("¶")) {
                sentenceStart = endSentence(sentences, tokens, sentenceStart);
                text.append("\n\n");
                continue;
            }
            boolean glued = raw.startsWith("~");
            String[] parts = (glued ? raw.substring(1) : raw).split("/");
            if (parts.length < 2) {
                throw new IllegalArgumentException("token needs word/POS: " + raw);
            }
            if (!glued && text.length() > 0 && !endsWithNewline(text)) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String ner = parts.length > 2 ? parts[2] : "O";
            tokens.add(new Token(new Span(start, text.length()), parts[0], lemma(parts[0], parts[1]), parts[1], ner,
                    null));
            if (parts[1].equals(".")) {
                sentenceStart = endSentence(sentences, tokens, sentenceStart);
            }
        }
        endSentence(sentences, tokens, sentenceStart);
        String body = text.toString();
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            String ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            int sentence = sentenceOf(sentences, i);
            if (MENTION_TAGS.containsKey(ner)) {
                mentions.add(new Mention(span, span.of(body), MENTION_TAGS.get(ner), sentence));
            } else if (TIME_TAGS.contains(ner)) {
                times.add(new TimeExpression(span, span.of(body), ner, null, null, null, sentence));
            }
            i = j;
        }
        return new AnnotatedArticle(article(body, day), tokens, sentences, mentions, times, List.of(), List.of());
    }

    private static int endSentence(List<Sentence> sentences, List<Token> tokens, int start) {
        if (start < tokens.size()) {
            Span span = new Span(tokens.get(start).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(sentences.size(), span, start, tokens.size()));
        }
        return tokens.size();
    }

    private static int sentenceOf(List<Sentence> sentences, int token) {
        for (Sentence s : sentences) {
            if (token >= s.firstToken() && token < s.endToken()) {
                return s.index();
            }
        }
        return 0;
    }

    private static boolean endsWithNewline(StringBuilder b) {
        return b.charAt(b.length() - 1) == '\n';
    }

    private static String lemma(String word, String pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (LEMMAS.containsKey(lower)) {
            return LEMMAS.get(lower);
        }
        if (pos.startsWith("NNP")) {
            return word;
        }
        if (pos.equals("NNS") && lower.endsWith("s")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
