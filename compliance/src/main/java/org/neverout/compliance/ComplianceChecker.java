package org.neverout.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Problem;
import org.neverout.model.Severity;

/**
 * Checks a model against the built-in rule packs and the user's rules.
 *
 * <ul>
 *   <li>A user rule with the id of a built-in replaces it; two user rules may not share an id.</li>
 *   <li>Rules the model disables ({@code compliance.disabled}) are not evaluated and are reported as
 *       disabled, with the reason given; disabling an id that no rule has is an error.</li>
 *   <li>Threshold parameters take the model's overrides ({@code compliance.thresholds}).</li>
 *   <li>Every rule is evaluated on every subject of its kind that its {@code when} filter selects; see
 *       {@link RuleEvaluator} for undeclared facts and rules that fail to evaluate.</li>
 * </ul>
 *
 * <p>Cost: O(R · S · e) for R rules, S subjects of a rule's kind and e the cost of its expressions, plus
 * O(model) to compute the subjects' facts once (sites' node lists are O(sites · nodes)).
 */
public final class ComplianceChecker {
    private ComplianceChecker() {
    }

    /** Checks {@code model} at {@code asOf} with the built-in packs and {@code userRules}. */
    public static ComplianceResult check(Model model, List<Rule> userRules, LocalDate asOf) {
        return check(model, BuiltinRules.load(), userRules, asOf);
    }

    /**
     * Checks {@code model} at {@code asOf} with the given built-in packs and {@code userRules}.
     *
     * @throws InvalidModelException for user rules with the same id, a rule that does not type-check,
     *                               an unknown or mistyped threshold, or a disabled id that no rule has
     */
    public static ComplianceResult check(Model model, BuiltinRules builtins, List<Rule> userRules, LocalDate asOf) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(asOf, "asOf");
        ComplianceSettings settings = model.compliance() == null ? ComplianceSettings.NONE : model.compliance();
        Map<String, Rule> rules = effectiveRules(builtins, userRules);
        List<DisabledRule> disabled = disabled(rules, settings, model.source());
        disabled.forEach(d -> rules.remove(d.rule()));

        Map<String, Object> params = Thresholds.resolve(builtins.parameters(), settings, model.source());
        RuleCompiler compiler = RuleCompiler.forParameters(builtins.parameters());
        List<CompiledRule> compiled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules.values()) {
            try {
                compiled.add(compiler.compile(rule));
            } catch (InvalidModelException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }

        SubjectFacts facts = new SubjectFacts(model, asOf, new ArrayList<>(builtins.measures().entrySet()));
        RuleEvaluator evaluator = new RuleEvaluator(params, instant(asOf));
        Map<SubjectKind, List<Subject>> subjects = new EnumMap<>(SubjectKind.class);
        // subjects are created once per kind, so identity is their key (cheaper than hashing their facts)
        Map<Subject, Map<String, Object>> activations = new IdentityHashMap<>();
        List<RuleFinding> findings = new ArrayList<>();
        List<RuleStats> stats = new ArrayList<>();
        for (CompiledRule c : compiled) {
            Rule rule = c.rule();
            int applicable = 0;
            int passed = 0;
            int failed = 0;
            int errors = 0;
            for (Subject subject : subjects.computeIfAbsent(rule.appliesTo(), facts::subjects)) {
                Map<String, Object> activation = activations.computeIfAbsent(subject, evaluator::activation);
                RuleEvaluator.Outcome outcome = evaluator.evaluate(c, subject, activation);
                switch (outcome.status()) {
                    case NOT_APPLICABLE -> {
                        continue;
                    }
                    case PASSED -> passed++;
                    case FAILED -> failed++;
                    case ERROR -> errors++;
                }
                applicable++;
                if (outcome.finding() != null) {
                    findings.add(outcome.finding());
                }
            }
            stats.add(new RuleStats(rule.id(), rule.title(), rule.pack(), rule.severity(), rule.appliesTo(),
                    applicable, passed, failed, errors));
        }
        findings.sort(RuleFinding.ORDER);
        List<MeasureCoverage> coverage = coverage(subjects.computeIfAbsent(SubjectKind.MEASURE, facts::subjects),
                findings);
        return new ComplianceResult(model.name(), asOf, findings, coverage, stats, disabled);
    }

    /** Built-ins, then user rules (a user rule replaces the built-in with its id), ordered by id. */
    private static Map<String, Rule> effectiveRules(BuiltinRules builtins, List<Rule> userRules) {
        Map<String, Rule> rules = new TreeMap<>();
        builtins.rules().forEach(r -> rules.put(r.id(), r));
        Map<String, Rule> users = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : userRules) {
            Rule first = users.putIfAbsent(rule.id(), rule);
            if (first != null) {
                problems.add(new Problem(rule.location(), "rule id '" + rule.id() + "' is used again (first at "
                        + first.location() + ")"));
            }
            rules.put(rule.id(), rule);
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return rules;
    }

    private static List<DisabledRule> disabled(Map<String, Rule> rules, ComplianceSettings settings,
                                               Model.Source source) {
        List<DisabledRule> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(settings.disabled()).entrySet()) {
            Rule rule = rules.get(e.getKey());
            if (rule == null) {
                Location where = source.locationOf("compliance.disabled." + e.getKey());
                problems.add(new Problem(where, "compliance: cannot disable '" + e.getKey()
                        + "': no rule has that id"));
            } else {
                out.add(new DisabledRule(rule.id(), rule.title(), rule.pack(), e.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return out;
    }

    private static List<MeasureCoverage> coverage(List<Subject> measures, List<RuleFinding> findings) {
        Map<String, List<RuleFinding>> byMeasure = new LinkedHashMap<>();
        findings.stream().filter(f -> f.subjectKind() == SubjectKind.MEASURE)
                .forEach(f -> byMeasure.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f));
        List<MeasureCoverage> out = new ArrayList<>();
        // a duty-of-care finding on the model itself (no measures declared) is a gap of every undeclared measure
        List<RuleFinding> modelGaps = findings.stream()
                .filter(f -> f.subjectKind() == SubjectKind.MODEL && f.rule().startsWith("DC-")).toList();
        for (Subject m : measures) {
            Map<String, Object> f = m.facts();
            List<RuleFinding> gaps = new ArrayList<>(byMeasure.getOrDefault(m.id(), List.of()));
            if (!Boolean.TRUE.equals(f.get("declared"))) {
                gaps.addAll(modelGaps);
            }
            Severity worst = gaps.stream().map(RuleFinding::severity).max(Comparator.naturalOrder()).orElse(null);
            boolean declared = Boolean.TRUE.equals(f.get("declared"));
            out.add(new MeasureCoverage(m.id(), (String) f.get("title"),
                    declared ? (String) f.getOrDefault("status", MeasureCoverage.MISSING) : MeasureCoverage.MISSING,
                    (String) f.get("evidence"), (LocalDate) f.get("review_date"), worst,
                    new ArrayList<>(new TreeSet<>(gaps.stream().map(RuleFinding::rule).toList()))));
        }
        return out;
    }

    /** Midnight UTC of {@code date}: the value of {@code as_of} in rules. */
    static Instant instant(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
