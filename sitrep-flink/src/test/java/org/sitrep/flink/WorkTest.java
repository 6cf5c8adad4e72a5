package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.cluster.Story;
import org.sitrep.fixtures.ArticleFixture;

class WorkTest {

    private static Story story(String id, String text) {
        return Story.of(List.of(ArticleFixture.article(id, text).build()));
    }

    @Test
    void estimatesAStoryByItsArticlesTextAndPutsTheCostliestFirst() {
        Story shortOne = story("a", "Rain fell.");
        Story longOne = story("b", "Floods closed the coastal road for a week after the storm broke the dam.");
        Story two = Story.of(List.of(ArticleFixture.article("c", "Short note.").build(),
                ArticleFixture.article("d", "A second, somewhat longer report of the same flood.").build()));

        assertThat(Work.ofStory(two)).isEqualTo("Short note.".length()
                + "A second, somewhat longer report of the same flood.".length());
        List<Story> input = List.of(shortOne, two, longOne);
        assertThat(Work.costliestFirst(input)).containsExactly(longOne, two, shortOne);
        assertThat(input).containsExactly(shortOne, two, longOne);
    }
}
