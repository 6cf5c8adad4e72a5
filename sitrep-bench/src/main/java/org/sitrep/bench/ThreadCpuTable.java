package org.sitrep.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Where the CPU time of the Flink job's runs went, by thread group ({@link ThreadGroups}), at
 * parallelism 1 and 2: a Markdown table for BENCHMARKS.md, and the ratio of side work (threads that run
 * no operator) to slot work (the task threads), which is what lets a one-slot job keep more than one
 * core busy.
 */
final class ThreadCpuTable {

    private static final double NANOS_PER_S = 1e9;

    private ThreadCpuTable() {
    }

    /** The groups' CPU time summed over the rounds of each parallelism. */
    static String of(ThreadGroups groups, List<ThreadCpuWatch.Breakdown> p1, List<ThreadCpuWatch.Breakdown> p2,
            int articles) {
        Map<String, Long> one = sum(groups, p1);
        Map<String, Long> two = sum(groups, p2);
        long total1 = total(one);
        long total2 = total(two);
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "CPU time by thread group, summed over %d round(s) at each parallelism (ms per article in brackets)%n%n",
                p1.size()));
        t.append("| thread group | kind | p=1 CPU (s) | p=1 share | p=2 CPU (s) | p=2 share |\n|---|---|---:|---:|---:|---:|\n");
        long[] slot = new long[2];
        long[] side = new long[2];
        for (String label : one.keySet()) {
            long a = one.get(label);
            long b = two.get(label);
            boolean isSlot = groups.isSlotWork(label);
            slot[0] += isSlot ? a : 0;
            slot[1] += isSlot ? b : 0;
            side[0] += isSlot ? 0 : a;
            side[1] += isSlot ? 0 : b;
            if (a == 0 && b == 0) {
                continue;
            }
            t.append(String.format(Locale.ROOT, "| %s | %s | %.1f (%.0f) | %.1f%% | %.1f (%.0f) | %.1f%% |%n", label,
                    isSlot ? "slot" : "side", a / NANOS_PER_S, perArticleMs(a, articles, p1.size()), 100.0 * a / total1,
                    b / NANOS_PER_S, perArticleMs(b, articles, p2.size()), 100.0 * b / total2));
        }
        t.append(String.format(Locale.ROOT, "| all | | %.1f | | %.1f | |%n%n", total1 / NANOS_PER_S, total2 / NANOS_PER_S));
        t.append(String.format(Locale.ROOT, "side work / slot work: p=1 %.3f (%.1f s / %.1f s), p=2 %.3f (%.1f s / %.1f s); "
                + "the watch's own sampling %.2f s%n", (double) side[0] / slot[0], side[0] / NANOS_PER_S,
                slot[0] / NANOS_PER_S, (double) side[1] / slot[1], side[1] / NANOS_PER_S, slot[1] / NANOS_PER_S,
                (sampler(p1) + sampler(p2)) / NANOS_PER_S));
        t.append(String.format(Locale.ROOT, "%nCPU per instance of the parallel operators at p=2:%n")).append(balance(groups, p2));
        return t.toString();
    }

    /**
     * How evenly the instances of each parallel operator chain were loaded: CPU seconds of each
     * subtask's task thread, summed over the runs, one line per slot group that ran more than one.
     */
    static String balance(ThreadGroups groups, List<ThreadCpuWatch.Breakdown> runs) {
        Map<String, Map<String, Long>> byGroup = new TreeMap<>();
        for (ThreadCpuWatch.Breakdown b : runs) {
            b.bySubtask().forEach((name, ns) -> {
                Matcher m = ThreadCpuWatch.SUBTASK.matcher(name);
                String group = groups.of(name);
                // a subtask's task thread; its timer, flusher and fetcher threads carry its name too
                if (m.find() && groups.isSlotWork(group)) {
                    byGroup.computeIfAbsent(group, k -> new TreeMap<>()).merge(m.group(1), ns, Long::sum);
                }
            });
        }
        StringBuilder s = new StringBuilder();
        byGroup.forEach((group, instances) -> {
            if (instances.size() > 1) {
                s.append("  ").append(group).append(':');
                instances.forEach((i, ns) -> s.append(String.format(Locale.ROOT, " %s %.1f s;", i, ns / NANOS_PER_S)));
                s.append('\n');
            }
        });
        return s.toString();
    }

    /** The {@code n} busiest thread names of one run, one line. */
    static String busiest(ThreadCpuWatch.Breakdown threads, int n) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(threads.byName().entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder s = new StringBuilder("  threads:");
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(n, sorted.size()))) {
            s.append(String.format(Locale.ROOT, " [%s] %.2f s;", e.getKey(), e.getValue() / NANOS_PER_S));
        }
        s.append(String.format(Locale.ROOT, " ended between readings %.2f s", threads.unattributed() / NANOS_PER_S));
        return s.toString();
    }

    private static Map<String, Long> sum(ThreadGroups groups, List<ThreadCpuWatch.Breakdown> runs) {
        Map<String, Long> sum = new LinkedHashMap<>();
        for (ThreadCpuWatch.Breakdown b : runs) {
            b.grouped(groups).forEach((k, v) -> sum.merge(k, v, Long::sum));
        }
        return sum;
    }

    private static long total(Map<String, Long> groups) {
        return groups.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long sampler(List<ThreadCpuWatch.Breakdown> runs) {
        return runs.stream().mapToLong(ThreadCpuWatch.Breakdown::samplerNs).sum();
    }

    private static double perArticleMs(long ns, int articles, int rounds) {
        return ns / 1e6 / articles / Math.max(1, rounds);
    }
}
