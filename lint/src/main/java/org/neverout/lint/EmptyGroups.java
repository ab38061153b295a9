package org.neverout.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neverout.model.Group;
import org.neverout.model.Model;

/** {@code empty-group}: a declared shared-risk group no node, link or power feed is in. O(model). */
final class EmptyGroups implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        Set<String> used = new HashSet<>();
        model.nodes().forEach(n -> used.addAll(n.groups()));
        model.links().forEach(l -> used.addAll(l.groups()));
        model.powerFeeds().forEach(f -> used.addAll(f.groups()));
        List<LintWarning> out = new ArrayList<>();
        for (Group g : model.groups()) {
            if (!used.contains(g.id())) {
                out.add(LintCheck.at(model, "empty-group", g.id(), "group '" + g.id()
                                + "' is declared but no node, link or power feed is in it",
                        "add 'groups: [" + g.id() + "]' to what shares the risk (an assign rule can do many), "
                                + "or remove the group"));
            }
        }
        return out;
    }
}
