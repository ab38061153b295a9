package org.neverout.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;

/**
 * {@code both-or-either}: two single-node endpoint entries of one service whose nodes share a role and
 * whose ids differ only in a number ({@code ntp-1}, {@code ntp-2}) are probably alternatives: as written
 * the service needs both. O(k^2) per service of k single-node entries.
 */
final class BothWhereEitherMeant implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        Map<String, Node> nodes = new HashMap<>();
        model.nodes().forEach(n -> nodes.put(n.id(), n));
        List<LintWarning> out = new ArrayList<>();
        for (Service s : model.services()) {
            List<String> singles = s.endpoints().stream().filter(e -> e.size() == 1).map(e -> e.get(0)).toList();
            for (int i = 0; i < singles.size(); i++) {
                for (int j = i + 1; j < singles.size(); j++) {
                    String a = singles.get(i);
                    String b = singles.get(j);
                    Node na = nodes.get(a);
                    Node nb = nodes.get(b);
                    if (na != null && nb != null && !a.equals(b) && Objects.equals(na.role(), nb.role())
                            && differOnlyInANumber(a, b)) {
                        out.add(LintCheck.at(model, "both-or-either", s.id(), "service '" + s.id()
                                        + "' needs both " + a + " and " + b + " (two endpoint entries); they share "
                                        + "the role " + (na.role() == null ? "(none)" : na.role())
                                        + " and differ only in a number, so they are probably alternatives",
                                "if either will do, write them as one entry: [[" + a + ", " + b + "]]"));
                    }
                }
            }
        }
        return out;
    }

    /** True when the ids are equal once every run of digits is replaced by one placeholder. */
    static boolean differOnlyInANumber(String a, String b) {
        String shapeA = a.replaceAll("[0-9]+", "#");
        return shapeA.contains("#") && shapeA.equals(b.replaceAll("[0-9]+", "#"));
    }
}
