package org.neverout.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.model.Model;
import org.neverout.remediate.Action;
import org.neverout.remediate.FixedModelWriter;
import org.neverout.remediate.PlanJson;
import org.neverout.remediate.PlanText;
import org.neverout.remediate.RemediationPlan;
import org.neverout.remediate.RemediationPlanner;
import org.neverout.remediate.RemediationQuestion;
import org.neverout.remediate.UserCandidates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neverout remediate MODEL}: what to fix first, each step proven by re-analysis. */
@Command(name = "remediate",
        mixinStandardHelpOptions = true,
        header = "Plan what to fix first: the actions that remove the most never-out violations, each proven by "
                + "re-analysis.",
        description = {
            "Builds a plan step by step. Each step takes, among all candidate actions, the one whose model has "
                + "the fewest never-out violations of size 0, then of size 1, then 2, ... (the profiles of "
                + "docs/MODEL.md 1.1 summed over services), measured by an exact re-analysis of the model with "
                + "the action applied; ties go to the action whose removed violations weigh the most impact "
                + "(users x category weight), then to the lower cost. No step may regress any service (the "
                + "per-service rule of 'neverout diff').",
            "",
            "Candidates are generated from the model: new links between non-adjacent nodes at different sites "
                + "(in a new conduit, length from coordinates x 1.3), second power feeds, diverse software on "
                + "one node of a redundant group, a second diverse shared service as an alternative in "
                + "depends_on, an extra alternative endpoint, dual-homing, and operation taken over from a "
                + "supplier. --candidates FILE replaces them with the organisation's own (YAML: candidates: "
                + "[{name, patch, cost}]). Candidates that cannot help are pruned soundly before analysis.",
            "",
            "--apply N --out FIXED writes the model with the first N steps applied (every original element "
                + "kept, new ones marked '# added by remediate'); 'neverout diff MODEL FIXED --fail-on "
                + "never-out' then passes. With --time-limit the plan lists the steps found so far and says it "
                + "is partial."})
public final class RemediateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.yaml, .yml, .json) or an importable topology.")
    Path model;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "5",
            description = "At most N steps, at least 1 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--candidates", paramLabel = "FILE",
            description = "Only these candidate actions (YAML: candidates: [{name, patch, cost}]) instead of generated ones.")
    Path candidates;

    @Option(names = "--apply", paramLabel = "N",
            description = "With --out: write the model with the first N steps applied instead of the plan.")
    Integer apply;

    @Mixin
    TextOrJson output;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        analysis.validate();
        if (steps < 1) {
            throw new UsageException("--steps must be at least 1, got " + steps);
        }
        if (analysis.maxCutSets != null) {
            throw new UsageException("--max-cut-sets is not available here: every step is measured by a complete "
                    + "analysis (use --time-limit to bound the run)");
        }
        if (apply != null) {
            if (apply < 1 || apply > steps) {
                throw new UsageException("--apply must be from 1 to --steps (" + steps + "), got " + apply);
            }
            if (output.out == null) {
                throw new UsageException("--apply N needs --out FIXED: the file to write the fixed model to");
            }
        }
        if (output.out != null) {
            Output.checkWritable(output.out);
        }
        Model m = ModelInput.load(model, spec.commandLine().getErr());
        List<Action> user = candidates == null ? null : UserCandidates.read(candidates, m);
        AnalysisQuestion question = analysis.question(m);
        RemediationPlan plan = RemediationPlanner.plan(m, new RemediationQuestion(question, steps, user,
                analysis.timeLimit == null || analysis.timeLimit.isZero() ? null : analysis.timeLimit));
        if (plan.partial()) {
            spec.commandLine().getErr().println("neverout: warning: partial plan: " + plan.partialReason());
        }
        if (apply != null) {
            if (plan.steps().size() < apply) {
                throw new UsageException("the plan has " + plan.steps().size() + " step"
                        + (plan.steps().size() == 1 ? "" : "s") + " (" + plan.stopReason() + "): cannot apply " + apply);
            }
            Output.writeAtomically(output.out, FixedModelWriter.toYaml(m, plan, apply).getBytes(StandardCharsets.UTF_8),
                    m.classification().isPresent());
            spec.commandLine().getErr().println("neverout: wrote " + output.out + " with " + apply + " step"
                    + (apply == 1 ? "" : "s") + " applied");
            return 0;
        }
        output.write(m.classification(), () -> PlanText.toText(plan), () -> PlanJson.toJson(plan), spec.commandLine().getOut());
        return 0;
    }
}
