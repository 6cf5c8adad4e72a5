package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceTrimmerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISTANBUL—Turkey’s president met Putin.|Turkey’s president met Putin.",
        "(Bloomberg) -- A delegation will hold talks.|A delegation will hold talks.",
        "LONDON (Reuters) - Prices rose.|Prices rose.",
        "ALMONASTER DEL TAJO, Spain, March 17 (Peninsula Wire) -- Two explosions tore through a plant.|Two explosions tore through a plant.",
        "US-backed forces advanced.|US-backed forces advanced.",
        "NATO allies met in Brussels.|NATO allies met in Brussels.",
        "A  delegation\t arrived.|A delegation arrived.",
    })
    void dropsDatelinesAndNothingElse(String in, String expected) {
        assertThat(SentenceTrimmer.trim(in)).isEqualTo(expected);
    }
}
