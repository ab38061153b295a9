package org.neverout.model;

import java.util.List;

/**
 * A service (shared infrastructure or vital process). Each entry of {@code endpoints} is a list of
 * alternative node ids (a single node id in the file becomes a one-element list). The service is up
 * when it has not failed itself, all of {@code dependsOn} are up and one live node per entry can be
 * chosen so that all chosen nodes are connected.
 *
 * @param neverOut   number of simultaneous basic failures it must survive (0: no requirement)
 * @param users      people or connections served, or null
 * @param category   national impact category "A" or "B", or null
 */
public record Service(String id, String name, ServiceKind kind, List<List<String>> endpoints,
                      List<String> dependsOn, int neverOut, Long users, String category, Double demand,
                      Double availabilityTarget, String description, Reliability reliability) implements Element {
    /** The largest {@code never_out} (and analysis order) MODEL.md 1.1 accepts. */
    public static final int MAX_NEVER_OUT = 8;

    public Service {
        endpoints = endpoints.stream().map(List::copyOf).toList();
        dependsOn = List.copyOf(dependsOn);
    }
}
