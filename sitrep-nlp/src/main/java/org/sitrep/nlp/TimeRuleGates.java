package org.sitrep.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.RequiredNodeGate;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import java.lang.reflect.Field;

/**
 * Gates SUTime's token rules inside a {@link NumberSequenceClassifier} on the nodes each rule's
 * pattern requires ({@link RequiredNodeGate}): a rule whose required word, tag or number shape occurs
 * nowhere in a window is not tried at every token of it. The time expressions found are the same.
 *
 * <p>SUTime's extractor is private to the classifier (and its rules to the extractor), so it is
 * reached by reflection; with a CoreNLP whose fields differ, {@link #install} fails loudly rather than
 * running silently ungated. Call once, right after the classifier is built.
 */
final class TimeRuleGates {

    private TimeRuleGates() {
    }

    /** Gates the SUTime rules of {@code classifier} and returns how many rules were gated (0 without SUTime). */
    static int install(NumberSequenceClassifier classifier) {
        Object timex = field(NumberSequenceClassifier.class, "timexExtractor", classifier);
        if (timex == null) {
            return 0;
        }
        if (!(timex instanceof TimeExpressionExtractorImpl)) {
            throw new IllegalStateException("unexpected SUTime extractor " + timex.getClass().getName());
        }
        Object rules = field(TimeExpressionExtractorImpl.class, "expressionExtractor", timex);
        return RequiredNodeGate.install((CoreMapExpressionExtractor<?>) rules);
    }

    private static Object field(Class<?> owner, String name, Object of) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(of);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach " + owner.getSimpleName() + "." + name
                    + " in this CoreNLP version", e);
        }
    }
}
