package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseTest {

    /** The tense around the first token tagged DATE in {@code tagged}. */
    private static Tense tenseAroundDate(String tagged) {
        List<Token> tokens = AnnotatedArticleFixture.tagged(tagged, null).tokens();
        int from = 0;
        while (!tokens.get(from).ner().equals("DATE")) {
            from++;
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).ner().equals("DATE")) {
            to++;
        }
        return Tense.around(tokens, from, to);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Turkey/NNP will/MD send/VB a/DT delegation/NN to/TO Russia/NNP on/IN Monday/NNP/DATE ./.|FUTURE",
            "A/DT delegation/NN will/MD hold/VB talks/NNS in/IN Russia/NNP on/IN Tuesday/NNP/DATE ./.|FUTURE",
            "he/PRP said/VBD on/IN Saturday/NNP/DATE at/IN the/DT conference/NN|PAST",
            "On/IN Wednesday/NNP/DATE ,/, Mr/NNP Erdogan/NNP threatened/VBD to/TO act/VB|PAST",
            "Talks/NNS are/VBP due/JJ to/TO resume/VB on/IN Monday/NNP/DATE|FUTURE",
            "Turkey/NNP plans/VBZ to/TO hold/VB talks/NNS on/IN Monday/NNP/DATE|FUTURE",
            "Erdogan/NNP has/VBZ said/VBN on/IN Monday/NNP/DATE that/IN|PAST",
            "Ankara/NNP did/VBD not/RB manage/VB to/TO reach/VB an/DT accord/NN at/IN the/DT/DATE weekend/NN/DATE|PAST",
            "Assad/NNP forces/NNS on/IN Monday/NNP/DATE captured/VBD dozens/NNS|PAST",
            "Talks/NNS on/IN Monday/NNP/DATE|PRESENT",
            "Turkey/NNP says/VBZ it/PRP acted/VBD on/IN Monday/NNP/DATE|PAST",
            "Turkey/NNP says/VBZ on/IN Monday/NNP/DATE|PRESENT",
            "They/PRP are/VBP going/VBG to/TO meet/VB on/IN Friday/NNP/DATE|FUTURE",
            "Officials/NNS who/WP met/VBD “/`` will/MD act/VB ”/'' on/IN Friday/NNP/DATE|PRESENT"})
    void isReadFromTheNearestVerbGroup(String tagged, Tense expected) {
        assertThat(tenseAroundDate(tagged)).isEqualTo(expected);
    }
}
