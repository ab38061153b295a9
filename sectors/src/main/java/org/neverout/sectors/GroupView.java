package org.neverout.sectors;

import java.util.List;

/**
 * The view of one grouping of the services (by sector or by organisation): the groups, the causes they
 * share, and the matrix of who shares with whom.
 *
 * @param groups  every group with its services, sorted by id
 * @param causes  the shared causes in the contract's order: more groups first, then |C| ascending, then C
 *                as cut sets are sorted
 * @param matrix  the group x group matrix of {@code causes}
 */
public record GroupView(List<GroupSummary> groups, List<SharedCause> causes, GroupMatrix matrix) {
    public GroupView {
        groups = List.copyOf(groups);
        causes = List.copyOf(causes);
    }

    /** The causes that reach one group, in the contract's order. */
    public List<SharedCause> reaching(String group) {
        return causes.stream().filter(c -> c.reaches(group)).toList();
    }

    /** The other groups that share at least one cause with {@code group}, sorted. */
    public List<String> sharingWith(String group) {
        return matrix.pairs().stream().filter(p -> p.a().equals(group) || p.b().equals(group))
                .map(p -> p.a().equals(group) ? p.b() : p.a()).sorted().toList();
    }
}
