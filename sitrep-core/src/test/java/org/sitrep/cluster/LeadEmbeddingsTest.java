package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.SentenceEmbedder;
import org.sitrep.text.Embedding;

class LeadEmbeddingsTest {

    /** A vector from the text's length and first letter; records every text it is asked for. */
    private static final class CountingModel implements SentenceEmbedder {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public Embedding embed(String text) {
            seen.add(text);
            return Embedding.of(new float[] {text.length(), text.isEmpty() ? 0 : text.charAt(0)});
        }
    }

    @Test
    void servesEveryTextTheVectorTheModelGivesItInOrder() {
        CountingModel model = new CountingModel();
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> "lead number " + i).toList();
        LeadEmbeddings leads = LeadEmbeddings.of(model, texts);
        List<Embedding> served = leads.embedAll(texts);
        CountingModel fresh = new CountingModel();
        assertThat(served).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(served.get(i).values()).containsExactly(fresh.embed(texts.get(i)).values());
        }
        // all computed up front, none again when served
        assertThat(model.seen).hasSize(texts.size());
    }

    @Test
    void embedsARepeatedLeadOnce() {
        CountingModel model = new CountingModel();
        LeadEmbeddings leads = LeadEmbeddings.of(model, List.of("same lead", "other lead", "same lead", ""));
        assertThat(leads.size()).isEqualTo(3);
        assertThat(model.seen).hasSize(3);
        assertThat(leads.embed("same lead").values()).containsExactly(new CountingModel().embed("same lead").values());
    }

    @Test
    void aTextNotSeenBeforeGoesToTheModel() {
        CountingModel model = new CountingModel();
        LeadEmbeddings leads = LeadEmbeddings.of(model, List.of("known"));
        assertThat(leads.embed("unknown").values()).containsExactly(new CountingModel().embed("unknown").values());
        assertThat(model.seen).containsExactly("known", "unknown");
        assertThat(leads.dimension()).isEqualTo(2);
    }
}
