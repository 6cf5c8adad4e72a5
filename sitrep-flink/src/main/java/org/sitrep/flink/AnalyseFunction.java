package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.analyse.StoryFigures;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.pipeline.Problem;
import org.sitrep.report.EventExport;
import org.sitrep.report.JsonReportWriter;

/**
 * The analysis stage as a Flink operator: every analyser on one story, in parallel over stories.
 * Gives the story as one line of JSON, the very object {@code report.json} holds in {@code stories}
 * ({@link JsonReportWriter#story}), and its events as rows of the events CSV ({@link EventExport}) on
 * {@link #EVENTS}, and its figures that may recur across stories on {@link #FIGURES}. A story whose
 * analysis fails goes to the problems output.
 */
public final class AnalyseFunction extends PipelineFunction<Story, String> {

    private static final long serialVersionUID = 1L;

    /** Events CSV rows, without the header. */
    public static final OutputTag<String> EVENTS = new OutputTag<>("events") {
        private static final long serialVersionUID = 1L;
    };

    /**
     * The story's figures that may recur in other stories ({@link StoryFigures}, encoded by
     * {@link StoryFiguresCodec}), for {@link RecurringClaimsFunction}; none for a story without any.
     */
    public static final OutputTag<byte[]> FIGURES =
            new OutputTag<>("figures", PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);

    private static final ObjectWriter LINE = new ObjectMapper().writer();

    private transient JsonReportWriter json;

    public AnalyseFunction(PipelineRecipe recipe) {
        super(recipe);
    }

    @Override
    public void open(OpenContext context) throws Exception {
        super.open(context);
        json = new JsonReportWriter();
    }

    @Override
    public void processElement(Story story, Context ctx, Collector<String> out) {
        StoryAnalysis analysis;
        try {
            analysis = sitrep().analyse(story);
        } catch (RuntimeException e) {
            ctx.output(ExtractFunction.PROBLEMS,
                    Problem.error(story.id().value(), "analysis failed: " + e).toString());
            return;
        }
        ObjectNode storyNode = json.story(analysis);
        out.collect(line(storyNode));
        for (String row : eventRows(story, storyNode)) {
            ctx.output(EVENTS, row);
        }
        StoryFigures figures = StoryFigures.of(analysis);
        if (!figures.groups().isEmpty()) {
            ctx.output(FIGURES, StoryFiguresCodec.encode(figures));
        }
    }

    /** The CSV rows of the story's events, read from the same tree a report file holds. */
    private List<String> eventRows(Story story, ObjectNode storyNode) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        ArrayNode articles = tree.putArray("articles");
        for (AnnotatedArticle a : story.articles()) {
            articles.add(json.article(a.article()));
        }
        tree.putArray("stories").add(storyNode);
        List<String> rows = new ArrayList<>();
        for (Map<String, String> row : EventExport.rows(tree)) {
            rows.add(csvLine(row));
        }
        return rows;
    }

    /** One CSV line in {@link EventExport#COLUMNS} order. */
    static String csvLine(Map<String, String> row) {
        List<String> cells = new ArrayList<>();
        for (String column : EventExport.COLUMNS) {
            cells.add(EventExport.csvCell(row.getOrDefault(column, "")));
        }
        return String.join(",", cells);
    }

    /** A JSON tree on one line. */
    static String line(ObjectNode node) {
        try {
            return LINE.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
