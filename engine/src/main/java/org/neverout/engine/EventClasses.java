package org.neverout.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enabled network events (every kind but service) grouped into classes of identical effect (same
 * nodes, links and feeds taken down). The engine works on one representative per class and expands
 * each class back to all its member events in the output. Events with no effect at all are left out:
 * they can never be part of a minimal cut set. Classes are numbered by their first member's event index.
 */
final class EventClasses {
    /** Representative event of each class. */
    final int[] representative;
    /** Member events of each class, ascending event index. */
    final int[][] members;
    /** The class whose effect is exactly that node, or -1. */
    final int[] nodeClass;
    /** The class whose effect is exactly that link, or -1. */
    final int[] linkClass;
    /** Classes that are neither a single node nor a single link, ascending. */
    final int[] multiClasses;

    private EventClasses(int[] representative, int[][] members, int[] nodeClass, int[] linkClass,
                         int[] multiClasses) {
        this.representative = representative;
        this.members = members;
        this.nodeClass = nodeClass;
        this.linkClass = linkClass;
        this.multiClasses = multiClasses;
    }

    int count() {
        return representative.length;
    }

    /** Groups the events of the enabled kinds; O(total event effect size). */
    static EventClasses of(CompiledModel m, Set<EventKind> kinds) {
        Map<String, List<Integer>> byEffect = new LinkedHashMap<>();
        for (int e = 0; e < m.events.size(); e++) {
            EventKind kind = m.events.get(e).kind();
            if (kind == EventKind.SERVICE || !kinds.contains(kind) || m.hasNoEffect(e)) {
                continue;
            }
            byEffect.computeIfAbsent(effectKey(m, e), k -> new ArrayList<>()).add(e);
        }
        int count = byEffect.size();
        int[] representative = new int[count];
        int[][] members = new int[count][];
        int[] nodeClass = new int[m.nodeCount()];
        int[] linkClass = new int[m.linkCount()];
        Arrays.fill(nodeClass, -1);
        Arrays.fill(linkClass, -1);
        IntList multi = new IntList();
        int c = 0;
        for (List<Integer> group : byEffect.values()) {
            members[c] = group.stream().mapToInt(Integer::intValue).toArray();
            int e = members[c][0];
            representative[c] = e;
            int nodes = m.eventNodeStart[e + 1] - m.eventNodeStart[e];
            int links = m.eventLinkStart[e + 1] - m.eventLinkStart[e];
            int feeds = m.eventFeedStart[e + 1] - m.eventFeedStart[e];
            if (nodes == 1 && links == 0 && feeds == 0) {
                nodeClass[m.eventNode[m.eventNodeStart[e]]] = c;
            } else if (nodes == 0 && links == 1 && feeds == 0) {
                linkClass[m.eventLink[m.eventLinkStart[e]]] = c;
            } else {
                multi.add(c);
            }
            c++;
        }
        return new EventClasses(representative, members, nodeClass, linkClass, multi.toArray());
    }

    private static String effectKey(CompiledModel m, int e) {
        StringBuilder key = new StringBuilder();
        append(key.append('n'), m.eventNode, m.eventNodeStart[e], m.eventNodeStart[e + 1]);
        append(key.append('l'), m.eventLink, m.eventLinkStart[e], m.eventLinkStart[e + 1]);
        append(key.append('f'), m.eventFeed, m.eventFeedStart[e], m.eventFeedStart[e + 1]);
        return key.toString();
    }

    private static void append(StringBuilder key, int[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            key.append(values[i]).append(',');
        }
    }
}
