package org.sitrep.flink;

import java.util.Objects;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.extract.Article;

/**
 * The Flink types of the job's streams and state: each record type with its {@link CodecSerializer}.
 * Immutable and serializable, as Flink requires of type information.
 */
public final class CodecTypes<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    public static final CodecTypes<Article> ARTICLE =
            new CodecTypes<>(Article.class, CodecSerializer.ArticleSerializer.INSTANCE);
    public static final CodecTypes<AnnotatedArticle> ANNOTATED =
            new CodecTypes<>(AnnotatedArticle.class, CodecSerializer.AnnotatedArticleSerializer.INSTANCE);
    public static final CodecTypes<EncodedArticle> ENCODED_ARTICLE =
            new CodecTypes<>(EncodedArticle.class, CodecSerializer.EncodedArticleSerializer.INSTANCE);
    public static final CodecTypes<EncodedStory> ENCODED_STORY =
            new CodecTypes<>(EncodedStory.class, CodecSerializer.EncodedStorySerializer.INSTANCE);

    private final Class<T> type;
    private final TypeSerializer<T> serializer;

    private CodecTypes(Class<T> type, TypeSerializer<T> serializer) {
        this.type = type;
        this.serializer = serializer;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return serializer;
    }

    @Override
    @Deprecated
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return serializer;
    }

    @Override
    public String toString() {
        return "Codec<" + type.getSimpleName() + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodecTypes<?> c && c.type.equals(type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(CodecTypes.class, type);
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof CodecTypes<?>;
    }
}
