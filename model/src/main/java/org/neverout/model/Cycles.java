package org.neverout.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds cycles in a directed graph given by vertex order and successor lists, one cycle per strongly
 * connected component that has one, to name in messages ({@code a -> b -> a}).
 *
 * <p>Cost: O(V + E) for the components (iterative Kosaraju, no recursion, so long chains cannot
 * overflow the stack) plus one breadth-first search per cyclic component, O(V + E) in total.
 */
final class Cycles {
    private Cycles() {
    }

    /**
     * The cycles, each as the list of its vertices with the first repeated at the end ({@code [a, b, a]};
     * a self-loop is {@code [a, a]}). Each starts at its component's first vertex in {@code vertices}
     * order and is a shortest cycle through it; components are listed in that order too. Successors
     * that are not in {@code vertices} are ignored.
     */
    static List<List<String>> find(List<String> vertices, Function<String, List<String>> successors) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String v : vertices) {
            out.putIfAbsent(v, new ArrayList<>());
        }
        Map<String, List<String>> in = new HashMap<>();
        for (String v : out.keySet()) {
            in.put(v, new ArrayList<>());
        }
        for (String v : out.keySet()) {
            for (String w : successors.apply(v)) {
                if (out.containsKey(w)) {
                    out.get(v).add(w);
                    in.get(w).add(v);
                }
            }
        }
        List<String> finishOrder = finishOrder(out);
        Map<String, Integer> component = new HashMap<>();
        int components = 0;
        for (int i = finishOrder.size() - 1; i >= 0; i--) {
            String root = finishOrder.get(i);
            if (!component.containsKey(root)) {
                Deque<String> stack = new ArrayDeque<>();
                stack.push(root);
                component.put(root, components);
                while (!stack.isEmpty()) {
                    for (String p : in.get(stack.pop())) {
                        if (!component.containsKey(p)) {
                            component.put(p, components);
                            stack.push(p);
                        }
                    }
                }
                components++;
            }
        }
        int[] size = new int[components];
        for (int c : component.values()) {
            size[c]++;
        }
        boolean[] reported = new boolean[components];
        List<List<String>> cycles = new ArrayList<>();
        for (String v : out.keySet()) {
            int c = component.get(v);
            if (!reported[c] && (size[c] > 1 || out.get(v).contains(v))) {
                reported[c] = true;
                cycles.add(shortestCycleThrough(v, out, component));
            }
        }
        return cycles;
    }

    /** Vertices in order of DFS completion (iterative). */
    private static List<String> finishOrder(Map<String, List<String>> out) {
        List<String> order = new ArrayList<>(out.size());
        Map<String, Boolean> seen = new HashMap<>();
        for (String start : out.keySet()) {
            if (seen.containsKey(start)) {
                continue;
            }
            Deque<Map.Entry<String, Iterator<String>>> stack = new ArrayDeque<>();
            seen.put(start, true);
            stack.push(Map.entry(start, out.get(start).iterator()));
            while (!stack.isEmpty()) {
                Map.Entry<String, Iterator<String>> top = stack.peek();
                if (top.getValue().hasNext()) {
                    String w = top.getValue().next();
                    if (!seen.containsKey(w)) {
                        seen.put(w, true);
                        stack.push(Map.entry(w, out.get(w).iterator()));
                    }
                } else {
                    order.add(top.getKey());
                    stack.pop();
                }
            }
        }
        return order;
    }

    /** Breadth-first search from {@code v} inside its component back to {@code v}. */
    private static List<String> shortestCycleThrough(String v, Map<String, List<String>> out,
                                                     Map<String, Integer> component) {
        int c = component.get(v);
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(v);
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (String w : out.get(u)) {
                if (component.get(w) != c) {
                    continue;
                }
                if (w.equals(v)) {
                    List<String> cycle = new ArrayList<>();
                    cycle.add(v);
                    for (String x = u; !x.equals(v); x = parent.get(x)) {
                        cycle.add(x);
                    }
                    cycle.add(v);
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (!parent.containsKey(w)) {
                    parent.put(w, u);
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + v);
    }
}
