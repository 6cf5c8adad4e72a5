package org.sitrep.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Qualifier;
import org.sitrep.annotate.Quantity;
import org.sitrep.annotate.Quote;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.extract.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * The {@code article_layers.layers} column: an article's annotation layers as gzip-compressed JSON,
 * one array per layer and one array per item, so a workspace can re-cluster and re-analyse stored
 * articles without annotating them again.
 *
 * <p>Format 1: {@code {"tokens": [[start, end, word, lemma, pos, ner, normalized]], "sentences":
 * [[index, start, end, firstToken, endToken]], "mentions": [[start, end, text, type, sentence]],
 * "times": [[start, end, text, type, timex, first, last, precision, basis, sentence]], "quantities":
 * [[start, end, text, value, low, high, qualifier, unit, countedStart, countedEnd, countedHead,
 * sentence]], "quotes": [[start, end, speakerStart, speakerEnd, speakerText, cue, direct,
 * sentence]]}}. A token's word is null when it equals the text under its span and its lemma null
 * when it equals the word, which halves the size; an open quantity bound is null.
 *
 * <p>Lossless: decoding what was encoded gives an equal {@link AnnotatedArticle}. Stateless and
 * thread-safe; cost is linear in the number of annotations (a few milliseconds per article).
 */
public final class LayersCodec {

    /** The format written, kept in {@code article_layers.format}. */
    public static final int FORMAT = 1;

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private LayersCodec() {
    }

    /** The layers of {@code a}, compressed. */
    public static byte[] encode(AnnotatedArticle a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes); JsonGenerator g = JSON.createGenerator(zip)) {
            String text = a.text();
            g.writeStartObject();
            g.writeArrayFieldStart("tokens");
            for (Token t : a.tokens()) {
                g.writeStartArray();
                span(g, t.span());
                boolean plain = t.span().fits(text.length()) && t.span().of(text).equals(t.word());
                g.writeString(plain ? null : t.word());
                g.writeString(t.lemma().equals(t.word()) ? null : t.lemma());
                g.writeString(t.pos());
                g.writeString(t.ner());
                g.writeString(t.normalized());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sentences");
            for (Sentence s : a.sentences()) {
                g.writeStartArray();
                g.writeNumber(s.index());
                span(g, s.span());
                g.writeNumber(s.firstToken());
                g.writeNumber(s.endToken());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (Mention m : a.mentions()) {
                g.writeStartArray();
                span(g, m.span());
                g.writeString(m.text());
                g.writeString(m.type().name());
                g.writeNumber(m.sentence());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeExpression t : a.times()) {
                g.writeStartArray();
                span(g, t.span());
                g.writeString(t.text());
                g.writeString(t.type());
                g.writeString(t.timex());
                DateRange r = t.resolved();
                g.writeString(r == null ? null : r.first().toString());
                g.writeString(r == null ? null : r.last().toString());
                g.writeString(r == null ? null : r.precision().name());
                g.writeString(t.basis());
                g.writeNumber(t.sentence());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quantities");
            for (Quantity q : a.quantities()) {
                g.writeStartArray();
                span(g, q.span());
                g.writeString(q.text());
                g.writeNumber(q.value());
                bound(g, q.low());
                bound(g, q.high());
                g.writeString(q.qualifier().name());
                g.writeString(q.unit());
                nullableSpan(g, q.counted());
                g.writeString(q.countedHead());
                g.writeNumber(q.sentence());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : a.quotes()) {
                g.writeStartArray();
                span(g, q.span());
                nullableSpan(g, q.speaker());
                g.writeString(q.speakerText());
                g.writeString(q.cue());
                g.writeBoolean(q.direct());
                g.writeNumber(q.sentence());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the layers of " + a.id(), e);
        }
        return bytes.toByteArray();
    }

    /** The article {@code article} with the layers in {@code bytes}. */
    public static AnnotatedArticle decode(Article article, byte[] bytes) {
        JsonNode root;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new WorkspaceException("the stored annotations of " + article.id() + " cannot be read: " + e.getMessage(), e);
        }
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : root.path("tokens")) {
            Span span = span(t, 0);
            String word = t.get(2).isNull() ? span.of(text) : t.get(2).asText();
            String lemma = t.get(3).isNull() ? word : t.get(3).asText();
            tokens.add(new Token(span, word, lemma, t.get(4).asText(), t.get(5).asText(), string(t.get(6))));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            sentences.add(new Sentence(s.get(0).asInt(), span(s, 1), s.get(3).asInt(), s.get(4).asInt()));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : root.path("mentions")) {
            mentions.add(new Mention(span(m, 0), m.get(2).asText(), EntityType.valueOf(m.get(3).asText()), m.get(4).asInt()));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : root.path("times")) {
            DateRange resolved = t.get(5).isNull() ? null : new DateRange(LocalDate.parse(t.get(5).asText()),
                    LocalDate.parse(t.get(6).asText()), DatePrecision.valueOf(t.get(7).asText()));
            times.add(new TimeExpression(span(t, 0), t.get(2).asText(), t.get(3).asText(), string(t.get(4)), resolved,
                    string(t.get(8)), t.get(9).asInt()));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode q : root.path("quantities")) {
            quantities.add(new Quantity(span(q, 0), q.get(2).asText(), q.get(3).asDouble(),
                    q.get(4).isNull() ? Double.NEGATIVE_INFINITY : q.get(4).asDouble(),
                    q.get(5).isNull() ? Double.POSITIVE_INFINITY : q.get(5).asDouble(),
                    Qualifier.valueOf(q.get(6).asText()), string(q.get(7)), nullableSpan(q, 8), string(q.get(10)),
                    q.get(11).asInt()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            quotes.add(new Quote(span(q, 0), nullableSpan(q, 2), string(q.get(4)), string(q.get(5)), q.get(6).asBoolean(),
                    q.get(7).asInt()));
        }
        return new AnnotatedArticle(article, tokens, sentences, mentions, times, quantities, quotes);
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeNumber(s.start());
        g.writeNumber(s.end());
    }

    private static void nullableSpan(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            g.writeNull();
        } else {
            span(g, s);
        }
    }

    private static void bound(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    private static Span span(JsonNode n, int at) {
        return new Span(n.get(at).asInt(), n.get(at + 1).asInt());
    }

    private static Span nullableSpan(JsonNode n, int at) {
        return n.get(at).isNull() ? null : span(n, at);
    }

    private static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
