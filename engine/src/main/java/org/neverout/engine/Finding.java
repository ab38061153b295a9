package org.neverout.engine;

import java.util.List;

/**
 * A never-out violation: a service with {@code never_out: N} goes down on this cut set of at most N
 * basic events (an empty cut set: it is down with no failure at all).
 */
public record Finding(String service, List<String> cutSet, Severity severity, String message) {
    public Finding {
        cutSet = List.copyOf(cutSet);
    }
}
