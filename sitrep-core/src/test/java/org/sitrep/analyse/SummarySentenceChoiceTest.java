package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.cluster.Story;
import org.sitrep.model.DateRange;
import org.sitrep.text.Embedding;

class SummarySentenceChoiceTest {

    private static final DateRange TUESDAY = DateRange.day(LocalDate.of(2024, 5, 14));

    private final AnnotatedArticle one = article("c-1",
            "The northern dam on the Lira river failed on Tuesday and flooded the valley below it. "
                    + "He said the dam had failed on Tuesday and flooded the valley below it. "
                    + "Engineers had warned about cracks in the northern dam wall for two years.")
            .published("2024-05-15").time("on Tuesday", TUESDAY).build();
    private final AnnotatedArticle two = article("c-2",
            "The northern dam on the Lira river broke on Tuesday and flooded the valley below. "
                    + "Farmers in the valley lost their spring crops to the water.")
            .published("2024-05-15").time("on Tuesday", TUESDAY).build();

    @Test
    void leavesOutSentencesThatOpenWithAPronoun() {
        StoryAnalysis a = new Summarizer(SummaryConfig.defaults()).apply(StoryAnalysis.of(Story.of(List.of(one, two))));
        assertThat(a.summary()).isNotEmpty().noneMatch(s -> s.text().startsWith("He "));
    }

    @Test
    void timelineKeepsOneLinePerFactOnADate() {
        StoryAnalysis a = new TimelineBuilder(TimelineConfig.defaults()).apply(StoryAnalysis.of(Story.of(List.of(one, two))));
        List<TimelineEntry> tuesday = a.timeline().stream().filter(t -> t.date().equals(TUESDAY)).toList();
        // three dated sentences say the dam failed on Tuesday: one entry, citing both articles
        assertThat(tuesday).hasSize(1);
        assertThat(tuesday.get(0).citations()).extracting(c -> c.article().value()).contains("c-1", "c-2");
        assertThat(a.timeline()).noneMatch(t -> t.text().startsWith("He "));
    }

    @Test
    void cachedEmbedderEmbedsEachTextOnceAndKeepsOrder() {
        AtomicInteger embedded = new AtomicInteger();
        SentenceEmbedder letters = new SentenceEmbedder() {
            @Override
            public int dimension() {
                return 26;
            }

            @Override
            public Embedding embed(String text) {
                embedded.incrementAndGet();
                float[] v = new float[26];
                for (char ch : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                    if (ch >= 'a' && ch <= 'z') {
                        v[ch - 'a']++;
                    }
                }
                return Embedding.of(v);
            }
        };
        CachedEmbedder cached = new CachedEmbedder(letters, 2);
        List<Embedding> first = cached.embedAll(List.of("abc", "xyz", "abc"));
        assertThat(embedded.get()).isEqualTo(2);
        assertThat(first.get(0)).isEqualTo(first.get(2)).isNotEqualTo(first.get(1));
        cached.embedAll(List.of("xyz", "abc"));
        assertThat(embedded.get()).isEqualTo(2);
        cached.embed("new");
        cached.embed("abc");
        cached.embed("xyz");
        // capacity 2: the least recently used text was forgotten and embedded again
        assertThat(embedded.get()).isGreaterThan(3);
        List<Embedding> many = new ArrayList<>(cached.embedAll(List.of("q", "r", "s")));
        assertThat(many).hasSize(3).doesNotContainNull();
    }
}
