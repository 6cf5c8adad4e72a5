package org.sitrep.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.model.ArticleId;
import org.sitrep.report.Report;

/**
 * Stores a finished {@link Report} in a workspace as it is, without clustering or analysing again:
 * its articles (those the workspace lacks) and its stories (replacing stored stories with the same
 * id), all in one transaction. For turning a batch run into a workspace, and for tests that need a
 * workspace with exactly known content. Stateless.
 */
public final class ReportImporter {

    private ReportImporter() {
    }

    /** Stores {@code report} in {@code workspace}; returns how many articles were new. */
    public static int store(Workspace workspace, Report report) {
        String now = Instant.now().toString();
        return workspace.write(c -> {
            Set<ArticleId> ids = report.articles().stream().map(AnnotatedArticle::id).collect(Collectors.toSet());
            Set<ArticleId> known = new HashSet<>(ArticleRows.known(c, ids));
            long seq;
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT coalesce(max(ingest_seq), 0) + 1 FROM articles")) {
                r.next();
                seq = r.getLong(1);
            }
            int added = 0;
            for (AnnotatedArticle a : report.articles()) {
                if (known.add(a.id())) {
                    ArticleRows.insert(c, a, seq++, now);
                    added++;
                }
            }
            for (StoryAnalysis s : report.stories()) {
                AnalysisRows.replace(c, s, seq - 1, now);
            }
            return added;
        });
    }
}
