package org.neverout.compliance;

import dev.cel.runtime.CelRuntime;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates compiled rules on subjects. Never throws for a rule that misbehaves on one subject: that is
 * reported as a {@link RuleFinding.Kind#RULE_ERROR} finding.
 *
 * <p>Undeclared facts: a {@code when} filter that cannot be evaluated because it reads an undeclared fact
 * does not select the subject; a {@code require} that reads an undeclared fact is not met, and the
 * finding says "not declared: &lt;fact&gt;". {@code has()} tests whether a fact is declared.
 */
final class RuleEvaluator {
    /** What happened when a rule met a subject. */
    enum Status { NOT_APPLICABLE, PASSED, FAILED, ERROR }

    /** The status, and the finding for {@code FAILED} and {@code ERROR}. */
    record Outcome(Status status, RuleFinding finding) {
    }

    private final Map<String, Object> params;
    private final Object celParams;
    private final Instant asOf;

    /**
     * @param params  the threshold parameters in force (plain values, for evidence)
     * @param asOf    midnight UTC of the check date
     */
    RuleEvaluator(Map<String, Object> params, Instant asOf) {
        this.params = params;
        this.celParams = CelValues.toCel(params);
        this.asOf = asOf;
    }

    /** The CEL variables for {@code subject}: its facts, {@code subject}, {@code params} and {@code as_of}. */
    Map<String, Object> activation(Subject subject) {
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) CelValues.toCel(subject.facts());
        Map<String, Object> vars = new HashMap<>(facts);
        vars.put(CelSchema.SUBJECT, facts);
        vars.put(CelSchema.PARAMS, celParams);
        vars.put(CelSchema.AS_OF, asOf);
        return vars;
    }

    Outcome evaluate(CompiledRule compiled, Subject subject, Map<String, Object> activation) {
        Rule rule = compiled.rule();
        if (compiled.when() != null) {
            Result when = run(compiled.when(), activation, Boolean.class);
            if (when.error != null) {
                if (!undeclared(compiled.whenReads(), subject).isEmpty()) {
                    return new Outcome(Status.NOT_APPLICABLE, null);
                }
                return error(rule, subject, "when", when.error, compiled.whenReads());
            }
            if (!Boolean.TRUE.equals(when.value)) {
                return new Outcome(Status.NOT_APPLICABLE, null);
            }
        }
        Result require = run(compiled.require(), activation, Boolean.class);
        List<String> missing = undeclared(compiled.requireReads(), subject);
        if (require.error != null && missing.isEmpty()) {
            return error(rule, subject, "require", require.error, compiled.requireReads());
        }
        if (require.error == null && Boolean.TRUE.equals(require.value)) {
            return new Outcome(Status.PASSED, null);
        }
        String message = null;
        if (require.error == null && compiled.message() != null) {
            Result m = run(compiled.message(), activation, String.class);
            message = m.error == null ? (String) m.value : null;
        }
        if (message == null) {
            message = missing.isEmpty() ? "not met: " + rule.require().strip()
                    : "not declared: " + String.join(", ", missing);
        }
        return new Outcome(Status.FAILED, new RuleFinding(rule.id(), rule.title(), rule.pack(), rule.severity(),
                subject.id(), subject.kind(), message, evidence(compiled.evidenceReads(), subject),
                RuleFinding.Kind.VIOLATION));
    }

    private Outcome error(Rule rule, Subject subject, String what, Exception e, List<FactPath> reads) {
        String message = "rule error: " + what + " cannot be evaluated on " + subject.kind().token() + " '"
                + subject.id() + "': " + String.valueOf(e.getMessage())
                .replaceFirst("^evaluation error at <input>:(\\d+): ", "at character $1: ");
        return new Outcome(Status.ERROR, new RuleFinding(rule.id(), rule.title(), rule.pack(), rule.severity(),
                subject.id(), subject.kind(), message, evidence(reads, subject), RuleFinding.Kind.RULE_ERROR));
    }

    private List<String> undeclared(List<FactPath> reads, Subject subject) {
        return reads.stream().filter(p -> p.lookup(subject.facts(), params).isEmpty())
                .map(p -> CelSchema.declaredSource(p.name())).distinct().collect(Collectors.toList());
    }

    /** The facts read, by name; an undeclared one maps to null. */
    private Map<String, Object> evidence(List<FactPath> reads, Subject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FactPath p : reads) {
            Optional<Object> v = p.lookup(subject.facts(), params);
            out.put(p.name(), v.orElse(null));
        }
        return out;
    }

    private static Result run(CelRuntime.Program program, Map<String, Object> activation, Class<?> expected) {
        try {
            Object value = program.eval(activation);
            if (!expected.isInstance(value)) {
                // CEL yields an "unknown" result, not an error, for a top-level variable missing from the
                // activation: the expression depends on an undeclared fact
                return new Result(null, new IllegalStateException("depends on undeclared facts"));
            }
            return new Result(value, null);
        } catch (Exception e) {
            // CelEvaluationException for rule-level errors; anything else is still this rule's problem only
            return new Result(null, e);
        }
    }

    private record Result(Object value, Exception error) {
    }
}
