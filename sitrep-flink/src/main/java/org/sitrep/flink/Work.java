package org.sitrep.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;

/**
 * How much work a record is for the stage it goes to, estimated by characters of text: what
 * {@link LeastLoadedPartitioner} balances, and the order stories leave clustering in when many go at
 * once (costliest first, so that the analysis instances end close together rather than one waiting on
 * a big story dealt last).
 */
final class Work {

    private Work() {
    }

    /** An article's work for annotation: its text's length. */
    static long of(Article article) {
        return article.text().length();
    }

    /** A story's work for analysis: its articles' text. */
    static long ofStory(Story story) {
        long chars = 0;
        for (AnnotatedArticle a : story.articles()) {
            chars += of(a.article());
        }
        return chars;
    }

    /** The stories, costliest first (a new list). */
    static List<Story> costliestFirst(List<Story> stories) {
        List<Story> sorted = new ArrayList<>(stories);
        sorted.sort(Comparator.comparingLong(Work::ofStory).reversed());
        return sorted;
    }
}
