package org.neverout.engine;

import java.util.List;

/**
 * Minimal cut sets of one service (MODEL.md "Cut sets").
 *
 * @param up                whether the service is up with no failure
 * @param complete          false only when a limit cut the enumeration short
 * @param incompleteReason  why it is incomplete, null when complete
 * @param cutSets           every minimal cut set of size &lt;= order (when complete), each sorted by id,
 *                          sorted by size then element by element; [[]] for a service down with no failure
 */
public record ServiceResult(String id, boolean up, boolean complete, String incompleteReason,
                            List<List<String>> cutSets) {
    public ServiceResult {
        cutSets = cutSets.stream().map(List::copyOf).toList();
    }

    /** Cut sets of exactly one event: the service's single points of failure. */
    public List<List<String>> singlePointsOfFailure() {
        return cutSets.stream().filter(c -> c.size() == 1).toList();
    }
}
