package org.sitrep.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.analyse.ClaimGroup;
import org.sitrep.analyse.ClaimValue;
import org.sitrep.analyse.CountedQuantity;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.analyse.Verdict;
import org.sitrep.cluster.StoryOrder;
import org.sitrep.model.ArticleId;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;
import org.sitrep.model.StoryId;

/**
 * The bytes a story's {@link StoryFigures} travel as from the analysis stage to the job's one
 * recurring-claims instance, and rest as in its keyed state: a format number, the story's place in
 * the report, its source labels (sorted by article, so equal figures give equal bytes), then each
 * claim group with its values and what it counts. Short strings ({@code writeUTF}): quantities, figure
 * texts, labels and one-line explanations, never an article's body.
 *
 * <p>Lossless: decoding gives a record equal to the one encoded (doubles bit for bit, the open upper
 * bound of "more than a dozen" included). Stateless and thread-safe; linear in the figures' size.
 */
final class StoryFiguresCodec {

    /** The layout written; a reader refuses any other, so state from another layout fails loudly. */
    static final int FORMAT = 1;

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
                out.writeUTF(e.getKey().value());
                out.writeUTF(e.getValue());
            }
            out.writeInt(figures.groups().size());
            for (ClaimGroup g : figures.groups()) {
                writeGroup(out, g);
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
            if (format != FORMAT) {
                throw new IOException("story figures in format " + format + ", expected " + FORMAT);
            }
            StoryOrder order = readOrder(in);
            Map<ArticleId, String> sources = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                sources.put(new ArticleId(in.readUTF()), in.readUTF());
            }
            List<ClaimGroup> groups = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                groups.add(readGroup(in));
            }
            return new StoryFigures(order, groups, sources);
        } catch (IOException e) {
            throw new UncheckedIOException("a story's figures cannot be read", e);
        }
    }

    private static void writeOrder(DataOutput out, StoryOrder o) throws IOException {
        writeRange(out, o.firstPublished());
        out.writeInt(o.articles());
        out.writeUTF(o.id().value());
    }

    private static StoryOrder readOrder(DataInput in) throws IOException {
        return new StoryOrder(readRange(in), in.readInt(), new StoryId(in.readUTF()));
    }

    private static void writeGroup(DataOutput out, ClaimGroup g) throws IOException {
        out.writeUTF(g.quantity());
        out.writeUTF(g.verdict().name());
        out.writeUTF(g.explanation());
        out.writeInt(g.values().size());
        for (ClaimValue v : g.values()) {
            out.writeUTF(v.article().value());
            out.writeUTF(v.text());
            out.writeDouble(v.value());
            out.writeDouble(v.low());
            out.writeDouble(v.high());
            out.writeInt(v.span().start());
            out.writeInt(v.span().end());
            writeOptional(out, v.speaker());
            writeRange(out, v.scope());
        }
        CountedQuantity c = g.counted();
        out.writeBoolean(c != null);
        if (c != null) {
            out.writeUTF(c.kind());
            writeOptional(out, c.country());
            out.writeUTF(c.outcome());
            writeOptional(out, c.unit());
        }
    }

    private static ClaimGroup readGroup(DataInput in) throws IOException {
        String quantity = in.readUTF();
        Verdict verdict = Verdict.valueOf(in.readUTF());
        String explanation = in.readUTF();
        List<ClaimValue> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            ArticleId article = new ArticleId(in.readUTF());
            String text = in.readUTF();
            double value = in.readDouble();
            double low = in.readDouble();
            double high = in.readDouble();
            Span span = new Span(in.readInt(), in.readInt());
            values.add(new ClaimValue(article, text, value, low, high, span, readOptional(in), readRange(in)));
        }
        CountedQuantity counted = in.readBoolean()
                ? new CountedQuantity(in.readUTF(), readOptional(in), in.readUTF(), readOptional(in))
                : null;
        return new ClaimGroup(quantity, verdict, explanation, values, counted);
    }

    private static void writeOptional(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readOptional(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** A range as its ISO form and precision ("2020-02 MONTH"), which {@link DateRange#parseIso} reads back. */
    private static void writeRange(DataOutput out, DateRange d) throws IOException {
        writeOptional(out, d == null ? null : d.iso() + " " + d.precision().name());
    }

    private static DateRange readRange(DataInput in) throws IOException {
        String written = readOptional(in);
        if (written == null) {
            return null;
        }
        int space = written.indexOf(' ');
        return DateRange.parseIso(written.substring(0, space), DatePrecision.valueOf(written.substring(space + 1)));
    }
}
