package org.neverout.lint;

import java.util.ArrayList;
import java.util.List;

import org.neverout.model.Model;
import org.neverout.model.Node;

/** {@code unpowered-node}: a node with no site and no {@code power} list never loses power. O(nodes). */
final class UnpoweredNodes implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        List<LintWarning> out = new ArrayList<>();
        for (Node n : model.nodes()) {
            if (n.site() == null && n.power() == null) {
                out.add(LintCheck.at(model, "unpowered-node", n.id(), "node '" + n.id()
                                + "' has no site and no power feeds, so it never loses power",
                        "give it a 'site' (whose feeds power it) or 'power: [feed]'; write 'power: []' if it "
                                + "really never loses power"));
            }
        }
        return out;
    }
}
