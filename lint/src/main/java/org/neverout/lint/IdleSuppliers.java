package org.neverout.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neverout.model.Model;
import org.neverout.model.Supplier;

/**
 * {@code idle-supplier}: a supplier that operates nothing, neither itself nor through a subcontractor, so
 * its failure takes nothing down. A supplier with sensitive knowledge ({@code knows}) or authorisations
 * is not idle: the control analysis reads those (a cable-route engineer, remote vendor support).
 * O(model + suppliers x depth).
 */
final class IdleSuppliers implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        Set<String> operating = new HashSet<>();
        model.nodes().forEach(n -> operating.add(n.operator()));
        model.links().forEach(l -> operating.add(l.operator()));
        Map<String, String> parent = new HashMap<>();
        model.suppliers().forEach(s -> parent.put(s.id(), s.parent()));
        Set<String> active = new HashSet<>();
        for (String op : operating) {
            // an operating supplier makes its parents active too (they answer for their subcontractors)
            Set<String> seen = new HashSet<>();
            for (String s = op; s != null && seen.add(s); s = parent.get(s)) {
                active.add(s);
            }
        }
        Map<String, Integer> owned = new HashMap<>();
        model.nodes().forEach(n -> owned.merge(n.owner(), 1, Integer::sum));
        model.links().forEach(l -> owned.merge(l.owner(), 1, Integer::sum));
        List<LintWarning> out = new ArrayList<>();
        for (Supplier s : model.suppliers()) {
            if (!active.contains(s.id()) && s.knows().isEmpty() && s.authorisations().isEmpty()) {
                int owns = owned.getOrDefault(s.id(), 0);
                out.add(LintCheck.at(model, "idle-supplier", s.id(), "supplier '" + s.id()
                                + "' operates nothing (nor do its subcontractors), so its failure takes nothing down"
                                + (owns > 0 ? " (it owns " + owns + " elements)" : ""),
                        "set 'operator: " + s.id() + "' on what it runs (an assign rule can do many), or remove it"));
            }
        }
        return out;
    }
}
