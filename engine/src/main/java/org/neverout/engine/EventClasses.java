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
 * they can never be part of a minimal cut set.
 *
 * <p>Classes are numbered multi-element classes first, then single nodes and links, each group in the order
 * of its first member event. The level workers extend a prefix by classes above its last one: single nodes
 * and links by the single-point search, multi-element classes by applying each and relabelling the network.
 * With multi-element classes first, a cut set holding any single node or link ends with one, so it is found
 * by the search; only prefixes of multi-element classes alone are relabelled per multi-element class.
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
        // multi-element classes first, then single nodes and links, each in event order
        List<List<Integer>> ordered = new ArrayList<>();
        for (List<Integer> group : byEffect.values()) {
            if (!isSingle(m, group.get(0))) {
                ordered.add(group);
            }
        }
        for (List<Integer> group : byEffect.values()) {
            if (isSingle(m, group.get(0))) {
                ordered.add(group);
            }
        }
        int count = ordered.size();
        int[] representative = new int[count];
        int[][] members = new int[count][];
        int[] nodeClass = new int[m.nodeCount()];
        int[] linkClass = new int[m.linkCount()];
        Arrays.fill(nodeClass, -1);
        Arrays.fill(linkClass, -1);
        IntList multi = new IntList();
        for (int c = 0; c < count; c++) {
            members[c] = ordered.get(c).stream().mapToInt(Integer::intValue).toArray();
            int e = members[c][0];
            representative[c] = e;
            if (!isSingle(m, e)) {
                multi.add(c);
            } else if (m.eventNodeStart[e + 1] - m.eventNodeStart[e] == 1) {
                nodeClass[m.eventNode[m.eventNodeStart[e]]] = c;
            } else {
                linkClass[m.eventLink[m.eventLinkStart[e]]] = c;
            }
        }
        return new EventClasses(representative, members, nodeClass, linkClass, multi.toArray());
    }

    /** Whether the event's effect is exactly one node or exactly one link. */
    private static boolean isSingle(CompiledModel m, int e) {
        int nodes = m.eventNodeStart[e + 1] - m.eventNodeStart[e];
        int links = m.eventLinkStart[e + 1] - m.eventLinkStart[e];
        int feeds = m.eventFeedStart[e + 1] - m.eventFeedStart[e];
        return feeds == 0 && nodes + links == 1;
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
