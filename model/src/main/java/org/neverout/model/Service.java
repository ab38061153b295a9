package org.neverout.model;

import java.util.List;

/**
 * A service (shared infrastructure or vital process). Each entry of {@code endpoints} is a list of
 * alternative node ids (a single node id in the file becomes a one-element list); so is each entry of
 * {@code dependsOn}, of alternative service ids (MODEL.md 1.1). The service is up when it has not failed
 * itself, every entry of {@code dependsOn} has at least one service up, and one live node per endpoint
 * entry can be chosen so that all chosen nodes are connected.
 *
 * @param neverOut   number of simultaneous basic failures it must survive (0: no requirement)
 * @param users      people or connections served, or null
 * @param category   national impact category "A" or "B", or null
 * @param sector     the vital sector it belongs to (MODEL.md 1.1), {@link #UNASSIGNED} when the file names none
 * @param organisation  the organisation that runs it, or null
 * @param publicName  the name a redacted report for publication may print ({@code public_name}), or null
 */
public record Service(String id, String name, ServiceKind kind, List<List<String>> endpoints,
                      List<List<String>> dependsOn, int neverOut, Long users, String category, Double demand,
                      Double availabilityTarget, String description, Reliability reliability, String sector,
                      String organisation, String publicName) implements Element {
    /** The largest {@code never_out} (and analysis order) MODEL.md 1.1 accepts. */
    public static final int MAX_NEVER_OUT = 8;

    /** The sector of a service that names none (MODEL.md 1.1). */
    public static final String UNASSIGNED = "unassigned";

    public Service {
        sector = sector == null ? UNASSIGNED : sector;
        endpoints = endpoints.stream().map(List::copyOf).toList();
        dependsOn = dependsOn.stream().map(List::copyOf).toList();
    }

    /** A service without a public name. */
    public Service(String id, String name, ServiceKind kind, List<List<String>> endpoints,
                   List<List<String>> dependsOn, int neverOut, Long users, String category, Double demand,
                   Double availabilityTarget, String description, Reliability reliability, String sector,
                   String organisation) {
        this(id, name, kind, endpoints, dependsOn, neverOut, users, category, demand, availabilityTarget,
                description, reliability, sector, organisation, null);
    }

    /** A service without sector or organisation (sector {@link #UNASSIGNED}): the shape before MODEL.md 1.1. */
    public Service(String id, String name, ServiceKind kind, List<List<String>> endpoints,
                   List<List<String>> dependsOn, int neverOut, Long users, String category, Double demand,
                   Double availabilityTarget, String description, Reliability reliability) {
        this(id, name, kind, endpoints, dependsOn, neverOut, users, category, demand, availabilityTarget,
                description, reliability, UNASSIGNED, null);
    }

    /** The same service in another sector, run by another organisation. */
    public Service withSector(String newSector, String newOrganisation) {
        return new Service(id, name, kind, endpoints, dependsOn, neverOut, users, category, demand,
                availabilityTarget, description, reliability, newSector, newOrganisation, publicName);
    }

    /** Every service id named in {@code dependsOn} (alternatives included), each once, in file order. */
    public List<String> dependencyIds() {
        return dependsOn.stream().flatMap(List::stream).distinct().toList();
    }
}
