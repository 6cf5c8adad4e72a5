package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts cheap preconditions in front of each token-sequence rule of a {@link CoreMapExpressionExtractor}.
 * A rule runs on a sequence only if every node its pattern cannot match without (the nodes on the
 * pattern's unbranched, non-optional stretch from its start, as {@link SequencePattern#findNodePatterns}
 * finds them) matches some element of the sequence; and a match is tried only at the elements where
 * it can start ({@link AtStartCandidates}: one of the nodes a match can start with matches there, and
 * where known, one of the nodes that can follow it matches the next element), so the rule does not
 * run where there is none. A match cannot start anywhere else, so the matches are the same; CoreNLP's
 * matcher would build a fresh matcher state at every position of the sequence to find that out, and
 * those states (hash maps and a branch index each) were a third of all the memory annotation allocated.
 *
 * <p>The nodes are taken from each rule's compiled pattern when the gate is installed, and
 * tested with the node patterns' own {@code match}, so there is no list of words to keep in step with
 * the rules. Rules that are not token-sequence rules (text rules, filters) are left as they are.
 *
 * <p>Why in CoreNLP's package: the stages of an extractor, their rule lists and the parts of a rule
 * (its pattern, the annotation its tokens come from) are package-private. The stage map and the
 * node of a pattern's one-element state are private and read by reflection. Install once, before the extractor is used; afterwards the gated
 * rules are as thread-safe as the rules they wrap (they keep no state of their own).
 */
public final class RequiredNodeGate {

    private RequiredNodeGate() {
    }

    /**
     * Gates every token-sequence rule of {@code extractor} in place and returns how many rules were
     * gated (a rule with no required node and no known start nodes, such as one starting with a
     * repetition or a conjunction, is not counted and runs as before).
     */
    public static int install(CoreMapExpressionExtractor<?> extractor) {
        int gated = 0;
        for (CoreMapExpressionExtractor.Stage<?> stage : stagesOf(extractor)) {
            gated += gateAll(stage.basicExtractRule);
            gated += gateAll(stage.compositeExtractRule);
        }
        return gated;
    }

    private static Collection<? extends CoreMapExpressionExtractor.Stage<?>> stagesOf(
            CoreMapExpressionExtractor<?> extractor) {
        try {
            Field f = CoreMapExpressionExtractor.class.getDeclaredField("stages");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, CoreMapExpressionExtractor.Stage<?>> stages =
                    (Map<Integer, CoreMapExpressionExtractor.Stage<?>>) f.get(extractor);
            return stages.values();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's expression extractor has no stage map", e);
        }
    }

