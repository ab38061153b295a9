package org.neverout.report;

import java.util.List;
import org.neverout.engine.Finding;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Service;

/**
 * One service as the report presents it: its model entry, its cut sets, its verdict and violations.
 *
 * @param service         the service in the model
 * @param result          its cut-set result
 * @param verdict         its never-out verdict
 * @param violations      its never-out findings, worst first
 * @param cutSetsBySize   number of minimal cut sets per size: index k holds the count of size k
 *                        (index 0: the empty cut set of a service down with no failure), up to the order
 */
public record ServiceVerdict(Service service, ServiceResult result, Verdict verdict, List<Finding> violations,
                             List<Integer> cutSetsBySize) {
    public ServiceVerdict {
        violations = List.copyOf(violations);
        cutSetsBySize = List.copyOf(cutSetsBySize);
    }

    public String id() {
        return service.id();
    }

    /** Number of single points of failure (cut sets of one event). */
    public int singlePoints() {
        return cutSetsBySize.size() > 1 ? cutSetsBySize.get(1) : 0;
    }

    /** The verdict in words, e.g. "violates never-out 2 (14 cut sets)". */
    public String describe() {
        switch (verdict) {
            case DOWN:
                return "down with no failure";
            case VIOLATED:
                return "violates never-out " + service.neverOut() + " (" + violations.size()
                        + (violations.size() == 1 ? " cut set)" : " cut sets)");
            case INCOMPLETE:
                return "incomplete: " + result.incompleteReason();
            case MEETS:
                return "meets never-out " + service.neverOut();
            default:
                return "no never-out requirement";
        }
    }
}
