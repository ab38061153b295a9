package org.neverout.capacity;

import java.util.List;

/**
 * The answer of {@link CapacityAnalysis}: per link its base and worst utilisation, per scenario class the
 * links above the threshold and above capacity, the scenarios with unroutable or congested demands, and
 * the capacity verdicts of demands with a {@code never_out}.
 *
 * @param scenarios  how many scenarios the question has
 * @param evaluated  how many were evaluated: the first {@code evaluated} in scenario order
 * @param complete   whether every scenario was evaluated
 * @param stopReason why not (e.g. the time limit), or null
 * @param demands    number of demands routed
 * @param ignoredDemands services with a {@code demand} that are no demand (not two endpoint entries)
 */
public record CapacityResult(String model, CapacityQuestion question, long scenarios, long evaluated,
                             boolean complete, String stopReason, int demands, List<String> ignoredDemands,
                             List<LinkUtilisation> links, List<ScenarioClass> classes,
                             List<ScenarioServices> unroutable, List<ScenarioServices> congested,
                             List<CapacityVerdict> verdicts) {
    public CapacityResult {
        ignoredDemands = List.copyOf(ignoredDemands);
        links = List.copyOf(links);
        classes = List.copyOf(classes);
        unroutable = List.copyOf(unroutable);
        congested = List.copyOf(congested);
        verdicts = List.copyOf(verdicts);
    }

    /** {@code n-1} or {@code n-2}. */
    public String scenarioSet() {
        return "n-" + question.maxFailures();
    }
}
