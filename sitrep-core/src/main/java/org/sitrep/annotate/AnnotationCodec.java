package org.sitrep.annotate;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.sitrep.extract.Article;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;

/**
 * The binary form of an annotator's output in the {@link AnnotationCache}: tokens, sentences,
 * mentions and time expressions of one article, as offsets into its text and indexes into a table
 * of the entry's distinct strings (POS and NER tags, lemmas), deflated, with a CRC-32 of the
 * uncompressed content at the end.
 *
 * <p>Layout (after the deflater): magic {@code SRAC}, format version, the key the entry was written
 * under, text length, string table, tokens, sentences, mentions, time expressions, CRC-32. A token's
 * word is stored only when it differs from the text its span covers; a mention's and a time
 * expression's text never are. Reading checks the magic, version, key, text length, CRC and every
 * record's invariants, and throws {@link IOException} on any mismatch.
 *
 * <p>Stateless and thread-safe.
 */
final class AnnotationCodec {

    private static final int MAGIC = 0x53524143;
    /** Bumped whenever the layout changes; older entries are then unreadable and annotated again. */
    static final int VERSION = 1;
    /** Marks an absent string (a null value, or a token word equal to its span's text). */
    private static final int NONE = -1;
    private static final EntityType[] TYPES = EntityType.values();

    private AnnotationCodec() {
    }

    /** True when the annotation holds only what an annotator gives, so the codec can store all of it. */
    static boolean storable(AnnotatedArticle a) {
        return a.quantities().isEmpty() && a.quotes().isEmpty()
                && a.times().stream().allMatch(t -> t.resolved() == null && t.basis() == null);
    }

