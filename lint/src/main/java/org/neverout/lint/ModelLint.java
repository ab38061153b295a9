package org.neverout.lint;

import java.util.ArrayList;
import java.util.List;

import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;

/**
 * {@code neverout lint}: the checks for models that are valid but probably wrong (issue 22), each a
 * class of its own, run in a fixed order. Cost: linear in the model's size, except the both-or-either
 * check (quadratic in the endpoint entries of one service) and the dependency check (one component
 * labelling of the whole network, O(V + E), then linear in the endpoints).
 */
public final class ModelLint {
    private ModelLint() {
    }

    /** Every warning, check by check. */
    public static List<LintWarning> check(Model model) {
        List<LintCheck> checks = List.of(
                new UnpoweredNodes(),
                new SingleFeedSites(),
                new BothWhereEitherMeant(),
                new UnreachableDependencies(CompiledModel.compile(model)),
                new EmptyGroups(),
                new IdleSuppliers(),
                new LoaderWarnings(),
                new AllCoreRoles());
        List<LintWarning> out = new ArrayList<>();
        for (LintCheck c : checks) {
            out.addAll(c.check(model));
        }
        return List.copyOf(out);
    }
}
