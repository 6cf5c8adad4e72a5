package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Qualifier;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.Token;
import org.sitrep.extract.Article;
import org.sitrep.extract.MetadataEvidence;
import org.sitrep.extract.RemovedBlock;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Citation;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * A test-data builder for one real, small annotated article: clean text, metadata, removed
 * boilerplate, tokens and sentences found by a simple tokenizer, and whatever mentions, quantities
 * and quotes a test adds. Spans are found by searching the text for the words, so a fixture cannot
 * point at the wrong characters by a miscounted offset. Not thread-safe.
 */
public final class ArticleFixture {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]+[\"”’]?");

    private final String text;
    private Origin origin = Origin.file("corpus/article.txt");
    private String title;
    private DateRange published;
    private DateRange updated;
    private String author;
    private String publisher;
    private String language = "en";
    private boolean truncated;
    private final List<RemovedBlock> boilerplate = new ArrayList<>();
    private final List<MetadataEvidence> evidence = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private ArticleFixture(String text) {
        this.text = text;
    }

    /** An article whose clean text is {@code text}. */
    public static ArticleFixture text(String text) {
        return new ArticleFixture(text);
    }

    public ArticleFixture origin(Origin o) {
        this.origin = o;
        return this;
    }

    public ArticleFixture title(String t) {
        this.title = t;
        evidence.add(new MetadataEvidence("title", t, "html <title>"));
        return this;
    }

    public ArticleFixture published(LocalDate day) {
        this.published = DateRange.day(day);
        evidence.add(new MetadataEvidence("published", day.toString(), "meta article:published_time"));
        return this;
    }

    public ArticleFixture updated(LocalDate day) {
        this.updated = DateRange.day(day);
        return this;
    }

    public ArticleFixture author(String a) {
        this.author = a;
        return this;
    }

    public ArticleFixture publisher(String p) {
        this.publisher = p;
        return this;
    }

    public ArticleFixture language(String l) {
        this.language = l;
        return this;
    }

    public ArticleFixture truncated() {
        this.truncated = true;
        return this;
    }

    public ArticleFixture removed(String block, String reason) {
        boilerplate.add(new RemovedBlock(block, reason));
        return this;
    }

    public ArticleFixture mention(String words, EntityType type) {
        Span s = span(words);
        mentions.add(new Mention(s, words, type, sentenceIndex(s)));
        return this;
    }

    public ArticleFixture quantity(String words, double value, double low, double high, Qualifier q,
            String counted, String head) {
        Span s = span(words);
        quantities.add(new Quantity(s, words, value, low, high, q, null, span(counted), head, sentenceIndex(s)));
        return this;
    }

    public ArticleFixture quote(String words, String speaker, String cue) {
        Span s = span(words);
        quotes.add(new Quote(s, span(speaker), speaker, cue, true, sentenceIndex(s)));
        return this;
    }

    /** The id the built article gets: derived from its source and text, as extraction derives it. */
    public ArticleId id() {
        return ArticleId.of(origin.source(), text);
    }

    /** The span of the first occurrence of {@code words}; fails the test when they are not in the text. */
    public Span span(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + words);
        }
        return new Span(at, at + words.length());
    }

    /** A citation of the first occurrence of {@code words}. */
    public Citation cite(String words) {
        return new Citation(id(), span(words));
    }

    /** A citation of the whole {@code n}th sentence (from 0). */
    public Citation citeSentence(int n) {
        return new Citation(id(), sentences().get(n).span());
    }

    public AnnotatedArticle build() {
        Article article = new Article(id(), origin, title, published, updated, author, publisher, language, text,
                boilerplate, evidence, truncated);
        return new AnnotatedArticle(article, tokens(), sentences(), mentions, List.of(), quantities, quotes);
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(new Span(m.start(), m.end()), m.group(), null, null, null, null));
        }
        return tokens;
    }

    private List<Sentence> sentences() {
        List<Token> tokens = tokens();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        int token = 0;
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int first = token;
            while (token < tokens.size() && tokens.get(token).span().start() < m.end()) {
                token++;
            }
            sentences.add(new Sentence(sentences.size(), new Span(start, m.end()), first, token));
        }
        return sentences;
    }

    private int sentenceIndex(Span s) {
        for (Sentence sentence : sentences()) {
            if (sentence.span().contains(s.start())) {
                return sentence.index();
            }
        }
        return 0;
    }
}
