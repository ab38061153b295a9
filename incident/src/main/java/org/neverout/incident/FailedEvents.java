package org.neverout.incident;

import java.util.ArrayList;
import java.util.List;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Problem;
import org.neverout.model.tree.Suggestions;

/**
 * Resolves the ids of an incident to basic events of a model, reporting every id that is none, with a
 * did-you-mean: the prefixed form when the id is a supplier id or a software version written bare, else
 * the closest event id. O(ids x events) only when an id is unknown.
 */
final class FailedEvents {
    private FailedEvents() {
    }

    /** Event indices of the incident's ids, in order; throws naming every unknown id. */
    static int[] resolve(Model model, CompiledModel compiled, Incident incident) {
        int[] events = new int[incident.fail().size()];
        List<Problem> problems = new ArrayList<>();
        List<String> all = null;
        for (int i = 0; i < events.length; i++) {
            String id = incident.fail().get(i);
            events[i] = compiled.eventIndex(id);
            if (events[i] < 0) {
                if (all == null) {
                    all = compiled.events().stream().map(BasicEvent::id).toList();
                }
                problems.add(new Problem(incident.failLocations().get(i), "'" + id + "' is no basic event of model '"
                        + model.name() + "'" + hint(model, id, all)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return events;
    }

    private static String hint(Model model, String id, List<String> events) {
        if (model.suppliers().stream().anyMatch(s -> s.id().equals(id))) {
            return " (a supplier's event is written with a prefix); did you mean 'supplier:" + id + "'?";
        }
        if (model.nodes().stream().map(Node::software).anyMatch(id::equals)) {
            return " (a software version's event is written with a prefix); did you mean 'software:" + id + "'?";
        }
        if (model.externalParties().stream().anyMatch(p -> p.id().equals(id))) {
            return ": it is an external party, which cannot fail as such (fail the nodes it connects at)";
        }
        return Suggestions.didYouMean(id, events);
    }
}
