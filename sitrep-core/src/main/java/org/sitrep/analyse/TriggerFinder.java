package org.sitrep.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.annotate.Token;

/**
 * Where a sentence's tokens start an event trigger of {@link EventLexicon}: a word or phrase whose
 * first word, as written or as its lemma, is a trigger's base form or one of its inflections, with the
 * phrase's later words within the trigger's gap. Used by {@link EventExtractor}; pure and thread-safe.
 */
final class TriggerFinder {

    /** Phrasal verbs whose first word is a trigger but which report no event ("sign up" for a newsletter). */
    private static final Set<String> PHRASAL_NOT_EVENTS = Set.of("sign up", "signs up", "signed up", "host up",
            "offer up", "mass up");
    private static final Set<String> PARTICLE_OFF = Set.of("up");

    /** The trigger starting at token {@code i}, longest phrase first; null when none. */
    static EventTrigger triggerAt(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && PARTICLE_OFF.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
                && PHRASAL_NOT_EVENTS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT) + " "
                        + tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token first = tokens.get(i);
        // most tokens start no trigger: one set lookup instead of trying each trigger's inflections
        if (!FIRST_WORD_FORMS.contains(first.lemma().toLowerCase(Locale.ROOT))
                && !FIRST_WORD_FORMS.contains(first.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (EventTrigger trigger : EventLexicon.TRIGGERS) {
            if (!matches(tokens.get(i), trigger.words().get(0))) {
                continue;
            }
            if (!trigger.nounToo() && !tokens.get(i).pos().isEmpty() && !tokens.get(i).isVerb()) {
                continue;
            }
            int at = i;
            boolean all = true;
            for (int w = 1; w < trigger.words().size() && all; w++) {
                all = false;
                for (int k = at + 1; k <= Math.min(tokens.size() - 1, at + 1 + trigger.gap()); k++) {
                    if (matches(tokens.get(k), trigger.words().get(w))) {
                        at = k;
                        all = true;
                        break;
                    }
                }
            }
            if (all) {
                return trigger;
            }
        }
        return null;
    }

    private static final Map<String, Set<String>> FORMS = new ConcurrentHashMap<>();
    /** Every base form and inflection that can start a trigger. */
    private static final Set<String> FIRST_WORD_FORMS = firstWordForms();

    private static Set<String> firstWordForms() {
        Set<String> forms = new HashSet<>();
        for (EventTrigger t : EventLexicon.TRIGGERS) {
            String base = t.words().get(0);
            forms.add(base);
            forms.addAll(Inflections.of(base));
        }
        return Set.copyOf(forms);
    }

    private static boolean matches(Token t, String base) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals(base)) {
            return true;
        }
        return FORMS.computeIfAbsent(base, Inflections::of).contains(t.word().toLowerCase(Locale.ROOT));
    }


    private TriggerFinder() {
    }
}
