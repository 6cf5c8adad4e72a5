package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An approximate nearest-neighbour index over the centroids of active stories: a hierarchical
 * navigable small-world graph (Malkov and Yashunin, 2018) under cosine similarity of unit vectors.
 * Searching and adding cost about {@code log n} times the neighbours per node in vector products, so
 * the cost of placing an article hardly grows with the number of active stories.
 *
 * <p>Stories leave the index when they close: a removed node is marked deleted and still routes
 * searches but is never returned, and the graph is rebuilt from the live nodes once deleted nodes
 * outnumber them, so memory stays proportional to the active stories. A story whose centroid moves is
 * re-added under the same key (the old node is deleted). Node levels come from a hash of the key, so
 * the same sequence of calls builds the same graph.
 *
 * <p>Not thread-safe (owned by one tracker).
 */
final class CentroidIndex {

    private static final int MAX_LEVEL = 16;
    private static final int REBUILD_MIN_NODES = 64;
    private static final int INITIAL_CAPACITY = 64;
    private static final long LEVEL_SEED = 0x6c65766cL;

    private final int dimension;
    private final int maxLinks;
    private final int maxLinksBottom;
    private final int efConstruction;
    private final double levelFactor;

    private int count;
    private float[][] vectors = new float[INITIAL_CAPACITY][];
    private long[] keys = new long[INITIAL_CAPACITY];
    private int[][][] links = new int[INITIAL_CAPACITY][][];
    private boolean[] deleted = new boolean[INITIAL_CAPACITY];
    private int[] visited = new int[INITIAL_CAPACITY];
    private int stamp;
    private int deletedCount;
    private final Map<Long, Integer> nodeOf = new HashMap<>();
    private int entry = -1;
    private int topLevel = -1;

    /**
     * @param maxLinks neighbours per node on the upper levels (twice as many on the bottom level)
     * @param efConstruction candidates considered when a node is linked in
     */
    CentroidIndex(int dimension, int maxLinks, int efConstruction) {
        if (dimension < 1 || maxLinks < 2 || efConstruction < 1) {
            throw new IllegalArgumentException("bad index parameters");
        }
        this.dimension = dimension;
        this.maxLinks = maxLinks;
        this.maxLinksBottom = 2 * maxLinks;
        this.efConstruction = efConstruction;
        this.levelFactor = 1 / Math.log(maxLinks);
    }

    int dimension() {
        return dimension;
    }

    /** Live entries. */
    int size() {
        return nodeOf.size();
    }

    boolean contains(long key) {
        return nodeOf.containsKey(key);
    }

    /** The vector indexed under {@code key} (not a copy: callers must not change it), or null. */
    float[] vector(long key) {
        Integer node = nodeOf.get(key);
        return node == null ? null : vectors[node];
    }

