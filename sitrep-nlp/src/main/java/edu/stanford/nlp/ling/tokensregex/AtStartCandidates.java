package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's sequence rule, tried only at the elements where a match can start: where one of the nodes
 * a match can start with matches, and, when every way on from that node consumes another element
 * first, where one of the nodes that can come next matches the following element. CoreNLP's matcher
 * would build its start states (a branch index and hash maps) at every position only to fail at most;
 * those states were a third of all the memory annotation allocated. The rest is the rule's own: the
 * same matcher, find type, result mode and extractor. A non-overlapping search (the default, SUTime's)
 * asks the matcher for a match at exactly each candidate position, in order, going on from the end of
 * each match as CoreNLP's {@code find()} does; any other find type searches from the first candidate
 * with the matcher's own loop. Part of {@link RequiredNodeGate}; keeps no state between calls.
 *
 * <p>{@code find(int, boolean)} is protected in CoreNLP (4.5.10): a release without it fails to link
 * here, and one that changes what it does fails {@code RequiredNodeGateTest}, which compares these
 * searches with CoreNLP's own on random sentences.
 */
final class AtStartCandidates<O> implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, O> {

    /**
     * A node a match can start with, and the nodes of which the element after it must match one; null
     * when that is not known here (a repetition, a conjunction or the end of the pattern may follow).
     */
    record Start(NodePattern<CoreMap> node, List<NodePattern<CoreMap>> next) {
    }

    private final SequenceMatchRules.SequencePatternExtractRule<CoreMap, O> rule;
    private final List<Start> starts;

    AtStartCandidates(SequenceMatchRules.SequencePatternExtractRule<CoreMap, O> rule, List<Start> starts) {
        this.rule = rule;
        this.starts = List.copyOf(starts);
    }

    /**
     * The ways a match of {@code pattern} can start: the node states reached from the pattern's start
     * through states that consume no element (group marks, plain branches, values, the sequence-start
     * anchor), each with the node states reached the same way after it. Null when another kind of state
     * is reached first (a repetition, a conjunction, a multi-node or back-reference state, an anchor at
     * the end, or the final state, which would allow an empty match), since then the first element's
     * test is not known here.
     */
    static List<Start> startsOf(SequencePattern<CoreMap> pattern) {
        List<SequencePattern.State> first = nodeStatesAfter(List.of(pattern.root));
        if (first == null) {
            return null;
        }
        List<Start> out = new ArrayList<>();
        for (SequencePattern.State state : first) {
            List<SequencePattern.State> next = state.next == null ? null : nodeStatesAfter(state.next);
            out.add(new Start(RequiredNodeGate.nodeOf(state), next == null ? null : nodesOf(next)));
        }
        return out;
    }

    /** The node states reached from {@code from} through states that consume nothing; null as above. */
    private static List<SequencePattern.State> nodeStatesAfter(Collection<SequencePattern.State> from) {
        List<SequencePattern.State> nodes = new ArrayList<>();
        Set<SequencePattern.State> seen = new HashSet<>();
        Deque<SequencePattern.State> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            SequencePattern.State state = todo.poll();
            if (!seen.add(state)) {
                continue;
            }
            if (RequiredNodeGate.nodeOf(state) != null) {
                nodes.add(state);
                continue;
            }
            if (!RequiredNodeGate.consumesNothing(state) || state.next == null) {
                return null;
            }
            todo.addAll(state.next);
        }
        return nodes.isEmpty() ? null : nodes;
    }

    private static List<NodePattern<CoreMap>> nodesOf(List<SequencePattern.State> states) {
        List<NodePattern<CoreMap>> out = new ArrayList<>();
        for (SequencePattern.State state : states) {
            out.add(RequiredNodeGate.nodeOf(state));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean extract(List<? extends CoreMap> elements, List<O> out) {
        if (elements == null) {
            return false;
        }
        int from = nextCandidate(elements, 0);
        if (from < 0) {
            return false;
        }
        SequenceMatcher<CoreMap> matcher = rule.pattern.getMatcher(elements);
        if (rule.findType != null) {
            matcher.setFindType(rule.findType);
        }
        matcher.setMatchWithResult(rule.matchWithResult);
        matcher.region(from, elements.size());
        if (matcher.getFindType() != SequenceMatcher.FindType.FIND_NONOVERLAPPING) {
            boolean extracted = false;
            while (matcher.find()) {
                out.add(rule.extractor.apply(matcher));
                extracted = true;
            }
            return extracted;
        }
        return extractAtCandidates(matcher, elements, from, out);
    }

    /**
     * CoreNLP's non-overlapping search with the positions no match can start at left out: its
     * {@code find(start, true)} tries a match at {@code start} alone (and, as its scan does, at the
     * next position when that match is empty), where {@code find()} would try every position from
     * {@code start} on.
     */
    private boolean extractAtCandidates(SequenceMatcher<CoreMap> matcher, List<? extends CoreMap> elements,
            int from, List<O> out) {
        boolean extracted = false;
        int at = from;
        while (at >= 0) {
            if (matcher.find(at, true)) {
                out.add(rule.extractor.apply(matcher));
                extracted = true;
                at = nextCandidate(elements, matcher.end());
            } else {
                at = nextCandidate(elements, at + 1);
            }
        }
        return extracted;
    }

    /** The first position from {@code start} on where a match can start, or -1. */
    private int nextCandidate(List<? extends CoreMap> elements, int start) {
        for (int i = start; i < elements.size(); i++) {
            for (Start s : starts) {
                if (RequiredNodeGate.matches(s.node(), elements.get(i)) && nextMayMatch(s, elements, i + 1)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean nextMayMatch(Start start, List<? extends CoreMap> elements, int i) {
        if (start.next() == null) {
            return true;
        }
        if (i >= elements.size()) {
            return false;
        }
        for (NodePattern<CoreMap> node : start.next()) {
            if (RequiredNodeGate.matches(node, elements.get(i))) {
                return true;
            }
        }
        return false;
    }
}
