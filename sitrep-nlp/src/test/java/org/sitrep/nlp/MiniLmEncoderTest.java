package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {

    /** langchain4j's own model: the reference whose vectors the single-thread embedder must give. */
    private static final EmbeddingModel LANGCHAIN4J = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private static final SingleThreadMiniLm SINGLE = new SingleThreadMiniLm();

    @Test
    void givesLangchain4jsVectorsBitForBitOnAwkwardTexts() {
        // accents the tokenizer strips, scripts split per character, emoji and symbols it has no piece
        // for, literal special tokens, contractions, typographic quotes and currency, a text cut at 128 pieces
        List<String> texts = List.of("Talks in Ankara ended without a deal, Önal said on Tuesday.",
                "Straße, İstanbul and Café\u0301 au lait", "北京 and 東京 signed the accord", "Smile \ud83d\ude00 now \u2605",
                "He typed [UNK] and [SEP] twice.", "isn't it, ain't it? can't won't", "##ing and ## signs",
                "$1.5bn (\u00a31.2bn) \u2013 3% \u2018quoted\u2019 \u201cdouble\u201d",
                "Ｆｕｌｌｗｉｄｔｈ letters and the \ufb01nal ligature", "word ".repeat(600), "Talks resumed.");
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        var expected = LANGCHAIN4J.embedAll(segments).content();
        var actual = SINGLE.embedAll(segments).content();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(actual.get(i).vector()).as("text %d", i).containsExactly(expected.get(i).vector());
        }
    }

    @Test
    void failsLikeLangchain4jOnATextWithoutWordPieces() {
        assertThatThrownBy(() -> SINGLE.embed("\u0001\u0002")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> LANGCHAIN4J.embed("\u0001\u0002")).isInstanceOf(RuntimeException.class);
    }
}
