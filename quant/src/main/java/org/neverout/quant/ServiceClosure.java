package org.neverout.quant;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Which failure-capable events can matter to a service: every network event with an effect, plus the
 * intrinsic events of the service and of everything it depends on (transitively). Another service's own
 * failure never changes this service's state, so it is in none of its minimal cut sets. O(services +
 * dependencies) per service.
 */
final class ServiceClosure {
    private ServiceClosure() {
    }

    /** For each service (model order), the relevant events (ascending event index). */
    static int[][] relevantEvents(Model model, CompiledModel compiled, EventProbabilities p) {
        Map<String, Service> byId = new HashMap<>();
        for (Service s : model.services()) {
            byId.put(s.id(), s);
        }
        int[][] result = new int[model.services().size()][];
        for (int s = 0; s < result.length; s++) {
            Set<String> closure = closure(model.services().get(s), byId);
            result[s] = java.util.Arrays.stream(p.relevant)
                    .filter(e -> compiled.events().get(e).kind() != EventKind.SERVICE
                            || closure.contains(compiled.events().get(e).id()))
                    .toArray();
        }
        return result;
    }

    /** The service and every service it depends on, transitively. */
    static Set<String> closure(Service service, Map<String, Service> byId) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<Service> todo = new ArrayDeque<>(List.of(service));
        while (!todo.isEmpty()) {
            Service s = todo.poll();
            if (seen.add(s.id())) {
                for (String d : s.dependencyIds()) {
                    Service dep = byId.get(d);
                    if (dep != null) {
                        todo.add(dep);
                    }
                }
            }
        }
        return seen;
    }
}
