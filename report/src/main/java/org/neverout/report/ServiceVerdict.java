package org.neverout.report;

import java.util.List;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Service;

/**
 * One service as the report presents it: its model entry, its cut sets, its verdict and the findings
 * that name it.
 *
 * @param service         the service in the model
 * @param result          its cut-set result
 * @param verdict         its never-out verdict (MODEL.md 1.1), the one verdict concept of every output
 * @param violations      the never-out findings that name it (one per root cause), in the contract order
 * @param cutSetsBySize   number of minimal cut sets per size: index k holds the count of size k
 *                        (index 0: the empty cut set of a service down with no failure), up to the order
 */
public record ServiceVerdict(Service service, ServiceResult result, NeverOutVerdict verdict, List<Finding> violations,
                             List<Integer> cutSetsBySize) {
    public ServiceVerdict {
        violations = List.copyOf(violations);
        cutSetsBySize = List.copyOf(cutSetsBySize);
    }

    public String id() {
        return service.id();
    }

    /** Number of single points of failure (cut sets of one event), its own event left out. */
    public int singlePoints() {
        int own = result.cutSets().contains(List.of(service.id())) ? 1 : 0;
        return (cutSetsBySize.size() > 1 ? cutSetsBySize.get(1) : 0) - own;
    }

    /** The verdict in words, e.g. "VIOLATED: 1 failure (3 findings)", "survives 2", "unverified (order 1 < 2)". */
    public String describe() {
        switch (verdict.status()) {
            case VIOLATED:
                return verdict.label() + " (" + violations.size()
                        + (violations.size() == 1 ? " finding)" : " findings)");
            case UNVERIFIED:
                return verdict.order() < verdict.neverOut() ? verdict.label()
                        : verdict.label() + ": " + result.incompleteReason();
            case MEETS:
                return verdict.label() + " (never-out " + verdict.neverOut() + " met)";
            default:
                return "no never-out requirement";
        }
    }
}
