package org.neverout.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.graph.Adjacency;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * {@code unreachable-dependency}: a service in {@code depends_on} none of whose endpoints lies in the
 * same component of the whole network (nothing failed) as any endpoint of the dependent service. Such a
 * dependency counts while it is up although the dependent could never reach it. Components are labelled
 * once by a breadth-first walk over the compiled model's adjacency, O(V + E); then O(endpoints) per pair.
 */
final class UnreachableDependencies implements LintCheck {
    private final CompiledModel compiled;

    UnreachableDependencies(CompiledModel compiled) {
        this.compiled = compiled;
    }

    @Override
    public List<LintWarning> check(Model model) {
        int[] component = components(compiled.adjacency());
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int n = 0; n < compiled.nodeCount(); n++) {
            index.put(compiled.nodeId(n), n);
        }
        Map<String, Service> services = model.services().stream()
                .collect(Collectors.toMap(Service::id, s -> s, (x, y) -> x));
        List<LintWarning> out = new ArrayList<>();
        for (Service s : model.services()) {
            Set<Integer> own = components(s, index, component);
            if (own.isEmpty()) {
                continue; // no endpoints: up while its dependencies are, nothing to reach from
            }
            for (List<String> entry : s.dependsOn()) {
                for (String d : entry) {
                    Service dependency = services.get(d);
                    if (dependency == null || dependency.endpoints().isEmpty()) {
                        continue;
                    }
                    Set<Integer> theirs = components(dependency, index, component);
                    if (theirs.stream().noneMatch(own::contains)) {
                        String example = dependency.endpoints().get(0).size() == 1
                                ? dependency.endpoints().get(0).get(0)
                                : "[" + String.join(", ", dependency.endpoints().get(0)) + "]";
                        out.add(LintCheck.at(model, "unreachable-dependency", s.id(), "service '" + s.id()
                                        + "' depends on '" + d + "', but no endpoint of '" + d + "' is ever connected "
                                        + "to an endpoint of '" + s.id() + "': it counts while up though '" + s.id()
                                        + "' cannot reach it",
                                "link the networks, or add the servers of '" + d + "' as an endpoint entry of '"
                                        + s.id() + "' (e.g. " + example + ")"));
                    }
                }
            }
        }
        return out;
    }

    private static Set<Integer> components(Service s, Map<String, Integer> index, int[] component) {
        Set<Integer> out = new HashSet<>();
        for (List<String> entry : s.endpoints()) {
            for (String node : entry) {
                Integer n = index.get(node);
                if (n != null) {
                    out.add(component[n]);
                }
            }
        }
        return out;
    }

    /** The component (its first node reached) of every node, by breadth-first walks. O(V + E). */
    private static int[] components(Adjacency g) {
        int[] component = new int[g.nodeCount()];
        java.util.Arrays.fill(component, -1);
        int[] queue = new int[g.nodeCount()];
        for (int start = 0; start < component.length; start++) {
            if (component[start] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            component[start] = start;
            while (head < tail) {
                int n = queue[head++];
                for (int i = g.start(n); i < g.end(n); i++) {
                    int m = g.neighbour(i);
                    if (component[m] < 0) {
                        component[m] = start;
                        queue[tail++] = m;
                    }
                }
            }
        }
        return component;
    }
}
