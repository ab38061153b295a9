package org.neverout.compliance;

import dev.cel.common.ast.CelExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the facts a checked CEL expression reads: maximal field selections rooted at a declared variable
 * ({@code evidence.patch_days}, {@code has(security.alarm)}), and bare variables ({@code authorisations}).
 * Variables bound by comprehensions ({@code a} in {@code authorisations.all(a, ...)}) shadow declared ones.
 * Linear in the size of the expression.
 */
final class FactReads {
    private final Set<String> declared;
    private final Set<FactPath> found = new LinkedHashSet<>();

    private FactReads(Set<String> declared) {
        this.declared = declared;
    }

    /** The facts {@code expr} reads among the {@code declared} variables, in order of appearance. */
    static List<FactPath> of(CelExpr expr, Set<String> declared) {
        FactReads reads = new FactReads(declared);
        reads.visit(expr, new HashSet<>());
        return new ArrayList<>(reads.found);
    }

    private void visit(CelExpr expr, Set<String> bound) {
        switch (expr.getKind()) {
            case IDENT -> root(List.of(expr.ident().name()), bound);
            case SELECT -> select(expr, bound);
            case CALL -> {
                expr.call().target().ifPresent(t -> visit(t, bound));
                expr.call().args().forEach(a -> visit(a, bound));
            }
            case LIST -> expr.list().elements().forEach(e -> visit(e, bound));
            case MAP -> expr.map().entries().forEach(e -> {
                visit(e.key(), bound);
                visit(e.value(), bound);
            });
            case STRUCT -> expr.struct().entries().forEach(e -> visit(e.value(), bound));
            case COMPREHENSION -> {
                CelExpr.CelComprehension c = expr.comprehension();
                visit(c.iterRange(), bound);
                visit(c.accuInit(), bound);
                Set<String> inner = new HashSet<>(bound);
                inner.add(c.iterVar());
                if (!c.iterVar2().isEmpty()) {
                    inner.add(c.iterVar2());
                }
                inner.add(c.accuVar());
                visit(c.loopCondition(), inner);
                visit(c.loopStep(), inner);
                visit(c.result(), inner);
            }
            default -> {
                // constants and unset expressions read nothing
            }
        }
    }

    private void select(CelExpr expr, Set<String> bound) {
        Deque<String> fields = new ArrayDeque<>();
        CelExpr operand = expr;
        while (operand.getKind() == CelExpr.ExprKind.Kind.SELECT) {
            fields.addFirst(operand.select().field());
            operand = operand.select().operand();
        }
        if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT) {
            List<String> path = new ArrayList<>();
            path.add(operand.ident().name());
            path.addAll(fields);
            root(path, bound);
        } else {
            visit(operand, bound);
        }
    }

    private void root(List<String> path, Set<String> bound) {
        String name = path.get(0);
        if (path.size() == 1 && name.equals(CelSchema.SUBJECT)) {
            return; // the whole subject: not a fact of its own
        }
        if (declared.contains(name) && !bound.contains(name) && !name.equals(CelSchema.AS_OF)) {
            found.add(new FactPath(path));
        }
    }
}
