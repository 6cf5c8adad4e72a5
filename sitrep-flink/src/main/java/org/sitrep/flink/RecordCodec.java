package org.sitrep.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;
import org.sitrep.extract.MetadataEvidence;
import org.sitrep.extract.RemovedBlock;
import org.sitrep.ingest.Origin;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DateRange;
import org.sitrep.model.StoryId;
import org.sitrep.store.LayersCodec;

/**
 * The bytes an {@link Article}, {@link AnnotatedArticle} or {@link Story} travels as between Flink
 * operators and rests as in keyed state. The core records are plain immutable records that neither
 * Java serialization nor Flink's Kryo can rebuild, so the job encodes them itself: the article's
 * fields in a fixed order (length-prefixed UTF-8, a null flag for optional fields) and the annotation
 * layers with the workspace's {@link LayersCodec}. A story is its id, its articles and its copy map.
 *
 * <p>Lossless: decoding gives a record equal to the one encoded. Stateless and thread-safe; cost is
 * linear in the size of the article and its annotations.
 */
public final class RecordCodec {

    /** Bytes a buffer starts with: enough for a record's fixed fields, grown as the text is written. */
    private static final int INITIAL_BUFFER = 1024;

    private RecordCodec() {
    }

    /** The article's fields as bytes. */
    public static byte[] article(Article a) {
        return write(out -> writeArticle(out, a));
    }

    /** The article encoded by {@link #article(Article)}. */
    public static Article article(byte[] bytes) {
        return read(bytes, RecordCodec::readArticle);
    }

    /** The annotated article as bytes. */
    public static byte[] annotated(AnnotatedArticle a) {
        return write(out -> writeAnnotated(out, a));
    }

    /** The annotated article encoded by {@link #annotated(AnnotatedArticle)}. */
    public static AnnotatedArticle annotated(byte[] bytes) {
        return read(bytes, RecordCodec::readAnnotated);
    }

    /**
     * The article of bytes {@link #annotated(AnnotatedArticle)} gave, its annotation layers not read
     * (an {@link AnnotatedArticle} without annotations): for a reader that needs only the article's
     * fields and keeps the bytes for the whole, as the clustering instance does with articles sketched
     * before they reached it. Never encode the result in place of the article.
     */
    public static AnnotatedArticle withoutLayers(byte[] annotated) {
        return read(annotated, in -> AnnotatedArticle.of(readArticle(in)));
    }

    /** The story as bytes. */
    public static byte[] story(Story s) {
        return write(out -> {
            out.writeUTF(s.id().value());
            out.writeInt(s.articles().size());
            for (AnnotatedArticle a : s.articles()) {
                writeAnnotated(out, a);
            }
            writeCopies(out, s.copyOf());
        });
    }

    /**
     * The bytes {@link #story(Story)} gives for {@code s}, made from its articles' bytes as
     * {@link #annotated(AnnotatedArticle)} gave them (an article's bytes in a story are those of the
     * article alone), so that articles already encoded are not encoded again.
     *
     * @param encoded each article's bytes, in the story's order
     */
    public static byte[] story(Story s, List<byte[]> encoded) {
        if (encoded.size() != s.articles().size()) {
            throw new IllegalArgumentException(encoded.size() + " encoded articles for a story of " + s.articles().size());
        }
        int size = INITIAL_BUFFER;
        for (byte[] a : encoded) {
            size += a.length;
        }
        return write(size, out -> {
            out.writeUTF(s.id().value());
            out.writeInt(encoded.size());
            for (byte[] a : encoded) {
                out.write(a);
            }
            writeCopies(out, s.copyOf());
        });
    }

    // sorted so that equal stories encode to equal bytes
    private static void writeCopies(DataOutputStream out, Map<ArticleId, ArticleId> copyOf) throws IOException {
        Map<ArticleId, ArticleId> copies = new TreeMap<>(copyOf);
        out.writeInt(copies.size());
        for (Map.Entry<ArticleId, ArticleId> e : copies.entrySet()) {
            out.writeUTF(e.getKey().value());
            out.writeUTF(e.getValue().value());
        }
    }

    /** The story encoded by {@link #story(Story)}. */
    public static Story story(byte[] bytes) {
        return read(bytes, in -> {
            StoryId id = new StoryId(in.readUTF());
            int n = in.readInt();
            List<AnnotatedArticle> articles = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                articles.add(readAnnotated(in));
            }
            int copies = in.readInt();
            Map<ArticleId, ArticleId> copyOf = new LinkedHashMap<>();
            for (int i = 0; i < copies; i++) {
                copyOf.put(new ArticleId(in.readUTF()), new ArticleId(in.readUTF()));
            }
            return new Story(id, articles, copyOf);
        });
    }

    private static void writeAnnotated(DataOutputStream out, AnnotatedArticle a) throws IOException {
        writeArticle(out, a.article());
        CodecFields.bytes(out, LayersCodec.encode(a));
    }

    private static AnnotatedArticle readAnnotated(DataInputStream in) throws IOException {
        Article article = readArticle(in);
        return LayersCodec.decode(article, CodecFields.bytes(in));
    }

    private static void writeArticle(DataOutputStream out, Article a) throws IOException {
        CodecFields.string(out, a.id().value());
        Origin o = a.origin();
        CodecFields.string(out, o.path());
        out.writeInt(o.line() == null ? 0 : o.line());
        CodecFields.string(out, o.warcRecordId());
        CodecFields.string(out, o.url());
        CodecFields.string(out, a.title());
        CodecFields.date(out, a.published());
        CodecFields.date(out, a.updated());
        CodecFields.string(out, a.author());
        CodecFields.string(out, a.publisher());
        CodecFields.string(out, a.language());
        CodecFields.string(out, a.text());
        out.writeInt(a.boilerplate().size());
        for (RemovedBlock b : a.boilerplate()) {
            CodecFields.string(out, b.text());
            CodecFields.string(out, b.reason());
        }
        out.writeInt(a.evidence().size());
        for (MetadataEvidence e : a.evidence()) {
            CodecFields.string(out, e.field());
            CodecFields.string(out, e.value());
            CodecFields.string(out, e.basis());
        }
        out.writeBoolean(a.truncated());
    }

    private static Article readArticle(DataInputStream in) throws IOException {
        ArticleId id = new ArticleId(CodecFields.string(in));
        String path = CodecFields.string(in);
        int line = in.readInt();
        Origin origin = new Origin(path, line == 0 ? null : line, CodecFields.string(in), CodecFields.string(in));
        String title = CodecFields.string(in);
        DateRange published = CodecFields.date(in);
        DateRange updated = CodecFields.date(in);
        String author = CodecFields.string(in);
        String publisher = CodecFields.string(in);
        String language = CodecFields.string(in);
        String text = CodecFields.string(in);
        int blocks = in.readInt();
        List<RemovedBlock> boilerplate = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            boilerplate.add(new RemovedBlock(CodecFields.string(in), CodecFields.string(in)));
        }
        int facts = in.readInt();
        List<MetadataEvidence> evidence = new ArrayList<>(facts);
        for (int i = 0; i < facts; i++) {
            evidence.add(new MetadataEvidence(CodecFields.string(in), CodecFields.string(in), CodecFields.string(in)));
        }
        return new Article(id, origin, title, published, updated, author, publisher, language, text, boilerplate,
                evidence, in.readBoolean());
    }

    private static byte[] write(Writer w) {
        return write(INITIAL_BUFFER, w);
    }

    private static byte[] write(int expectedSize, Writer w) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(expectedSize);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return r.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("a record between operators cannot be read", e);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }
}
