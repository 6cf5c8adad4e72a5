package org.sitrep.annotate;

import java.util.List;
import java.util.Objects;
import org.sitrep.extract.Article;
import org.sitrep.model.ArticleId;

/**
 * An article with its stand-off annotations: tokens, sentences, named mentions, time expressions,
 * quantities and quotes, each a span into {@link Article#text()}. Lists are in text order.
 *
 * <p>Immutable; the {@code with*} methods return copies, which is how annotation stages add layers.
 */
public record AnnotatedArticle(Article article, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
        List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
    }

    /** An article with no annotations yet. */
    public static AnnotatedArticle of(Article article) {
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public ArticleId id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    /** The tokens of sentence {@code s}. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The sentence containing {@code offset}, or null when the offset falls between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.span().start()) {
                hi = mid - 1;
            } else if (offset >= s.span().end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    public AnnotatedArticle withMentions(List<Mention> m) {
        return new AnnotatedArticle(article, tokens, sentences, m, times, quantities, quotes);
    }

    public AnnotatedArticle withTimes(List<TimeExpression> t) {
        return new AnnotatedArticle(article, tokens, sentences, mentions, t, quantities, quotes);
    }

    public AnnotatedArticle withQuantities(List<Quantity> q) {
        return new AnnotatedArticle(article, tokens, sentences, mentions, times, q, quotes);
    }

    public AnnotatedArticle withQuotes(List<Quote> q) {
        return new AnnotatedArticle(article, tokens, sentences, mentions, times, quantities, q);
    }
}