    /** Writes {@code a}, stored under {@code key}, to {@code out}. */
    static void write(AnnotatedArticle a, String key, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        DataOutputStream data = new DataOutputStream(new CheckedOutputStream(body, crc));
        Strings strings = new Strings();
        List<Token> tokens = a.tokens();
        int[][] tokenRefs = new int[tokens.size()][];
        String text = a.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String covered = t.span().fits(text.length()) ? t.span().of(text) : null;
            tokenRefs[i] = new int[] {t.word().equals(covered) ? NONE : strings.ref(t.word()), strings.ref(t.lemma()),
                strings.ref(t.pos()), strings.ref(t.ner()), strings.ref(t.normalized())};
        }
        int[][] timeRefs = new int[a.times().size()][];
        for (int i = 0; i < timeRefs.length; i++) {
            TimeExpression t = a.times().get(i);
            timeRefs[i] = new int[] {strings.ref(t.type()), strings.ref(t.timex())};
        }
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(key);
        data.writeInt(text.length());
        data.writeInt(strings.list.size());
        for (String s : strings.list) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
        data.writeInt(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            span(data, tokens.get(i).span());
            for (int ref : tokenRefs[i]) {
                data.writeInt(ref);
            }
        }
        data.writeInt(a.sentences().size());
        for (Sentence s : a.sentences()) {
            span(data, s.span());
            data.writeInt(s.firstToken());
            data.writeInt(s.endToken());
        }
        data.writeInt(a.mentions().size());
        for (Mention m : a.mentions()) {
            span(data, m.span());
            data.writeByte(m.type().ordinal());
            data.writeInt(m.sentence());
        }
        data.writeInt(a.times().size());
        for (int i = 0; i < timeRefs.length; i++) {
            TimeExpression t = a.times().get(i);
            span(data, t.span());
            data.writeInt(timeRefs[i][0]);
            data.writeInt(timeRefs[i][1]);
            data.writeInt(t.sentence());
        }
        data.flush();
        long checksum = crc.getValue();
        DataOutputStream trailer = new DataOutputStream(body);
        trailer.writeLong(checksum);
        trailer.flush();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(nonClosing(out), deflater)) {
            body.writeTo(z);
        } finally {
            deflater.end();
        }
    }

    /**
     * Reads an entry for {@code article}, written under {@code key}.
     *
     * @throws IOException when the entry is truncated, corrupt, of another version or key, or does
     *     not fit the article's text
     */
    static AnnotatedArticle read(Article article, String key, InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        try (CheckedInputStream checked = new CheckedInputStream(new InflaterInputStream(nonClosing(in)), crc)) {
            DataInputStream data = new DataInputStream(checked);
            if (data.readInt() != MAGIC) {
                throw new IOException("not an annotation cache entry");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IOException("format version " + version + ", expected " + VERSION);
            }
            if (!data.readUTF().equals(key)) {
                throw new IOException("written for another article or annotator");
            }
            String text = article.text();
            if (data.readInt() != text.length()) {
                throw new IOException("written for a text of another length");
            }
            String[] strings = new String[count(data)];
            for (int i = 0; i < strings.length; i++) {
                byte[] bytes = new byte[count(data)];
                data.readFully(bytes);
                strings[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            List<Token> tokens = new ArrayList<>();
            for (int i = count(data); i > 0; i--) {
                Span span = span(data, text.length());
                int word = data.readInt();
                tokens.add(new Token(span, word == NONE ? span.of(text) : string(strings, word),
                        string(strings, data.readInt()), string(strings, data.readInt()), string(strings, data.readInt()),
                        string(strings, data.readInt())));
            }
            List<Sentence> sentences = new ArrayList<>();
            for (int i = count(data); i > 0; i--) {
                Span span = span(data, text.length());
                int first = data.readInt();
                int end = data.readInt();
                if (end > tokens.size()) {
                    throw new IOException("sentence past the last token");
                }
                sentences.add(new Sentence(sentences.size(), span, first, end));
            }
            List<Mention> mentions = new ArrayList<>();
            for (int i = count(data); i > 0; i--) {
                Span span = span(data, text.length());
                int type = data.readUnsignedByte();
                if (type >= TYPES.length) {
                    throw new IOException("unknown entity type " + type);
                }
                mentions.add(new Mention(span, span.of(text), TYPES[type], data.readInt()));
            }
            List<TimeExpression> times = new ArrayList<>();
            for (int i = count(data); i > 0; i--) {
                Span span = span(data, text.length());
                String type = string(strings, data.readInt());
                if (type == null) {
                    throw new IOException("time expression without a type");
                }
                times.add(new TimeExpression(span, span.of(text), type, string(strings, data.readInt()), null, null,
                        data.readInt()));
            }
            long expected = crc.getValue();
            long stored = new DataInputStream(checked).readLong();
            if (stored != expected) {
                throw new IOException("checksum mismatch");
            }
            return new AnnotatedArticle(article, tokens, sentences, mentions, times, List.of(), List.of());
        } catch (IllegalArgumentException | NullPointerException e) {
            // a record's invariant broke: the bytes decoded to nonsense
            throw new IOException("malformed entry: " + e.getMessage(), e);
        }
    }

    private static void span(DataOutputStream data, Span s) throws IOException {
        data.writeInt(s.start());
        data.writeInt(s.end());
    }

    private static Span span(DataInputStream data, int textLength) throws IOException {
        int start = data.readInt();
        int end = data.readInt();
        if (start < 0 || end < start || end > textLength) {
            throw new IOException("span [" + start + ", " + end + ") outside the text");
        }
        return new Span(start, end);
    }

    private static int count(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }

    private static String string(String[] strings, int ref) throws IOException {
        if (ref == NONE) {
            return null;
        }
        if (ref < 0 || ref >= strings.length) {
            throw new IOException("string reference " + ref + " outside the table");
        }
        return strings[ref];
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    /** The distinct strings of one entry, numbered in order of first use. */
    private static final class Strings {
        private final List<String> list = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        int ref(String s) {
            if (s == null) {
                return NONE;
            }
            return index.computeIfAbsent(s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
