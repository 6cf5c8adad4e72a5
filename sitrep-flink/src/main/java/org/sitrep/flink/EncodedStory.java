package org.sitrep.flink;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;

/**
 * A story on its way from the one clustering instance to analysis, already in the bytes
 * {@link RecordCodec#story(Story)} gives, and the work it is for analysis ({@link Work#ofStory}), which
 * the partitioner in front of analysis needs without decoding it. The clustering instance builds the
 * bytes from those its articles rest as in keyed state ({@link RecordCodec#story(Story, List)}), so it
 * encodes no article again; each analysis instance decodes its own stories.
 *
 * @param work  the story's work for analysis, in characters of text
 * @param bytes the story, as {@link RecordCodec#story(Story)} gives it
 */
public record EncodedStory(long work, byte[] bytes) {

    public EncodedStory {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The story encoded, each article's bytes taken from {@code encoded} (e.g. kept in state, or {@link RecordCodec#annotated(AnnotatedArticle)}). */
    public static EncodedStory of(Story story, Function<AnnotatedArticle, byte[]> encoded) {
        List<byte[]> articles = new ArrayList<>(story.articles().size());
        for (AnnotatedArticle a : story.articles()) {
            articles.add(encoded.apply(a));
        }
        return new EncodedStory(Work.ofStory(story), RecordCodec.story(story, articles));
    }

    /** The story encoded article by article. */
    public static EncodedStory of(Story story) {
        return of(story, RecordCodec::annotated);
    }

    /** The story, decoded. */
    public Story decode() {
        return RecordCodec.story(bytes);
    }

    /** The record as one array: the work, then the story's bytes. */
    static byte[] toBytes(EncodedStory s) {
        return ByteBuffer.allocate(Long.BYTES + s.bytes.length).putLong(s.work).put(s.bytes).array();
    }

    /** The record {@link #toBytes} wrote. */
    static EncodedStory fromBytes(byte[] all) {
        ByteBuffer in = ByteBuffer.wrap(all);
        long work = in.getLong();
        byte[] bytes = new byte[in.remaining()];
        in.get(bytes);
        return new EncodedStory(work, bytes);
    }
}
