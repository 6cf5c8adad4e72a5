package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.analyse.NounAnimacy;
import org.sitrep.analyse.NounAnimacy.Animacy;

class CoreNlpNounAnimacyTest {

    private final NounAnimacy animacy = CoreNlpNounAnimacy.standard();

    @Test
    void tellsCountedPeopleFromCountedThings() {
        assertThat(animacy.of("hostages")).isEqualTo(Animacy.ANIMATE);
        assertThat(animacy.of("detainee")).isEqualTo(Animacy.ANIMATE);
        assertThat(animacy.of("Satellites")).isEqualTo(Animacy.INANIMATE);
        assertThat(animacy.of("vehicle")).isEqualTo(Animacy.INANIMATE);
        assertThat(animacy.of("zzxq")).isEqualTo(Animacy.UNKNOWN);
    }

    @Test
    void readsTheCommonNounNotTheNameThatIsSpelledLikeIt() {
        // "Bill" is on the animate list as a name; the lower-case bill is a thing
        assertThat(animacy.of("bill")).isEqualTo(Animacy.INANIMATE);
    }

    @Test
    void namesTheMissingResource() {
        assertThatThrownBy(() -> CoreNlpNounAnimacy.commonNouns("edu/stanford/nlp/models/no-such-list.txt"))
                .hasMessageContaining("no-such-list.txt");
    }
}
