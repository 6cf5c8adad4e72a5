package org.sitrep.app;

import java.nio.file.Path;
import org.sitrep.report.RunStats;

/**
 * The last line a command prints on stderr, saying what the run did and where the output went, e.g.
 * {@code sitrep: 5 articles from 5 documents, 2 stories, 0 inputs failed, 0 warnings -> out/report.{json,md,html}}.
 * Stateless.
 */
final class ClosingLine {

    private ClosingLine() {
    }

    static String report(RunStats s, Path dir) {
        return "sitrep: " + count(s.articles(), "article", "articles") + " from "
                + count(s.documents(), "document", "documents") + ", " + count(s.stories(), "story", "stories")
                + ", " + count(s.failed(), "input", "inputs") + " failed, "
                + count(s.warnings(), "warning", "warnings") + " -> " + dir.resolve("report.{json,md,html}");
    }

    static String ingest(org.sitrep.store.IngestResult r, int failed, int warnings, Path file) {
        return "sitrep: " + count(r.read(), "article", "articles") + " read, " + r.added() + " added, "
                + r.alreadyPresent() + " already in the workspace, " + count(r.storiesChanged(), "story", "stories")
                + " updated (" + r.storiesStarted() + " new), " + count(failed, "input", "inputs") + " failed, "
                + count(warnings, "warning", "warnings") + " -> " + file + " (" + count(r.totalArticles(), "article",
                "articles") + ", " + count(r.totalStories(), "story", "stories") + ")";
    }

    static String extract(int articles, int failed, int warnings, String target) {
        return "sitrep: " + count(articles, "article", "articles") + ", " + count(failed, "input", "inputs")
                + " failed, " + count(warnings, "warning", "warnings") + " -> " + target;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
