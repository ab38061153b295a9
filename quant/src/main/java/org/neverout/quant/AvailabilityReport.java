package org.neverout.quant;

import java.time.Duration;
import java.util.List;

/**
 * The result of an availability analysis.
 *
 * @param requested             the method asked for
 * @param order                 K used for cut-set bounds (0 when every service was exact)
 * @param failureCapableEvents  ids of the events that can fail (figures of their own or by default) and
 *                              affect something, in the diagrams' variable order
 * @param exactEvaluations      network evaluations spent by the exact method (0 when not tried)
 * @param crownJewels           importance aggregated over {@code importanceScope}, most important first
 * @param importanceScope       which services the aggregate covers and how they are weighted
 */
public record AvailabilityReport(String model, Method requested, int order, long seed, long samples,
                                 double confidence, List<String> failureCapableEvents, long exactEvaluations,
                                 List<ServiceAvailability> services, List<ImportanceMeasure> crownJewels,
                                 String importanceScope, List<String> notes, Duration elapsed) {
    public AvailabilityReport {
        failureCapableEvents = List.copyOf(failureCapableEvents);
        services = List.copyOf(services);
        crownJewels = List.copyOf(crownJewels);
        notes = List.copyOf(notes);
    }

    /** The result of the service with that id, or null. */
    public ServiceAvailability service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
