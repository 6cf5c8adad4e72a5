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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "He said the plant was safe.|true",
            "The first, last September, ended 40 seconds after lift-off.|true",
            "The second failed within a minute.|true",
            "The latter denied it.|true",
            "The first launch from Norway took place on Thursday.|false",
            "The rest of the crew was rescued.|false",
            "Thereafter the agency acted.|false"})
    void tellsSentencesThatPointBackFromOnesThatStandAlone(String sentence, boolean dangles) {
        org.assertj.core.api.Assertions.assertThat(SentenceTrimmer.dangles(sentence)).isEqualTo(dangles);
    }
}
