package org.neverout.quant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * Service availability and importance measures (fault-tree quantification of MODEL.md's structure).
 *
 * <p>Events that can fail are those with reliability figures, their own or their kind's default
 * ({@link EventProbabilities}), of any kind: common-mode events (groups, software versions, suppliers) are
 * independent basic events like the others (MODEL.md 1.1). An event's unavailability is
 * mttr / (mtbf + mttr), events independent.
 *
 * <p>Methods:
 * <ul>
 * <li><b>exact</b>: every service's structure function over the failure-capable events as a decision
 * diagram by Shannon expansion on the network state ({@link ShannonExpansion}); its probability is exact.
 * Feasibility rule: the expansion finishes within {@link AvailabilityOptions#exactBudget()} network
 * evaluations (and 4 million diagram nodes); under {@code auto} the budget is further capped at
 * 10^8 / (nodes + links + services + 1) evaluations. {@code auto} uses exact when feasible.</li>
 * <li><b>bounds</b>: [lower, upper] from the minimal cut sets of order at most K ({@link CutSetBounds});
 * the reported unavailability is the upper bound (conservative).</li>
 * <li><b>monte-carlo</b>: the bounds, plus a seeded, stratified Monte Carlo estimate with a Clopper-Pearson
 * interval ({@link MonteCarloEstimator}); the reported unavailability is the estimate clamped into the
 * bounds, and the interval is intersected with the bounds (which keeps its coverage, since the bounds
 * always contain the true value). {@code auto} uses it when exact is infeasible.</li>
 * </ul>
 * Under {@code auto} without exact, loose or undecided bounds are first tightened by raising the cut-set
 * order ({@link BoundsTightening}), then Monte Carlo runs at the final order. Each service's verdict is taken
 * on its reported interval and says what decided it ({@link TargetDecision}).
 * A service whose lower and upper bounds coincide (down with no failure, or no failure-capable event
 * left to matter) is reported as exact whatever the method.
 *
 * <p>Importance measures per service come from the exact diagram, or else from the diagram of the found
 * cut sets (the usual truncated-cut-set practice; the basis is reported). They are aggregated over the
 * vital services (all services when none is vital) weighted by impact, {@code model.impact().impactOf(service)}:
 * users (at least 1) times the weight of the service's national-impact category (A 10, B 3, none 1 unless the
 * model's {@code impact.category_weights} says otherwise).
 */
public final class AvailabilityAnalysis {
    /** Automatic order: 3 up to this many failure-capable events, else 2 (order 3 costs O(events^2) scans). */
    static final int AUTO_ORDER_3_EVENTS = 120;
    /**
     * Under auto, the exact method's budget is also capped at this many units of evaluation work
     * (evaluations x (nodes + links + services + 1)), so large models fall back in seconds.
     */
    static final long AUTO_EXACT_WORK = 100_000_000L;
    /** Largest exact diagram. */
    private static final int EXACT_NODE_LIMIT = 4_000_000;
    /** Largest diagram of one service's found cut sets. */
    private static final int CUT_SET_NODE_LIMIT = 500_000;
    /** Relative outward rounding of non-exact bounds, so floating-point error never breaks containment. */
    private static final double ROUNDING = 1e-12;

    private AvailabilityAnalysis() {
    }

    /** The approximate methods' results, the cut-set order finally used, and auto's tightening notes. */
    private record Approximation(List<Quantified> results, int order, List<String> notes) {
    }

    /** A service's result with the conditional probabilities its importance measures came from. */
    private record Quantified(ServiceAvailability result, Map<String, ImportanceCalculator.Conditional> conditionals,
                              double basisProbability) {
    }

    /**
     * Quantifies every service of a validated model.
     *
     * @throws QuantificationException when {@link Method#EXACT} is requested and infeasible within the budget
     * @throws org.neverout.model.InvalidModelException when the model does not compile
     */
    public static AvailabilityReport analyze(Model model, AvailabilityOptions options) {
        return analyze(model, options, MonteCarloChunks.LOCAL);
    }

    /**
     * As {@link #analyze(Model, AvailabilityOptions)}, the Monte Carlo chunks drawn where {@code chunks}
     * says (e.g. a cluster's executors, each calling {@link #countChunks}): the report is the same.
     */
    public static AvailabilityReport analyze(Model model, AvailabilityOptions options, MonteCarloChunks chunks) {
        long start = System.nanoTime();
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        int[] varOf = new int[compiled.events().size()];
        Arrays.fill(varOf, -1);
        double[] varQ = new double[varEvent.length];
        String[] varId = new String[varEvent.length];
        for (int v = 0; v < varEvent.length; v++) {
            varOf[varEvent[v]] = v;
            varQ[v] = p.q[varEvent[v]];
            varId[v] = compiled.events().get(varEvent[v]).id();
        }
        List<String> notes = new ArrayList<>();
        notes.add("events that can fail: every event with mtbf_h/mttr_h of its own or from defaults (nodes, links,"
                + " sites, power feeds, services, and groups, software versions and suppliers as independent"
                + " common-mode events); events without figures never fail on their own here");
        notes.add("unavailability = mttr/(mtbf+mttr) per event, events independent; downtime over 8760 h/yr");

        Method method = options.method();
        ShannonExpansion.Result exact = null;
        long exactEvaluations = 0;
        if (method == Method.AUTO || method == Method.EXACT) {
            long budget = options.exactBudget();
            if (method == Method.AUTO) {
                long evaluationCost = (long) compiled.nodeCount() + compiled.linkCount() + compiled.serviceCount() + 1;
                budget = Math.max(1, Math.min(budget, AUTO_EXACT_WORK / evaluationCost));
            }
            ShannonExpansion expansion = new ShannonExpansion(compiled, varEvent, budget, EXACT_NODE_LIMIT);
            exact = expansion.run();
            exactEvaluations = exact == null ? budget : exact.evaluations();
            if (exact == null && method == Method.EXACT) {
                throw new QuantificationException("exact quantification of model '" + model.name() + "' needs more than "
                        + budget + " network evaluations over " + varEvent.length
                        + " failure-capable events; use method auto, bounds or monte-carlo, or raise the exact budget");
            }
            if (exact == null) {
                notes.add("exact method infeasible within " + budget
                        + " network evaluations: cut-set bounds refined by Monte Carlo");
            }
        }
        List<Quantified> results;
        int order = 0;
        if (exact != null) {
            results = exactResults(model, exact, varQ, varId);
        } else {
            order = options.order() > 0 ? options.order() : varEvent.length <= AUTO_ORDER_3_EVENTS ? 3 : 2;
            Approximation approximation = approximateResults(model, compiled, p, varEvent, varOf, varQ, varId, order,
                    options, start, chunks);
            results = approximation.results();
            order = approximation.order();
            notes.addAll(approximation.notes());
        }
        List<ImportanceMeasure> jewels = new ArrayList<>();
        String scope = crownJewels(model, results, jewels);
        return new AvailabilityReport(model.name(), method, order, options.seed(), options.samples(),
                options.confidence(), Arrays.asList(varId), exactEvaluations,
                results.stream().map(Quantified::result).toList(), jewels, scope, notes,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The Monte Carlo hit counts of chunks {@code from} (inclusive) to {@code to} (exclusive) of the plan
     * that {@link #analyze(Model, AvailabilityOptions, MonteCarloChunks)} samples for this model and these
     * options: what a cluster's executor computes for its range. Everything before sampling is computed as
     * on the driver (deterministic without a time limit); the sampling itself stops after the range.
     *
     * @param plan  the driver's plan fingerprint ({@link MonteCarloChunks#count})
     * @throws IllegalStateException when this machine's plan differs from the driver's, or nothing is sampled
     */
    public static long[][] countChunks(Model model, AvailabilityOptions options, long from, long to, String plan) {
        try {
            analyze(model, options, (chunks, ownPlan, local) -> {
                if (!ownPlan.equals(plan)) {
                    throw new IllegalStateException("the Monte Carlo plan here (" + ownPlan
                            + ") differs from the driver's (" + plan + "): the same model and options must give the"
                            + " same bounds before sampling (a --time-limit can make them differ)");
                }
                throw new ChunksCounted(local.count(from, Math.min(to, chunks)));
            });
        } catch (ChunksCounted counted) {
            return counted.counts;
        }
        throw new IllegalStateException("model '" + model.name() + "' has nothing to sample with these options");
    }

    /** Carries a range's counts out of the analysis, which has nothing left to do with them here. */
    private static final class ChunksCounted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient long[][] counts;

        ChunksCounted(long[][] counts) {
            super(null, null, false, false);
            this.counts = counts;
        }
    }

    private static List<Quantified> exactResults(Model model, ShannonExpansion.Result exact, double[] varQ,
                                                 String[] varId) {
        List<Quantified> results = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            int root = exact.roots()[s];
            double u = exact.bdd().probability(root, varQ);
            Map<String, ImportanceCalculator.Conditional> c =
                    ImportanceCalculator.conditionals(exact.bdd(), root, varQ, varId);
            List<String> notes = root == Bdd.TRUE ? List.of("down with no failure") : List.of();
            TargetDecision decision = TargetDecision.of(service.availabilityTarget(), Method.EXACT, 0, u, u, null);
            results.add(new Quantified(new ServiceAvailability(service.id(), service.kind(), service.users(),
                    Method.EXACT, u, u, u, null, service.availabilityTarget(), decision.verdict(),
                    decision.verdictOnBounds(), decision.decidedBy(), decision.undecidedBecause(), "exact",
                    ImportanceCalculator.measures(c), notes), c, u));
        }
        return results;
    }

    private static Approximation approximateResults(Model model, CompiledModel compiled, EventProbabilities p,
                                                    int[] varEvent, int[] varOf, double[] varQ, String[] varId,
                                                    int initialOrder, AvailabilityOptions options, long start,
                                                    MonteCarloChunks chunks) {
        int[][] relevant = ServiceClosure.relevantEvents(model, compiled, p);
        List<CutSetBounds.ServiceBounds> initial = CutSetBounds.compute(compiled, p, varOf, varQ, relevant,
                initialOrder, options.threads(), options.timeLimit(), CUT_SET_NODE_LIMIT);
        // auto tightens loose or undecided bounds by raising the order; the other methods keep the order asked for
        BoundsTightening.Result chosen = options.method() != Method.AUTO
                ? BoundsTightening.Result.of(initial, initialOrder)
                : BoundsTightening.tighten((k, left) -> CutSetBounds.compute(compiled, p, varOf, varQ, relevant, k,
                        options.threads(), left, CUT_SET_NODE_LIMIT), initial, initialOrder,
                        model.services().stream().map(Service::availabilityTarget).toList(), varEvent.length,
                        options.timeLimit(), start);
        List<CutSetBounds.ServiceBounds> bounds = chosen.bounds();
        int order = chosen.order();
        int services = model.services().size();
        boolean monteCarlo = options.method() != Method.BOUNDS;
        boolean[] wanted = new boolean[services];
        Bdd[] controls = new Bdd[services];
        int[] controlRoots = new int[services];
        double[] controlProbability = new double[services];
        boolean anyWanted = false;
        for (int s = 0; s < services; s++) {
            CutSetBounds.ServiceBounds b = bounds.get(s);
            wanted[s] = monteCarlo && b.lower() < b.upper();
            anyWanted |= wanted[s];
            boolean control = b.complete() && b.root() >= 0;
            controls[s] = control ? b.bdd() : null;
            controlRoots[s] = control ? b.root() : -1;
            controlProbability[s] = control ? b.lower() : 0;
        }
        MonteCarloEstimator.Estimate[] estimates = new MonteCarloEstimator.Estimate[services];
        if (anyWanted) {
            estimates = new MonteCarloEstimator(compiled, varEvent, varQ, order).estimate(wanted, controls, controlRoots,
                    controlProbability, options.samples(), options.seed(), options.threads(), options.confidence(),
                    chunks);
        }
        boolean[] upWithoutFailure = new NetworkState(compiled).serviceStates();
        // the importance passes of the services' frozen diagrams are independent: one service per task
        List<Map<String, ImportanceCalculator.Conditional>> serviceConditionals = PerService.map(services,
                options.threads(), s -> {
                    CutSetBounds.ServiceBounds b = chosen.importance().get(s);
                    return b.root() >= 0 && b.bdd() != null
                            ? ImportanceCalculator.conditionals(b.bdd(), b.root(), varQ, varId) : null;
                });
        List<Quantified> results = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            Service service = model.services().get(s);
            CutSetBounds.ServiceBounds b = bounds.get(s);
            List<String> notes = new ArrayList<>();
            if (!upWithoutFailure[s]) {
                notes.add("down with no failure");
            }
            if (!b.complete()) {
                notes.add("cut set enumeration incomplete (" + b.incompleteReason()
                        + "): upper bound is P(at least one failure)");
            }
            double lower = b.lower();
            double upper = b.upper();
            Method used;
            double value;
            ConfidenceInterval interval = null;
            if (lower >= upper) {
                used = Method.EXACT;
                value = upper;
                lower = upper;
            } else {
                lower = lower * (1 - ROUNDING);
                upper = Math.min(1.0, upper * (1 + ROUNDING));
                if (estimates[s] != null) {
                    MonteCarloEstimator.Estimate e = estimates[s];
                    used = Method.MONTE_CARLO;
                    double lo = Math.max(e.lower() * (1 - ROUNDING), lower);
                    double hi = Math.min(e.upper() * (1 + ROUNDING), upper);
                    if (lo > hi) {
                        lo = lower;
                        hi = upper;
                        notes.add("Monte Carlo interval disjoint from the rigorous bounds: reported the bounds");
                    }
                    interval = new ConfidenceInterval(options.confidence(), lo, hi, e.samples(), e.estimator());
                    value = Math.max(lo, Math.min(hi, e.point()));
                } else {
                    used = Method.BOUNDS;
                    value = upper;
                    notes.add("unavailability is the upper bound (conservative)");
                }
            }
            String basis = "none";
            Map<String, ImportanceCalculator.Conditional> conditionals = Map.of();
            double basisProbability = value;
            CutSetBounds.ServiceBounds diagram = chosen.importance().get(s);
            if (diagram.root() >= 0 && diagram.bdd() != null) {
                int diagramOrder = chosen.importanceOrder().get(s);
                basis = used == Method.EXACT ? "exact" : "cut sets of order <= " + diagramOrder;
                if (diagramOrder < order) {
                    notes.add("importance measures from the cut sets of order <= " + diagramOrder
                            + ": those of order " + order + " are too many for a decision diagram");
                }
                conditionals = serviceConditionals.get(s);
                basisProbability = diagram.lower();
            } else {
                notes.add("too many cut sets for a decision diagram: no importance measures");
            }
            TargetDecision decision = TargetDecision.of(service.availabilityTarget(), used, order, lower, upper,
                    interval);
            if (decision.undecidedBecause() != null) {
                notes.add("undecided: " + decision.undecidedBecause());
            }
            results.add(new Quantified(new ServiceAvailability(service.id(), service.kind(), service.users(), used,
                    value, lower, upper, interval, service.availabilityTarget(), decision.verdict(),
                    decision.verdictOnBounds(), decision.decidedBy(), decision.undecidedBecause(), basis,
                    ImportanceCalculator.measures(conditionals), notes), conditionals, basisProbability));
        }
        return new Approximation(results, order, chosen.notes());
    }

    /** Fills the aggregated measures; returns the scope's description. */
    private static String crownJewels(Model model, List<Quantified> results, List<ImportanceMeasure> out) {
        boolean anyVital = model.services().stream().anyMatch(s -> s.kind() == ServiceKind.VITAL);
        List<String> ids = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Map<String, ImportanceCalculator.Conditional>> conditionals = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            if (anyVital && service.kind() != ServiceKind.VITAL) {
                continue;
            }
            Quantified q = results.get(s);
            if (q.result().lower() >= 1.0) {
                continue; // down with no failure: no event changes it, it would only dilute the shares
            }
            ids.add(service.id());
            weights.add(model.impact().impactOf(service));
            probabilities.add(q.basisProbability());
            conditionals.add(q.conditionals());
        }
        out.addAll(ImportanceCalculator.aggregate(ids, probabilities, conditionals, weights));
        return (anyVital ? "vital services" : "all services (none is vital)")
                + " that can be up, weighted by impact = " + model.impact().describe();
    }
}
