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
        Story longOne = story("b", "Floods closed the coastal road for a week after the storm broke the dam. "
                + "Crews worked through the night to clear the mud from the lower town and its bridge.");
        Story two = Story.of(List.of(ArticleFixture.article("c", "Short note.").build(),
                ArticleFixture.article("d", "A second, somewhat longer report of the same flood.").build()));

        // two articles: compared by meaning, so each character weighs more than one of a single article
        assertThat(Work.ofStory(two)).isEqualTo(Work.SEVERAL_ARTICLES_WEIGHT * ("Short note.".length()
                + "A second, somewhat longer report of the same flood.".length()));
        assertThat(Work.ofStory(longOne)).isEqualTo(longOne.articles().get(0).text().length());
        List<Story> input = List.of(shortOne, longOne, two);
        assertThat(Work.costliestFirst(input)).containsExactly(two, longOne, shortOne);
        assertThat(input).containsExactly(shortOne, longOne, two);
    }
}
