package org.neverout.lint;

import java.util.ArrayList;
import java.util.List;

import org.neverout.model.Model;
import org.neverout.model.Site;

/** {@code single-feed-site}: a site with exactly one power feed loses power with it. O(sites). */
final class SingleFeedSites implements LintCheck {
    @Override
    public List<LintWarning> check(Model model) {
        List<LintWarning> out = new ArrayList<>();
        for (Site s : model.sites()) {
            if (s.power().size() == 1) {
                out.add(LintCheck.at(model, "single-feed-site", s.id(), "site '" + s.id() + "' has one power feed ("
                                + s.power().get(0) + "): every node there fails with it",
                        "add the site's second feed (generator, UPS, second grid connection) to its 'power' if "
                                + "it has one"));
            }
        }
        return out;
    }
}
