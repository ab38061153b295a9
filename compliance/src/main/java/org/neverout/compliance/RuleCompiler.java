package org.neverout.compliance;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;

/**
 * Type-checks rules against the declared type of their subject kind ({@link CelSchema}) and prepares them
 * for evaluation. One CEL environment per subject kind, built once; compiling a rule is linear in the
 * size of its expressions.
 *
 * <p>Besides the standard CEL library and macros ({@code has}, {@code all}, {@code exists}, {@code map},
 * {@code filter}), rules may use the CEL string extensions ({@code lowerAscii()}, {@code trim()},
 * {@code join()}, ...) and {@code date(timestamp)}, the timestamp's UTC date as {@code yyyy-mm-dd}.
 */
final class RuleCompiler {
    /** Expressions longer than this are refused (hostile or accidental input). */
    static final int MAX_EXPRESSION_LENGTH = 10_000;
    /**
     * Iterations one evaluation may spend in comprehensions ({@code all}, {@code map}, ...): nested ones over
     * large lists would otherwise run for hours. Exceeding it makes a rule-error finding, not a hang.
     */
    static final int MAX_COMPREHENSION_ITERATIONS = 100_000;

    /** Building CEL environments and checking rules dominates a small check: both are kept. */
    private static final Map<Map<String, Object>, RuleCompiler> CACHE = new ConcurrentHashMap<>();

    private final Map<SubjectKind, Cel> environments = new EnumMap<>(SubjectKind.class);
    private final Map<SubjectKind, Set<String>> variables = new EnumMap<>(SubjectKind.class);
    private final Map<Rule, CompiledRule> compiled = new ConcurrentHashMap<>();

    /** The (shared, thread-safe) compiler whose {@code params} has one field per entry of {@code parameterDefaults}. */
    static RuleCompiler forParameters(Map<String, Object> parameterDefaults) {
        return CACHE.computeIfAbsent(Map.copyOf(parameterDefaults), RuleCompiler::new);
    }

    private RuleCompiler(Map<String, Object> parameterDefaults) {
        StructType params = CelSchema.paramsType(parameterDefaults);
        List<StructType> types = new ArrayList<>(CelSchema.nestedTypes());
        types.add(params);
        for (SubjectKind kind : SubjectKind.values()) {
            types.add(CelSchema.subjectType(kind));
        }
        CelFunctionDecl date = CelFunctionDecl.newFunctionDeclaration("date",
                CelOverloadDecl.newGlobalOverload("date_timestamp", SimpleType.STRING, SimpleType.TIMESTAMP));
        CelFunctionBinding dateBinding = CelFunctionBinding.from("date_timestamp", Instant.class,
                instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC).toString());
        for (SubjectKind kind : SubjectKind.values()) {
            var builder = CelFactory.standardCelBuilder()
                    .setOptions(CelOptions.current().maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
                            .comprehensionMaxIterations(MAX_COMPREHENSION_ITERATIONS).build())
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .addCompilerLibraries(CelExtensions.strings())
                    .addRuntimeLibraries(CelExtensions.strings())
                    .addFunctionDeclarations(date)
                    .addFunctionBindings(dateBinding)
                    .setTypeProvider(CelSchema.typeProvider(types));
            for (CelSchema.Field field : CelSchema.fields(kind)) {
                builder.addVar(field.name(), field.type());
            }
            builder.addVar(CelSchema.AS_OF, SimpleType.TIMESTAMP);
            builder.addVar(CelSchema.PARAMS, params);
            builder.addVar(CelSchema.SUBJECT, CelSchema.subjectType(kind));
            environments.put(kind, builder.build());
            variables.put(kind, new HashSet<>(CelSchema.variables(kind)));
        }
    }

    /**
     * Type-checks {@code rule}: {@code require} and {@code when} must be bool, {@code message} string.
     *
     * @throws InvalidModelException naming the rule's file and line, its id, which expression and the
     *                               line:column inside that expression of every error CEL reports
     */
    CompiledRule compile(Rule rule) {
        CompiledRule known = compiled.get(rule);
        if (known != null) {
            return known;
        }
        CompiledRule fresh = compileUncached(rule);
        compiled.putIfAbsent(rule, fresh);
        return fresh;
    }

    private CompiledRule compileUncached(Rule rule) {
        List<Problem> problems = new ArrayList<>();
        Cel cel = environments.get(rule.appliesTo());
        CelAbstractSyntaxTree require = check(cel, rule, "require", rule.require(), SimpleType.BOOL, problems);
        CelAbstractSyntaxTree when = rule.when() == null ? null
                : check(cel, rule, "when", rule.when(), SimpleType.BOOL, problems);
        CelAbstractSyntaxTree message = rule.message() == null ? null
                : check(cel, rule, "message", rule.message(), SimpleType.STRING, problems);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        Set<String> declared = variables.get(rule.appliesTo());
        List<FactPath> requireReads = FactReads.of(require.getExpr(), declared);
        Set<FactPath> evidence = new LinkedHashSet<>(requireReads);
        if (message != null) {
            evidence.addAll(FactReads.of(message.getExpr(), declared));
        }
        try {
            return new CompiledRule(rule, cel.createProgram(require),
                    when == null ? null : cel.createProgram(when),
                    message == null ? null : cel.createProgram(message),
                    requireReads,
                    when == null ? List.of() : FactReads.of(when.getExpr(), declared),
                    new ArrayList<>(evidence));
        } catch (CelEvaluationException e) {
            // a checked AST always plans; this would be a CEL defect, still reported against the rule
            throw new InvalidModelException(rule.location(),
                    "rule " + rule.id() + ": cannot be prepared for evaluation: " + e.getMessage());
        }
    }

    private static CelAbstractSyntaxTree check(Cel cel, Rule rule, String what, String expression, CelType expected,
                                               List<Problem> problems) {
        if (expression.isBlank()) {
            problems.add(new Problem(rule.location(), "rule " + rule.id() + ": " + what + " is empty"));
            return null;
        }
        if (expression.codePointCount(0, expression.length()) > MAX_EXPRESSION_LENGTH) {
            problems.add(new Problem(rule.location(), "rule " + rule.id() + ": " + what + " is longer than "
                    + MAX_EXPRESSION_LENGTH + " characters"));
            return null;
        }
        CelValidationResult result = cel.compile(expression);
        if (result.hasError()) {
            for (CelIssue issue : result.getErrors()) {
                problems.add(new Problem(rule.location(), "rule " + rule.id() + ": " + what + " "
                        + position(issue) + ": " + issue.getMessage()));
            }
            return null;
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            if (!ast.getResultType().equals(expected)) {
                problems.add(new Problem(rule.location(), "rule " + rule.id() + ": " + what + " must be of type "
                        + expected.name() + ", not " + ast.getResultType().name()));
                return null;
            }
            return ast;
        } catch (CelValidationException e) {
            problems.add(new Problem(rule.location(), "rule " + rule.id() + ": " + what + ": " + e.getMessage()));
            return null;
        }
    }

    /** 1-based line:column inside the expression (CEL's own locations are 0-based columns). */
    private static String position(CelIssue issue) {
        var loc = issue.getSourceLocation();
        if (loc.getLine() <= 0) {
            return "";
        }
        return "at " + loc.getLine() + ":" + (loc.getColumn() + 1);
    }
}
