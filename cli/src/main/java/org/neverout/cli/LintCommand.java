package org.neverout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neverout.lint.LintWarning;
import org.neverout.lint.ModelLint;
import org.neverout.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout lint MODEL [--strict]}: what is valid but probably wrong, each with its fix. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        header = "Warn about what is valid in a model but probably wrong, each with the element and the fix.",
        description = {
            "Checks (codes): unpowered-node (no site and no power feeds: never loses power), single-feed-site, "
                + "both-or-either (two single-node endpoint entries that share a role and differ only in a "
                + "number: probably [[a, b]]), unreachable-dependency (no endpoint of a depends_on service is "
                + "ever connected to the dependent's endpoints), empty-group, idle-supplier (operates nothing, "
                + "nor do its subcontractors), unmatched-assign (an assign rule that matches nothing), "
                + "all-core-roles (every node still role core, as after an import), model-warning (any other "
                + "warning of the loader).",
            "",
            "Exit code 0 (also with warnings), 1 with --strict when there is any warning, 2 for an invalid "
                + "model. Example: neverout lint examples/nafin-example.yaml"})
public final class LintCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--strict", description = "Exit 1 when there is any warning (for CI).")
    boolean strict;

    @Mixin
    TextOrJson output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        List<LintWarning> warnings = ModelLint.check(m);
        output.write(m.classification(), () -> text(m, warnings), () -> json(m, warnings), spec.commandLine().getOut());
        return strict && !warnings.isEmpty() ? 1 : 0;
    }

    static String text(Model m, List<LintWarning> warnings) {
        StringBuilder sb = new StringBuilder();
        for (LintWarning w : warnings) {
            sb.append(w.location()).append(": warning [").append(w.code()).append("] ").append(w.message())
                    .append("\n    fix: ").append(w.fix()).append('\n');
        }
        sb.append(m.source().file()).append(": ").append(warnings.isEmpty() ? "no warnings"
                : warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")).append('\n');
        return sb.toString();
    }

    static Map<String, Object> json(Model m, List<LintWarning> warnings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", m.name());
        root.put("file", m.source().file());
        root.put("count", warnings.size());
        List<Map<String, Object>> list = new ArrayList<>();
        for (LintWarning w : warnings) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("code", w.code());
            o.put("element", w.element());
            o.put("file", w.location().file());
            o.put("line", w.location().line());
            o.put("column", w.location().column());
            o.put("message", w.message());
            o.put("fix", w.fix());
            list.add(o);
        }
        root.put("warnings", list);
        return root;
    }
}
