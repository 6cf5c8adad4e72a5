package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Embedding;

class MiniLmEmbedderTest {

    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    @Test
    void placesParaphrasesCloserThanUnrelatedSentences() {
        List<Embedding> e = EMBEDDER.embedAll(List.of(
                "Turkish and Russian officials held talks in Moscow on Monday.",
                "Officials from Ankara and Moscow met for negotiations in the Russian capital.",
                "The football team won the cup final on penalties."));
        assertThat(e.get(0).dimension()).isEqualTo(EMBEDDER.dimension());
        assertThat(e.get(0).cosine(e.get(1))).isGreaterThan(e.get(0).cosine(e.get(2)) + 0.2);
    }

    @Test
    void givesTheSameEmbeddingOneAtATimeAndInABatch() {
        String s = "A passenger ferry capsized off Mindoro.";
        assertThat(EMBEDDER.embed(s).cosine(EMBEDDER.embedAll(List.of(s, "other")).get(0))).isGreaterThan(0.999);
    }

    @Test
    void acceptsEmptyAndVeryLongTexts() {
        assertThat(EMBEDDER.embed("").dimension()).isEqualTo(384);
        assertThat(EMBEDDER.embed("word ".repeat(5000)).dimension()).isEqualTo(384);
    }

    @Test
    void givesNothingForTextsWithoutWordsInsteadOfFailing() {
        List<String> odd = List.of("\u00a0\u200b\u00a0", "\u0001\u0002\u0003", "\u2605 \u2014 \u2605",
                "\ufeff", "Real words here.");
        List<Embedding> batch = EMBEDDER.embedAll(odd);
        assertThat(batch).hasSize(5);
        for (int i = 0; i < 4; i++) {
            assertThat(EMBEDDER.embed(odd.get(i)).dimension()).isEqualTo(384);
            assertThat(batch.get(i).cosine(batch.get(4))).isEqualTo(0.0);
        }
        assertThat(batch.get(4).cosine(EMBEDDER.embed("Real words here."))).isGreaterThan(0.999);
    }

    @Test
    void givesTheSameVectorToATextAloneAsInABatchOnOneThread() {
        // the clusterer embeds a batch's leads one by one across threads (LeadEmbeddings) and must get
        // the very vectors a batch call would give
        MiniLmEmbedder single = MiniLmEmbedder.singleThreaded();
        List<String> texts = List.of("Rescuers searched the rubble in Kestrel Bay through the night.",
                "word ".repeat(600), "Talks resumed.", "");
        List<Embedding> batch = single.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(single.embed(texts.get(i)).values()).as("text %d", i).containsExactly(batch.get(i).values());
        }
    }

    @Test
    void givesTheSameVectorsOnOneThreadAsWithEveryCore() {
        MiniLmEmbedder single = MiniLmEmbedder.singleThreaded();
        List<String> texts = List.of("Rescuers searched the rubble in Kestrel Bay through the night.",
                "The central bank raised its main rate by half a point on Thursday, the third rise this year.",
                "word ".repeat(600), "", "Talks resumed.");
        List<Embedding> many = EMBEDDER.embedAll(texts);
        List<Embedding> one = single.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(one.get(i).values()).as("text %d in a batch", i).containsExactly(many.get(i).values());
            assertThat(single.embed(texts.get(i)).values()).as("text %d alone", i)
                    .containsExactly(EMBEDDER.embed(texts.get(i)).values());
        }
    }
}
