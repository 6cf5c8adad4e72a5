package org.sitrep.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    private final PorterStemmer nltk = new PorterStemmer(PorterStemmer.Mode.NLTK);
    private final PorterStemmer original = new PorterStemmer(PorterStemmer.Mode.ORIGINAL);

    /** Words through every step of the published algorithm, where both modes agree. */
    @ParameterizedTest
    @CsvSource({
        "caresses, caress", "ponies, poni", "cats, cat", "feed, feed", "agreed, agre", "plastered, plaster",
        "bled, bled", "motoring, motor", "sing, sing", "conflated, conflat", "troubled, troubl", "sized, size",
        "hopping, hop", "tanned, tan", "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail",
        "filing, file", "happy, happi", "relational, relat", "conditional, condit", "rational, ration",
        "digitizer, digit", "vietnamization, vietnam", "predication, predic", "operator, oper",
        "feudalism, feudal", "decisiveness, decis", "hopefulness, hope", "callousness, callous",
        "triplicate, triplic", "formative, form", "formalize, formal", "electrical, electr", "hopeful, hope",
        "goodness, good", "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin",
        "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
        "adjustment, adjust", "dependent, depend", "adoption, adopt", "communism, commun", "activate, activ",
        "homologous, homolog", "effective, effect", "bowdlerize, bowdler", "probate, probat", "rate, rate",
        "cease, ceas", "controll, control", "roll, roll", "generalizations, gener", "oscillators, oscil",
        "flies, fli", "spied, spi", "usually, usual", "finally, final"})
    void stemsAsThePublishedAlgorithmInBothModes(String word, String stem) {
        assertThat(original.stem(word)).isEqualTo(stem);
        assertThat(nltk.stem(word)).isEqualTo(stem);
    }

    /** Where NLTK's default mode, which rouge-score uses, departs from the 1980 algorithm. */
    @ParameterizedTest
    @CsvSource({
        "ties, tie, ti", "died, die, di", "dies, die, di", "dying, die, dy", "skies, sky, ski", "news, news, new",
        "proceed, proceed, proce", "enjoy, enjoy, enjoi", "say, say, sai", "cry, cri, cry",
        "geology, geolog, geologi", "hopefully, hope, hopefulli"})
    void nltkModeDiffersFromTheOriginalWhereDocumented(String word, String nltkStem, String originalStem) {
        assertThat(nltk.stem(word)).isEqualTo(nltkStem);
        assertThat(original.stem(word)).isEqualTo(originalStem);
    }

    @ParameterizedTest
    @CsvSource({"tr, 0", "tree, 0", "by, 0", "trouble, 1", "oats, 1", "trees, 1", "ivy, 1", "troubles, 2",
        "private, 2", "oaten, 2", "orrery, 2"})
    void measuresVowelConsonantSequencesAsPorterDefines(String stem, int m) {
        // Porter's own examples: m=0 tr, ee, tree, y, by; m=1 trouble, oats, trees, ivy; m=2 troubles, private, oaten, orrery
        assertThat(PorterStemmer.measure(stem)).isEqualTo(m);
    }

    @ParameterizedTest
    @CsvSource({"a", "is", "by"})
    void leavesShortWordsAloneInNltkMode(String word) {
        assertThat(nltk.stem(word)).isEqualTo(word);
    }
}
