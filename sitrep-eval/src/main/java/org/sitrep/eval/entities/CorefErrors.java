package org.sitrep.eval.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The mistakes one partition of mentions makes against the gold partition, for reading rather than
 * scoring: each gold entity the response splits across several of its entities, and each response
 * entity that merges mentions of several gold entities. Every part is shown as the surface forms of
 * its mentions with their counts ("Warren Jeffs ×5, Jeffs ×3"), so the reader sees which spellings
 * or descriptions a rule failed to join or joined wrongly.
 *
 * @param splits gold entities split by the response, largest first
 * @param merges response entities that merge gold entities, largest first
 */
public record CorefErrors(List<Error> splits, List<Error> merges) {

    /**
     * One wrong entity: its parts (the response entities a gold entity is split across, or the gold
     * entities a response entity merges), each as surface forms with counts, largest part first.
     */
    public record Error(List<Map<String, Integer>> parts) {

        public Error {
            parts = List.copyOf(parts);
        }

        /** The number of mentions over all parts. */
        public int size() {
            return parts.stream().mapToInt(p -> p.values().stream().mapToInt(Integer::intValue).sum()).sum();
        }

        /** One line: the parts separated by {@code |}, each form with its count when above one. */
        @Override
        public String toString() {
            List<String> shown = new ArrayList<>();
            for (Map<String, Integer> part : parts) {
                List<String> forms = new ArrayList<>();
                part.forEach((form, n) -> forms.add(n > 1 ? form + " ×" + n : form));
                shown.add(String.join(", ", forms));
            }
            return String.join(" | ", shown);
        }
    }

    public CorefErrors {
        splits = List.copyOf(splits);
        merges = List.copyOf(merges);
    }

    /**
     * The errors of {@code response} against {@code key}; {@code text} gives a mention id's surface
     * form. Mentions in only one of the partitions are ignored.
     */
    public static CorefErrors of(List<Set<String>> key, List<Set<String>> response, Function<String, String> text) {
        Objects.requireNonNull(text, "text");
        return new CorefErrors(crossing(key, response, text), crossing(response, key, text));
    }

    /** The entities of {@code outer} whose mentions lie in more than one entity of {@code inner}. */
    private static List<Error> crossing(List<Set<String>> outer, List<Set<String>> inner,
            Function<String, String> text) {
        Map<String, Integer> innerOf = new HashMap<>();
        for (int i = 0; i < inner.size(); i++) {
            for (String id : inner.get(i)) {
                innerOf.put(id, i);
            }
        }
        List<Error> out = new ArrayList<>();
        for (Set<String> entity : outer) {
            Map<Integer, Map<String, Integer>> parts = new LinkedHashMap<>();
            for (String id : entity) {
                Integer part = innerOf.get(id);
                if (part != null) {
                    parts.computeIfAbsent(part, p -> new LinkedHashMap<>()).merge(text.apply(id), 1, Integer::sum);
                }
            }
            if (parts.size() > 1) {
                List<Map<String, Integer>> ordered = new ArrayList<>();
                for (Map<String, Integer> part : parts.values()) {
                    ordered.add(byCount(part));
                }
                ordered.sort(Comparator.comparing((Map<String, Integer> p) -> -total(p)));
                out.add(new Error(ordered));
            }
        }
        out.sort(Comparator.comparing((Error e) -> -e.size()));
        return out;
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static int total(Map<String, Integer> part) {
        return part.values().stream().mapToInt(Integer::intValue).sum();
    }
}
