package org.neverout.engine;

import java.util.List;

/**
 * The margins of every service in a live state ({@link ServiceMargins}).
 *
 * @param services one per service, in model order
 * @param order    the analysed order: a margin above it is reported as null
 * @param complete false when a time limit stopped the search before every margin was decided; the margins it
 *                 did not prove are then null, whatever their true value
 */
public record MarginResult(List<ServiceMargin> services, int order, boolean complete) {
    public MarginResult {
        services = List.copyOf(services);
    }
}
