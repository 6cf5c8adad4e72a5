package org.sitrep.flink;

import java.io.IOException;
import java.util.function.Function;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;

/**
 * Flink serializers for the records that cross the network or rest in state, each a length-prefixed
 * {@link RecordCodec} byte form. Written for Flink directly rather than registered with Kryo: Kryo
 * on Java 17 needs {@code --add-opens} flags that a MiniCluster inside the CLI's JVM does not have,
 * and cannot rebuild records or {@code List.copyOf} lists anyway. The records are immutable, so a
 * copy is the record itself. Stateless singletons; {@link CodecTypes} hands them to Flink.
 */
public abstract class CodecSerializer<T> extends TypeSerializerSingleton<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<T, byte[]> encode;
    private final transient Function<byte[], T> decode;

    CodecSerializer(Function<T, byte[]> encode, Function<byte[], T> decode) {
        this.encode = encode;
        this.decode = decode;
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        byte[] bytes = encode.apply(record);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return decode.apply(bytes);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int n = source.readInt();
        target.writeInt(n);
        target.write(source, n);
    }

    /** {@link Article} through {@link RecordCodec#article(Article)}. */
    public static final class ArticleSerializer extends CodecSerializer<Article> {
        private static final long serialVersionUID = 1L;
        static final ArticleSerializer INSTANCE = new ArticleSerializer();

        public ArticleSerializer() {
            super(RecordCodec::article, RecordCodec::article);
        }

        @Override
        public TypeSerializerSnapshot<Article> snapshotConfiguration() {
            return new Snapshot();
        }

        private Object readResolve() {
            return INSTANCE;
        }

        /** Restores the serializer of a checkpoint. */
        public static final class Snapshot extends SimpleTypeSerializerSnapshot<Article> {
            public Snapshot() {
                super(() -> INSTANCE);
            }
        }
    }

    /** {@link AnnotatedArticle} through {@link RecordCodec#annotated(AnnotatedArticle)}. */
    public static final class AnnotatedArticleSerializer extends CodecSerializer<AnnotatedArticle> {
        private static final long serialVersionUID = 1L;
        static final AnnotatedArticleSerializer INSTANCE = new AnnotatedArticleSerializer();

        public AnnotatedArticleSerializer() {
            super(RecordCodec::annotated, RecordCodec::annotated);
        }

        @Override
        public TypeSerializerSnapshot<AnnotatedArticle> snapshotConfiguration() {
            return new Snapshot();
        }

        private Object readResolve() {
            return INSTANCE;
        }

        /** Restores the serializer of a checkpoint. */
        public static final class Snapshot extends SimpleTypeSerializerSnapshot<AnnotatedArticle> {
            public Snapshot() {
                super(() -> INSTANCE);
            }
        }
    }

    /** {@link EncodedArticle}: its id, day and bytes, the article not decoded. */
    public static final class EncodedArticleSerializer extends CodecSerializer<EncodedArticle> {
        private static final long serialVersionUID = 1L;
        static final EncodedArticleSerializer INSTANCE = new EncodedArticleSerializer();

        public EncodedArticleSerializer() {
            super(EncodedArticle::toBytes, EncodedArticle::fromBytes);
        }

        @Override
        public TypeSerializerSnapshot<EncodedArticle> snapshotConfiguration() {
            return new Snapshot();
        }

        private Object readResolve() {
            return INSTANCE;
        }

        /** Restores the singleton. */
        public static final class Snapshot extends SimpleTypeSerializerSnapshot<EncodedArticle> {
            public Snapshot() {
                super(() -> INSTANCE);
            }
        }
    }

    /** {@link EncodedStory}: its work and bytes, the story not decoded. */
    public static final class EncodedStorySerializer extends CodecSerializer<EncodedStory> {
        private static final long serialVersionUID = 1L;
        static final EncodedStorySerializer INSTANCE = new EncodedStorySerializer();

        public EncodedStorySerializer() {
            super(EncodedStory::toBytes, EncodedStory::fromBytes);
        }

        @Override
        public TypeSerializerSnapshot<EncodedStory> snapshotConfiguration() {
            return new Snapshot();
        }

        private Object readResolve() {
            return INSTANCE;
        }

        /** Restores the singleton. */
        public static final class Snapshot extends SimpleTypeSerializerSnapshot<EncodedStory> {
            public Snapshot() {
                super(() -> INSTANCE);
            }
        }
    }
}
