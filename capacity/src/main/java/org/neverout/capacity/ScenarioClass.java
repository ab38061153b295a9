package org.neverout.capacity;

/**
 * The scenarios with the same number of failures (0: no failure, 1: n-1, 2: n-2 pairs).
 *
 * @param scenarios           how many of them were evaluated
 * @param linksAboveThreshold links whose utilisation exceeds the threshold in at least one of them
 * @param linksAboveCapacity  links whose utilisation exceeds 100% in at least one of them
 */
public record ScenarioClass(int failures, long scenarios, int linksAboveThreshold, int linksAboveCapacity) {
    /** {@code n-0}, {@code n-1} or {@code n-2}. */
    public String name() {
        return "n-" + failures;
    }
}
