package org.neverout.lint;

import java.util.List;

import org.neverout.model.Model;
import org.neverout.model.Node;

/**
 * {@code all-core-roles}: every node (of two or more) has {@code role: core}, as an import leaves them;
 * the supply-chain compliance rules read the role, so they then judge every node as core. O(nodes).
 */
final class AllCoreRoles implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        List<Node> nodes = model.nodes();
        if (nodes.size() < 2 || !nodes.stream().allMatch(n -> "core".equals(n.role()))) {
            return List.of();
        }
        return List.of(new LintWarning("all-core-roles", model.name(), model.source().locationOf(nodes.get(0).id()),
                "every one of the " + nodes.size() + " nodes has role core (as an import sets it); the "
                        + "supply-chain rules read the role, so they treat every node as core",
                "set the real roles (access, distribution, server, ...), e.g. with assign rules "
                        + "{nodes: \"*-acc-*\", role: access}"));
    }
}
