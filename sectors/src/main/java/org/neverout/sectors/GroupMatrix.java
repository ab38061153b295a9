package org.neverout.sectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group x group matrix: for each pair of different groups, how many shared causes reach both and the
 * worst one; on the diagonal, how many reach the group at all. Built in O(causes x g^2) for causes reaching
 * g groups each; looked up in O(1).
 *
 * @param groups  every group, sorted (the rows and columns)
 * @param pairs   the pairs a &lt; b that share at least one cause, by a then b
 * @param reach   per group, how many causes reach it
 */
public record GroupMatrix(List<String> groups, List<GroupPair> pairs, Map<String, Integer> reach) {
    public GroupMatrix {
        groups = List.copyOf(groups);
        pairs = List.copyOf(pairs);
        reach = Map.copyOf(reach);
    }

    /** The matrix of {@code causes} (in the contract's order, so the first reaching a pair is its worst). */
    public static GroupMatrix of(List<String> groups, List<SharedCause> causes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            index.put(groups.get(i), i);
        }
        int n = groups.size();
        int[][] count = new int[n][n];
        SharedCause[][] worst = new SharedCause[n][n];
        for (SharedCause c : causes) {
            int[] at = new int[c.groups().size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = index.get(c.groups().get(k));
            }
            for (int i : at) {
                for (int j : at) {
                    count[i][j]++;
                    if (worst[i][j] == null) {
                        worst[i][j] = c;
                    }
                }
            }
        }
        List<GroupPair> pairs = new ArrayList<>();
        Map<String, Integer> reach = new HashMap<>();
        for (int i = 0; i < n; i++) {
            reach.put(groups.get(i), count[i][i]);
            for (int j = i + 1; j < n; j++) {
                if (count[i][j] > 0) {
                    pairs.add(new GroupPair(groups.get(i), groups.get(j), count[i][j], worst[i][j]));
                }
            }
        }
        return new GroupMatrix(groups, pairs, reach);
    }

    /** The cell of two groups in either order (a pair sharing nothing has 0 causes), or the diagonal. */
    public GroupPair cell(String a, String b) {
        if (a.equals(b)) {
            return new GroupPair(a, a, reach.getOrDefault(a, 0), null);
        }
        String lo = a.compareTo(b) < 0 ? a : b;
        String hi = a.compareTo(b) < 0 ? b : a;
        for (GroupPair p : pairs) {
            if (p.a().equals(lo) && p.b().equals(hi)) {
                return p;
            }
        }
        return new GroupPair(lo, hi, 0, null);
    }

    /** The largest count of any pair (0 when nothing is shared): the top of the heat map's scale. */
    public int maxPairCount() {
        return pairs.stream().mapToInt(GroupPair::causes).max().orElse(0);
    }
}
