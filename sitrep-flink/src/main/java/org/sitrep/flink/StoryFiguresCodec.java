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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.CountedQuantity;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.analyse.Verdict;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/**
 * The bytes a story's {@link StoryFigures} travel as from the analysis stage to the job's one
 * recurring-claims instance, and rest as in its keyed state: a format number, the story's place in
 * the report, its source labels (sorted by article, so equal figures give equal bytes), then each
 * claim group with its values and what it counts, then each group's actors, in the {@link CodecFields} the articles travel in
 * (an explanation that quotes a thousand sources is longer than {@code writeUTF} allows).
 *
 * <p>Lossless: decoding gives a record equal to the one encoded (doubles bit for bit, the open upper
 * bound of "more than a dozen" included). Stateless and thread-safe; linear in the figures' size.
 */
final class StoryFiguresCodec {

    /** The layout written; a reader refuses any other but {@link #WITHOUT_ACTORS}, so state from another layout fails loudly. */
    static final int FORMAT = 3;

    /**
     * The layout before groups carried their actors, still read from the state of a job resumed from
     * an older checkpoint: its groups get no actors, so those stories' figures recur with none.
     */
    static final int WITHOUT_ACTORS = 2;

    private StoryFiguresCodec() {
    }

    /** The figures as bytes. */
    static byte[] encode(StoryFigures figures) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeByte(FORMAT);
            writeOrder(out, figures.order());
            Map<ArticleId, String> sources = new TreeMap<>(figures.sources());
            out.writeInt(sources.size());
            for (Map.Entry<ArticleId, String> e : sources.entrySet()) {
                CodecFields.string(out, e.getKey().value());
                CodecFields.string(out, e.getValue());
            }
            out.writeInt(figures.groups().size());
            for (ClaimGroup g : figures.groups()) {
                writeGroup(out, g);
            }
            for (SortedSet<String> actors : figures.actors()) {
                out.writeInt(actors.size());
                for (String actor : actors) {
                    CodecFields.string(out, actor);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a story's figures cannot be encoded", e);
        }
        return buffer.toByteArray();
    }

    /** The figures encoded by {@link #encode}. */
    static StoryFigures decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT && format != WITHOUT_ACTORS) {
                throw new IOException("story figures in format " + format + ", expected " + FORMAT);
            }
            StoryOrder order = readOrder(in);
            Map<ArticleId, String> sources = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                sources.put(new ArticleId(CodecFields.string(in)), CodecFields.string(in));
            }
            List<ClaimGroup> groups = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                groups.add(readGroup(in));
            }
            List<SortedSet<String>> actors = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                SortedSet<String> named = new TreeSet<>();
                for (int i = format == WITHOUT_ACTORS ? 0 : in.readInt(); i > 0; i--) {
                    named.add(CodecFields.string(in));
                }
                actors.add(named);
            }
            return new StoryFigures(order, groups, sources, actors);
        } catch (IOException e) {
            throw new UncheckedIOException("a story's figures cannot be read", e);
        }
    }

    private static void writeOrder(DataOutputStream out, StoryOrder o) throws IOException {
        CodecFields.date(out, o.firstPublished());
        out.writeInt(o.articles());
        CodecFields.string(out, o.id().value());
    }

    private static StoryOrder readOrder(DataInputStream in) throws IOException {
        return new StoryOrder(CodecFields.date(in), in.readInt(), new StoryId(CodecFields.string(in)));
    }

    private static void writeGroup(DataOutputStream out, ClaimGroup g) throws IOException {
        CodecFields.string(out, g.quantity());
        CodecFields.string(out, g.verdict().name());
        CodecFields.string(out, g.explanation());
        out.writeInt(g.values().size());
        for (ClaimValue v : g.values()) {
            CodecFields.string(out, v.article().value());
            CodecFields.string(out, v.text());
            out.writeDouble(v.value());
            out.writeDouble(v.low());
            out.writeDouble(v.high());
            out.writeInt(v.span().start());
            out.writeInt(v.span().end());
            CodecFields.string(out, v.speaker());
            CodecFields.date(out, v.scope());
        }
        CountedQuantity c = g.counted();
        out.writeBoolean(c != null);
        if (c != null) {
            CodecFields.string(out, c.kind());
            CodecFields.string(out, c.country());
            CodecFields.string(out, c.outcome());
            CodecFields.string(out, c.unit());
        }
    }

    private static ClaimGroup readGroup(DataInputStream in) throws IOException {
        String quantity = CodecFields.string(in);
        Verdict verdict = Verdict.valueOf(CodecFields.string(in));
        String explanation = CodecFields.string(in);
        List<ClaimValue> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            ArticleId article = new ArticleId(CodecFields.string(in));
            String text = CodecFields.string(in);
            double value = in.readDouble();
            double low = in.readDouble();
            double high = in.readDouble();
            Span span = new Span(in.readInt(), in.readInt());
            String speaker = CodecFields.string(in);
            values.add(new ClaimValue(article, text, value, low, high, span, speaker, CodecFields.date(in)));
        }
        CountedQuantity counted = in.readBoolean()
                ? new CountedQuantity(CodecFields.string(in), CodecFields.string(in), CodecFields.string(in),
                        CodecFields.string(in))
                : null;
        return new ClaimGroup(quantity, verdict, explanation, values, counted);
    }
}
