package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a cheap precondition in front of each token-sequence rule of a {@link CoreMapExpressionExtractor}.
 * A rule runs on a sequence only if (1) every node its pattern cannot match without (the nodes on the
 * pattern's unbranched, non-optional stretch from its start, as {@link SequencePattern#findNodePatterns}
 * finds them) matches some element of the sequence, and (2) one of the nodes a match can start with
 * matches some element. When either fails the pattern cannot match anywhere, so skipping it changes
 * nothing, while running it would build a matcher state at every start position to find that out.
 *
 * <p>The required nodes are taken from each rule's compiled pattern when the gate is installed, and
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
     * gated (a rule with neither, such as one starting with a repetition or a conjunction, is not
     * counted and runs as before).
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
        Class<?> tokensKey = null;
        if (inner instanceof SequenceMatchRules.CoreMapExtractRule<?, ?> onCoreMap) {
            tokensKey = onCoreMap.annotationField;
            inner = onCoreMap.extractRule;
        }
        if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule<?, ?> sequenceRule)) {
            return false;
        }
        SequencePattern<CoreMap> pattern = (SequencePattern<CoreMap>) sequenceRule.pattern;
        List<NodePattern<CoreMap>> required = requiredNodes(pattern);
        List<NodePattern<CoreMap>> first = firstNodes(pattern);
        if (required.isEmpty() && first == null) {
            return false;
        }
        rule.extractRule = new Gated(rule.extractRule, tokensKey, required, first == null ? List.of() : first);
        return true;
    }

    /**
     * The node patterns a match can start with: those reached from the pattern's start through states
     * that consume no element (group marks, plain branches, values, the sequence-start anchor); null
     * when another kind of state is reached first (a repetition, a conjunction, a multi-node or
     * back-reference state, an anchor at the end, or the final state, which would allow an empty
     * match), since then the first element's test is not known here.
     */
    private static List<NodePattern<CoreMap>> firstNodes(SequencePattern<CoreMap> pattern) {
        List<NodePattern<CoreMap>> nodes = new ArrayList<>();
        Set<SequencePattern.State> seen = new HashSet<>();
        Deque<SequencePattern.State> todo = new ArrayDeque<>();
        todo.add(pattern.root);
        while (!todo.isEmpty()) {
            SequencePattern.State state = todo.poll();
            if (!seen.add(state)) {
                continue;
            }
            NodePattern<CoreMap> node = nodeOf(state);
            if (node != null) {
                nodes.add(node);
                continue;
            }
            if (!consumesNothing(state) || state.next == null) {
                return null;
            }
            todo.addAll(state.next);
        }
        return nodes.isEmpty() ? null : nodes;
    }

    /** States that consume no element, by class name: CoreNLP declares several of them private. */
    private static final Set<String> CONSUMING_NOTHING = Set.of("State", "GroupStartState", "GroupEndState",
            "SeqStartState", "ValueState");

    private static boolean consumesNothing(SequencePattern.State state) {
        Class<?> kind = state.getClass();
        return kind.getEnclosingClass() == SequencePattern.class && CONSUMING_NOTHING.contains(kind.getSimpleName())
                || kind == SequencePattern.State.class;
    }

    /** The node pattern of a state that matches one element with it ({@code NodePatternState}), else null. */
    @SuppressWarnings("unchecked")
    private static NodePattern<CoreMap> nodeOf(SequencePattern.State state) {
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
        /** The nodes a match may start with, one of which must match an element; empty when not known. */
        private final List<NodePattern<CoreMap>> first;

        Gated(SequenceMatchRules.ExtractRule<I, O> rule, Class<?> tokensKey, List<NodePattern<CoreMap>> required,
                List<NodePattern<CoreMap>> first) {
            this.rule = rule;
            this.tokensKey = tokensKey;
            this.required = List.copyOf(required);
            this.first = List.copyOf(first);
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
            if (first.isEmpty()) {
                return true;
            }
            for (NodePattern<CoreMap> node : first) {
                if (found(node, elements)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code node} matches an element; also true when that cannot be told here (an element
         * that is not a {@code CoreMap}, a node whose test fails outside a match), so that the gate
         * only ever skips a rule that could not have matched.
         */
        private static boolean found(NodePattern<CoreMap> node, List<?> elements) {
            for (Object e : elements) {
                if (!(e instanceof CoreMap element)) {
                    return true;
                }
                try {
                    if (node.match(element)) {
                        return true;
                    }
                } catch (RuntimeException failed) {
                    return true;
                }
            }
            return false;
        }
    }
}
