package org.neverout.incident;

import java.util.List;

/**
 * Why a service is down: every reason that holds (a service can fail itself and lose a dependency).
 *
 * @param failedItself       its own basic event (an intrinsic defect) is among the failures
 * @param dependenciesDown   services it depends on that are down (each has its own cause): the services
 *                           of {@code dependencyEntriesDown}, each once
 * @param dependencyEntriesDown depends_on entries none of whose alternatives is up (each entry as written,
 *                           duplicates removed); a one-element list for a plain dependency
 * @param entriesCutOff      endpoint entries without a live alternative
 * @param split              when every entry has a live alternative but they are not connected; else null
 * @param rootEvents         the failed basic events behind all of this, dependencies included, in
 *                           incident order; empty for a service down with no failure at all
 */
public record ServiceCause(boolean failedItself, List<String> dependenciesDown,
                           List<List<String>> dependencyEntriesDown, List<EntryCutOff> entriesCutOff,
                           NetworkSplit split, List<String> rootEvents) {
    public ServiceCause {
        dependenciesDown = List.copyOf(dependenciesDown);
        dependencyEntriesDown = dependencyEntriesDown.stream().map(List::copyOf).toList();
        entriesCutOff = List.copyOf(entriesCutOff);
        rootEvents = List.copyOf(rootEvents);
    }
}
