package org.sitrep.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.extract.Article;

/**
 * How much work a record is for the stage it goes to, estimated from its characters of text: what
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

    /**
     * How many times a character of a story of several articles costs the analysers what one of a
     * single-article story does. With several sources the summary, headline and timeline compare the
     * pooled sentences by meaning, embedding each (some 3 ms a sentence); a one-article story is compared
     * by its words only. Measured on the 205 articles of the Flink benchmark, after warm-up, each story
     * analysed alone: 22 ms of CPU per 1,000 characters for the 10 stories of several articles, 1.0 ms
     * for the 171 of one (BENCHMARKS.md, "flinkbench"). Counting characters alone dealt a long
     * one-article story as if it were a costly one, and the analysis instances ended a third apart.
     */
    static final long SEVERAL_ARTICLES_WEIGHT = 20;

    /**
     * A story's work for analysis: its articles' text, weighted by {@link #SEVERAL_ARTICLES_WEIGHT}
     * when it has more than one article.
     */
    static long ofStory(Story story) {
        long chars = 0;
        for (AnnotatedArticle a : story.articles()) {
            chars += of(a.article());
        }
        return story.articles().size() > 1 ? chars * SEVERAL_ARTICLES_WEIGHT : chars;
    }

    /** The stories, costliest first (a new list). */
    static List<Story> costliestFirst(List<Story> stories) {
        List<Story> sorted = new ArrayList<>(stories);
        sorted.sort(Comparator.comparingLong(Work::ofStory).reversed());
        return sorted;
    }
}