    /** Indexes {@code unit} under {@code key}, replacing what the key had. */
    void put(long key, float[] unit) {
        if (unit.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + unit.length);
        }
        remove(key);
        insert(key, unit.clone());
    }

    /** Removes {@code key} if present. */
    void remove(long key) {
        Integer node = nodeOf.remove(key);
        if (node == null) {
            return;
        }
        deleted[node] = true;
        deletedCount++;
        if (deletedCount > nodeOf.size() && count > REBUILD_MIN_NODES) {
            rebuild();
        }
    }

    /** The live entries in the order they were added, for snapshots; re-adding them in order rebuilds the index. */
    List<TrackerState.IndexEntry> entries() {
        List<TrackerState.IndexEntry> out = new ArrayList<>(nodeOf.size());
        for (int i = 0; i < count; i++) {
            if (!deleted[i]) {
                out.add(new TrackerState.IndexEntry(keys[i], vectors[i].clone()));
            }
        }
        return out;
    }

    /** The keys of up to {@code k} live vectors nearest to {@code query}, nearest first. */
    long[] search(float[] query, int k, int ef) {
        if (entry < 0 || k <= 0) {
            return new long[0];
        }
        int ep = entry;
        for (int level = topLevel; level > 0; level--) {
            ep = greedy(query, ep, level);
        }
        // deleted nodes take result slots; at most half the nodes are deleted
        Candidates found = searchLevel(query, ep, Math.max(ef, 2 * k), 0);
        long[] out = new long[k];
        int n = 0;
        for (int i = 0; i < found.size && n < k; i++) {
            if (!deleted[found.nodes[i]]) {
                out[n++] = keys[found.nodes[i]];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void insert(long key, float[] v) {
        int node = allocate(key, v);
        int level = levelOf(key);
        links[node] = new int[level + 1][];
        for (int l = 0; l <= level; l++) {
            links[node][l] = new int[1 + (l == 0 ? maxLinksBottom : maxLinks)];
        }
        if (entry < 0) {
            entry = node;
            topLevel = level;
            return;
        }
        int ep = entry;
        for (int l = topLevel; l > level; l--) {
            ep = greedy(v, ep, l);
        }
        for (int l = Math.min(level, topLevel); l >= 0; l--) {
            Candidates w = searchLevel(v, ep, efConstruction, l);
            int[] chosen = select(v, w.nodes, w.sims, w.size, l == 0 ? maxLinksBottom : maxLinks);
            int[] own = links[node][l];
            for (int c : chosen) {
                own[++own[0]] = c;
                link(c, node, l);
            }
            ep = w.nodes[0];
        }
        if (level > topLevel) {
            topLevel = level;
            entry = node;
        }
    }

    private int allocate(long key, float[] v) {
        if (count == vectors.length) {
            int cap = 2 * count;
            vectors = Arrays.copyOf(vectors, cap);
            keys = Arrays.copyOf(keys, cap);
            links = Arrays.copyOf(links, cap);
            deleted = Arrays.copyOf(deleted, cap);
            visited = Arrays.copyOf(visited, cap);
        }
        int node = count++;
        vectors[node] = v;
        keys[node] = key;
        deleted[node] = false;
        nodeOf.put(key, node);
        return node;
    }

    private int levelOf(long key) {
        double u = ((FeatureHash.mix(key ^ LEVEL_SEED) >>> 11) + 1) * 0x1.0p-53;
        return Math.min(MAX_LEVEL, (int) Math.floor(-Math.log(u) * levelFactor));
    }

    /** Adds {@code from -> to} on {@code level}, pruning {@code from}'s links when they are full. */
    private void link(int from, int to, int level) {
        int[] list = links[from][level];
        int max = list.length - 1;
        if (list[0] < max) {
            list[++list[0]] = to;
            return;
        }
        int[] nodes = new int[max + 1];
        float[] sims = new float[max + 1];
        for (int i = 0; i < max; i++) {
            nodes[i] = list[i + 1];
            sims[i] = dot(vectors[from], vectors[nodes[i]]);
        }
        nodes[max] = to;
        sims[max] = dot(vectors[from], vectors[to]);
        sortDescending(nodes, sims, max + 1);
        int[] chosen = select(vectors[from], nodes, sims, max + 1, max);
        list[0] = chosen.length;
        System.arraycopy(chosen, 0, list, 1, chosen.length);
    }

    /**
     * The neighbour-selection heuristic of HNSW: take candidates best first, skipping one that is
     * closer to an already chosen neighbour than to the new node (its direction is covered), then fill
     * up with the skipped ones. Deleted nodes are never chosen.
     */
    private int[] select(float[] v, int[] nodes, float[] sims, int size, int max) {
        List<Integer> chosen = new ArrayList<>(max);
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < size && chosen.size() < max; i++) {
            int c = nodes[i];
            if (deleted[c]) {
                continue;
            }
            boolean diverse = true;
            for (int r : chosen) {
                if (dot(vectors[c], vectors[r]) > sims[i]) {
                    diverse = false;
                    break;
                }
            }
            if (diverse) {
                chosen.add(c);
            } else {
                skipped.add(c);
            }
        }
        for (int i = 0; i < skipped.size() && chosen.size() < max; i++) {
            chosen.add(skipped.get(i));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private int greedy(float[] q, int ep, int level) {
        int current = ep;
        float best = dot(q, vectors[current]);
        boolean moved = true;
        while (moved) {
            moved = false;
            int[] list = links[current][level];
            for (int i = 1; i <= list[0]; i++) {
                float s = dot(q, vectors[list[i]]);
                if (s > best) {
                    best = s;
                    current = list[i];
                    moved = true;
                }
            }
        }
        return current;
    }

    /** Beam search on one level: up to {@code ef} nodes nearest to {@code q}, nearest first. */
    private Candidates searchLevel(float[] q, int ep, int ef, int level) {
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            stamp = 1;
        }
        Heap frontier = new Heap(true, ef);
        Heap results = new Heap(false, ef + 1);
        visited[ep] = stamp;
        float s0 = dot(q, vectors[ep]);
        frontier.push(s0, ep);
        results.push(s0, ep);
        while (frontier.size > 0) {
            float cs = frontier.topSim();
            int c = frontier.pop();
            if (results.size >= ef && cs < results.topSim()) {
                break;
            }
            int[] list = links[c][level];
            for (int i = 1; i <= list[0]; i++) {
                int nb = list[i];
                if (visited[nb] == stamp) {
                    continue;
                }
                visited[nb] = stamp;
                float s = dot(q, vectors[nb]);
                if (results.size < ef || s > results.topSim()) {
                    frontier.push(s, nb);
                    results.push(s, nb);
                    if (results.size > ef) {
                        results.pop();
                    }
                }
            }
        }
        Candidates out = new Candidates(results.size);
        for (int i = results.size - 1; i >= 0; i--) {
            out.sims[i] = results.topSim();
            out.nodes[i] = results.pop();
        }
        out.size = out.nodes.length;
        return out;
    }

    private void rebuild() {
        int n = count;
        long[] oldKeys = keys;
        float[][] oldVectors = vectors;
        boolean[] oldDeleted = deleted;
        count = 0;
        entry = -1;
        topLevel = -1;
        deletedCount = 0;
        nodeOf.clear();
        int cap = Math.max(INITIAL_CAPACITY, 2 * (n - countDeleted(oldDeleted, n)));
        vectors = new float[cap][];
        keys = new long[cap];
        links = new int[cap][][];
        deleted = new boolean[cap];
        visited = new int[cap];
        stamp = 0;
        for (int i = 0; i < n; i++) {
            if (!oldDeleted[i]) {
                insert(oldKeys[i], oldVectors[i]);
            }
        }
    }

    private static int countDeleted(boolean[] d, int n) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (d[i]) {
                c++;
            }
        }
        return c;
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void sortDescending(int[] nodes, float[] sims, int size) {
        for (int i = 1; i < size; i++) {
            int n = nodes[i];
            float s = sims[i];
            int j = i - 1;
            while (j >= 0 && sims[j] < s) {
                nodes[j + 1] = nodes[j];
                sims[j + 1] = sims[j];
                j--;
            }
            nodes[j + 1] = n;
            sims[j + 1] = s;
        }
    }

    /** Nodes with their similarity to a query, nearest first. */
    private static final class Candidates {
        final int[] nodes;
        final float[] sims;
        int size;

        Candidates(int n) {
            nodes = new int[n];
            sims = new float[n];
        }
    }

    /** A binary heap of (similarity, node): the most similar on top, or the least. */
    private static final class Heap {
        private final boolean maxOnTop;
        private float[] sims;
        private int[] nodes;
        int size;

        Heap(boolean maxOnTop, int capacity) {
            this.maxOnTop = maxOnTop;
            this.sims = new float[Math.max(1, capacity)];
            this.nodes = new int[sims.length];
        }

        private boolean above(int i, int j) {
            return maxOnTop ? sims[i] > sims[j] : sims[i] < sims[j];
        }

        void push(float s, int node) {
            if (size == sims.length) {
                sims = Arrays.copyOf(sims, 2 * size);
                nodes = Arrays.copyOf(nodes, 2 * size);
            }
            int i = size++;
            sims[i] = s;
            nodes[i] = node;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (!above(i, p)) {
                    break;
                }
                swap(i, p);
                i = p;
            }
        }

        float topSim() {
            return sims[0];
        }

        int pop() {
            int top = nodes[0];
            size--;
            sims[0] = sims[size];
            nodes[0] = nodes[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int best = i;
                if (l < size && above(l, best)) {
                    best = l;
                }
                if (r < size && above(r, best)) {
                    best = r;
                }
                if (best == i) {
                    break;
                }
                swap(i, best);
                i = best;
            }
            return top;
        }

        private void swap(int i, int j) {
            float s = sims[i];
            sims[i] = sims[j];
            sims[j] = s;
            int n = nodes[i];
            nodes[i] = nodes[j];
            nodes[j] = n;
        }
    }
}