    private static int gateAll(SequenceMatchRules.ExtractRule<?, ?> rule) {
        if (rule instanceof SequenceMatchRules.ListExtractRule<?, ?> list) {
            int gated = 0;
            for (SequenceMatchRules.ExtractRule<?, ?> r : list.rules) {
                gated += gateAll(r);
            }
            return gated;
        }
        if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> annotationRule) {
            return gate(annotationRule) ? 1 : 0;
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean gate(SequenceMatchRules.AnnotationExtractRule rule) {
        SequenceMatchRules.ExtractRule inner = rule.extractRule;
        SequenceMatchRules.CoreMapExtractRule<?, ?> onCoreMap = null;
        if (inner instanceof SequenceMatchRules.CoreMapExtractRule<?, ?> c) {
            onCoreMap = c;
            inner = c.extractRule;
        }
        if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule<?, ?> sequenceRule)) {
            return false;
        }
        SequencePattern<CoreMap> pattern = (SequencePattern<CoreMap>) sequenceRule.pattern;
        List<NodePattern<CoreMap>> required = requiredNodes(pattern);
        List<AtStartCandidates.Start> starts = AtStartCandidates.startsOf(pattern);
        if (required.isEmpty() && starts == null) {
            return false;
        }
        SequenceMatchRules.ExtractRule gated = rule.extractRule;
        if (starts != null && starts.size() == 1) {
            // the search for start candidates already needs this node somewhere: test it once
            required.removeIf(node -> node == starts.get(0).node());
        }
        if (starts != null) {
            SequenceMatchRules.ExtractRule atStartCandidates = new AtStartCandidates(sequenceRule, starts);
            gated = onCoreMap == null ? atStartCandidates
                    : new SequenceMatchRules.CoreMapExtractRule(onCoreMap.env, onCoreMap.annotationField, atStartCandidates);
        }
        if (!required.isEmpty()) {
            gated = new Gated(gated, onCoreMap == null ? null : onCoreMap.annotationField, required);
        }
        rule.extractRule = gated;
        return true;
    }

    /** States that consume no element, by class name: CoreNLP declares several of them private. */
    private static final Set<String> CONSUMING_NOTHING = Set.of("State", "GroupStartState", "GroupEndState",
            "SeqStartState", "ValueState");

    static boolean consumesNothing(SequencePattern.State state) {
        Class<?> kind = state.getClass();
        return kind.getEnclosingClass() == SequencePattern.class && CONSUMING_NOTHING.contains(kind.getSimpleName())
                || kind == SequencePattern.State.class;
    }

    /** The node pattern of a state that matches one element with it ({@code NodePatternState}), else null. */
    @SuppressWarnings("unchecked")
    static NodePattern<CoreMap> nodeOf(SequencePattern.State state) {
        Class<?> kind = state.getClass();
        if (kind.getEnclosingClass() != SequencePattern.class || !kind.getSimpleName().equals("NodePatternState")) {
            return null;
        }
        try {
            Field f = kind.getDeclaredField("pattern");
            f.setAccessible(true);
            return (NodePattern<CoreMap>) f.get(state);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's node states have no pattern field", e);
        }
    }

    /** The node patterns on the pattern's unbranched, non-optional stretch from its start. */
    private static List<NodePattern<CoreMap>> requiredNodes(SequencePattern<CoreMap> pattern) {
        Collection<NodePattern<CoreMap>> nodes = pattern.findNodePatterns(node -> node, false, false);
        return new ArrayList<>(nodes);
    }

    /** A rule that runs only on sequences where each of its required nodes matches some element. */
    private static final class Gated<I, O> implements SequenceMatchRules.ExtractRule<I, O> {
        private final SequenceMatchRules.ExtractRule<I, O> rule;
        /** Where a rule on a {@code CoreMap} finds its sequence; null for a rule on the sequence itself. */
        private final Class<?> tokensKey;
        private final List<NodePattern<CoreMap>> required;

        Gated(SequenceMatchRules.ExtractRule<I, O> rule, Class<?> tokensKey, List<NodePattern<CoreMap>> required) {
            this.rule = rule;
            this.tokensKey = tokensKey;
            this.required = List.copyOf(required);
        }

        @Override
        public boolean extract(I in, List<O> out) {
            Object sequence = tokensKey == null ? in : ((CoreMap) in).get((Class) tokensKey);
            if (sequence instanceof List<?> elements && !allFound(elements)) {
                return false;
            }
            return rule.extract(in, out);
        }

        private boolean allFound(List<?> elements) {
            for (NodePattern<CoreMap> node : required) {
                if (!found(node, elements)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean found(NodePattern<CoreMap> node, List<?> elements) {
            for (Object e : elements) {
                if (matches(node, e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether {@code node} matches {@code element}; also true when that cannot be told here (an element
     * that is not a {@code CoreMap}, a node whose test fails outside a match), so that a gate only ever
     * skips what could not have matched.
     */
    static boolean matches(NodePattern<CoreMap> node, Object element) {
        if (!(element instanceof CoreMap map)) {
            return true;
        }
        try {
            return node.match(map);
        } catch (RuntimeException failed) {
            return true;
        }
    }
}
