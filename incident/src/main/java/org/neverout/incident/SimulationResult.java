package org.neverout.incident;

import java.util.List;

/**
 * The outcome of replaying an incident on a model.
 *
 * @param incidentName  the incident's name, or null for a plain {@code --fail} list
 * @param failed        the failed basic event ids, in the order given
 * @param effects       what each failed event takes down, same order
 * @param services      every service, model order
 * @param story         ids of the services down, in the order the cascade is told: by dependency level
 *                      (what others depend on first), then model order
 */
public record SimulationResult(String model, String incidentName, String description, List<String> failed,
                               double durationH, List<EventEffect> effects, List<ServiceOutcome> services,
                               List<String> story, Impact impact) {
    public SimulationResult {
        failed = List.copyOf(failed);
        effects = List.copyOf(effects);
        services = List.copyOf(services);
        story = List.copyOf(story);
    }

    /** The outcome of the service with that id, or null. O(services): index {@link #services()} for many look-ups. */
    public ServiceOutcome service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
