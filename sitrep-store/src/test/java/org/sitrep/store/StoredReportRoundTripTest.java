package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.report.JsonReportWriter;
import org.sitrep.report.Report;
import org.sitrep.report.SampleReports;

class StoredReportRoundTripTest {

    private final JsonReportWriter json = new JsonReportWriter();

    @TempDir
    Path dir;

    @Test
    void everyStoryReadsBackAsTheReportJsonStoryObject() {
        for (Report report : List.of(SampleReports.sample(), SampleReports.hostile())) {
            Path ws = dir.resolve("ws-" + report.articles().get(0).id());
            try (Workspace w = Workspace.open(ws)) {
                ReportImporter.store(w, report);
                WorkspaceQueries q = new WorkspaceQueries(w);
                for (StoryAnalysis s : report.stories()) {
                    StoryAnalysis back = q.story(s.story().id()).orElseThrow();
                    assertThat(json.story(back)).isEqualTo(json.story(s));
                    assertThat(back.headline()).isEqualTo(s.headline());
                    assertThat(back.summary()).isEqualTo(s.summary());
                    assertThat(back.claims()).isEqualTo(s.claims());
                    assertThat(back.events()).isEqualTo(s.events());
                    assertThat(back.entities()).isEqualTo(s.entities());
                }
            }
        }
    }

    @Test
    void articlesReadBackWithEveryAnnotationLayer() {
        Report report = SampleReports.sample();
        try (Workspace w = Workspace.open(dir)) {
            ReportImporter.store(w, report);
            WorkspaceQueries q = new WorkspaceQueries(w);
            for (AnnotatedArticle a : report.articles()) {
                StoredArticle back = q.article(a.id()).orElseThrow();
                assertThat(back.article()).isEqualTo(a);
                assertThat(json.article(back.article().article())).isEqualTo(json.article(a.article()));
            }
        }
    }

    @Test
    void storingTheSameReportTwiceAddsNoArticle() {
        Report report = SampleReports.sample();
        try (Workspace w = Workspace.open(dir)) {
            assertThat(ReportImporter.store(w, report)).isEqualTo(report.articles().size());
            assertThat(ReportImporter.store(w, report)).isZero();
            assertThat(new WorkspaceQueries(w).counts()[0]).isEqualTo(report.articles().size());
            assertThat(new WorkspaceQueries(w).counts()[1]).isEqualTo(report.stories().size());
        }
    }
}
