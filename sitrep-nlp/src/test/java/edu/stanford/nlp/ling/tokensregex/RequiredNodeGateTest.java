package edu.stanford.nlp.ling.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gated token rules ({@link RequiredNodeGate}) find exactly the matches CoreNLP's own rules find, on
 * random sentences of a few words dense with matches: adjacent and overlapping candidates ("a a a"),
 * candidates whose match fails before one that succeeds ("the big cat the dog"), optional and branching
 * starts, starts followed by a node, a repetition or the pattern's end (where the element after a
 * candidate is tested too or not), repeated runs, a rule anchored at the sequence start, and a rule
 * searching with {@code FIND_ALL}. No model is loaded, so many sentences are cheap.
 */
class RequiredNodeGateTest {

    private static final long SEED = 20261123L;
    private static final String[] WORDS = {"a", "a", "the", "big", "dog", "cat", "3", "12", "years", "year",
        "ago", "x", "y", "z", "b", "of", "day"};
    private static final String RULES = String.join("\n",
            "{ ruleType: \"tokens\", pattern: ( /a/ /a/ ), result: \"PAIR\" }",
            "{ ruleType: \"tokens\", pattern: ( /the/ /big/? /dog/ ), result: \"DOG\" }",
            "{ ruleType: \"tokens\", pattern: ( [{word:/[0-9]+/}] /years?/ /ago/? ), result: \"SPAN\" }",
            "{ ruleType: \"tokens\", pattern: ( /x/ | /y/ /z/ ), result: \"XYZ\" }",
            "{ ruleType: \"tokens\", pattern: ( /b/ /of/ []{0,2} /dog|cat/ ), result: \"OF\" }",
            "{ ruleType: \"tokens\", pattern: ( /z/+ /a/ ), result: \"RUN\" }",
            "{ ruleType: \"tokens\", pattern: ( ^ /the/ ), result: \"OPENING\" }",
            "{ ruleType: \"tokens\", pattern: ( /the/? /day/ /of/ [{word:/[0-9]+/}] ), result: \"DAY\" }",
            "{ ruleType: \"tokens\", pattern: ( /a/ /big/* /dog/ ), result: \"BIG\" }",
            "{ ruleType: \"tokens\", pattern: ( /x/ /y/? ), result: \"XY\" }",
            "{ ruleType: \"tokens\", pattern: ( /a/ /a|b/ ), result: \"ALL\", matchFindType: \"FIND_ALL\" }");

    @Test
    void gatedRulesFindWhatCoreNlpsRulesFind() throws Exception {
        CoreMapExpressionExtractor<MatchedExpression> plain = extractor();
        CoreMapExpressionExtractor<MatchedExpression> gated = extractor();
        // every rule: the repeated run by its required "a", the others by their start nodes too
        assertThat(RequiredNodeGate.install(gated)).isEqualTo(11);
        Random random = new Random(SEED);
        int matches = 0;
        for (int s = 0; s < 1000; s++) {
            List<String> words = new ArrayList<>();
            for (int k = random.nextInt(24); k > 0; k--) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            List<String> expected = found(plain, words);
            assertThat(found(gated, words)).as("matches in %s", words).isEqualTo(expected);
            matches += expected.size();
        }
        // the sentences must exercise the rules: more than one match each on average
        assertThat(matches).isGreaterThan(1200);
    }

    private static CoreMapExpressionExtractor<MatchedExpression> extractor() throws Exception {
        @SuppressWarnings("unchecked")
        CoreMapExpressionExtractor<MatchedExpression> out =
                CoreMapExpressionExtractor.createExtractorFromString(TokenSequencePattern.getNewEnv(), RULES);
        return out;
    }

    /** Each match as its token span and value, in the order the extractor gives them. */
    private static List<String> found(CoreMapExpressionExtractor<MatchedExpression> extractor, List<String> words) {
        List<String> out = new ArrayList<>();
        for (MatchedExpression e : extractor.extractExpressions(sentence(words))) {
            out.add(e.getTokenOffsets() + " " + e.getValue());
        }
        return out;
    }

    private static CoreMap sentence(List<String> words) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : words) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            t.set(CoreAnnotations.TextAnnotation.class, w);
            t.setBeginPosition(offset);
            t.setEndPosition(offset + w.length());
            tokens.add(t);
            offset += w.length() + 1;
        }
        Annotation sentence = new Annotation(String.join(" ", words));
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }
}
