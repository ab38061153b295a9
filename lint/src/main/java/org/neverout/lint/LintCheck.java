package org.neverout.lint;

import java.util.List;

import org.neverout.model.Model;

/** One lint check: the warnings it finds in a (valid) model, in model order. */
interface LintCheck {
    List<LintWarning> check(Model model);

    /** A warning located at the element's declaration. */
    static LintWarning at(Model model, String code, String id, String message, String fix) {
        return new LintWarning(code, id, model.source().locationOf(id), message, fix);
    }
}
