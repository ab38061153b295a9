package org.neverout.engine;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a cut-set analysis.
 *
 * @param services            one result per service, in model order
 * @param complete            false when any service is incomplete
 * @param incompleteReason    why, null when complete
 * @param scenariosEvaluated  failure scenarios (sets of event classes) examined explicitly: each failure
 *                            prefix analysed counts once per class that may extend it; prefixes ruled
 *                            out wholesale (mattering to no service, see RelevantBlocks) are not counted
 */
public record AnalysisResult(String model, int order, Set<EventKind> kinds, List<ServiceResult> services,
                             boolean complete, String incompleteReason, long scenariosEvaluated,
                             Duration elapsed) {
    public AnalysisResult {
        kinds = Set.copyOf(kinds);
        services = List.copyOf(services);
    }

    /** The result of the service with that id, or null. */
    public ServiceResult service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
