package org.neverout.quant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Birnbaum, Fussell-Vesely, RAW and RRW of every failure-capable event, per service from its decision
 * diagram, and aggregated over a set of services weighted by their impact ({@code ImpactWeights#impactOf}).
 *
 * <p>Per service, one gradient pass ({@link Bdd#birnbaum}) gives B_e = P1_e - P0_e for all events at
 * once, where P1_e = P(down | e down) and P0_e = P(down | e up); with P = q_e P1_e + (1 - q_e) P0_e
 * these are P1_e = P + (1 - q_e) B_e and P0_e = P - q_e B_e. Cost O(diagram) per service.
 *
 * <p>Aggregated, the risk is the impact-weighted unavailability U = sum w_s P_s over the scope, and the
 * measures are those of U: B = sum w_s B_s,e / sum w_s, FV = (U - U0_e) / U, RAW = U1_e / U,
 * RRW = U / U0_e, with U1_e, U0_e the same sums under e down / up.
 */
final class ImportanceCalculator {
    /** The conditional probabilities of one service for one event. */
    record Conditional(double probability, double birnbaum, double down, double up) {
    }

    private ImportanceCalculator() {
    }

    /** Above this many node visits the conditionals come from the gradient instead of direct passes. */
    private static final long DIRECT_WORK_LIMIT = 50_000_000L;

    /**
     * Events (by id) the service's function depends on, with their conditional probabilities. The support
     * comes from one gradient pass; then P1 and P0 of each supporting variable are recomputed directly
     * (a probability pass with q[v] set to 1, then 0, re-evaluating only the nodes that depend on v:
     * {@link ConditionalProbabilities}): sums of non-negative products, so P0 = 0 stays exactly 0 (an
     * infinite RRW) instead of a rounding residue. O(diagram + sum over the support of the nodes at or above
     * each variable), at most O(support x diagram); or O(diagram) by the gradient when support x diagram
     * would exceed {@link #DIRECT_WORK_LIMIT}.
     */
    static Map<String, Conditional> conditionals(Bdd bdd, int root, double[] varQ, String[] varId) {
        ConditionalProbabilities conditional = new ConditionalProbabilities(bdd, root, varQ);
        double p = conditional.probability();
        double[] b = conditional.birnbaum();
        int support = 0;
        for (double x : b) {
            support += x > 0 ? 1 : 0;
        }
        boolean direct = (long) support * (root + 1) <= DIRECT_WORK_LIMIT;
        Map<String, Conditional> result = new LinkedHashMap<>();
        for (int v = 0; v < b.length; v++) {
            if (b[v] <= 0) {
                continue;
            }
            double down;
            double up;
            if (direct) {
                down = conditional.given(v, 1.0);
                up = conditional.given(v, 0.0);
            } else {
                down = p + (1 - varQ[v]) * b[v];
                up = p - varQ[v] * b[v];
            }
            down = clamp(down, p, 1.0);
            up = clamp(up, 0.0, p);
            if (down > up) {
                result.put(varId[v], new Conditional(p, down - up, down, up));
            }
        }
        return result;
    }

    /** The per-service measures, largest Fussell-Vesely first. */
    static List<ImportanceMeasure> measures(Map<String, Conditional> conditionals) {
        List<ImportanceMeasure> list = new ArrayList<>();
        conditionals.forEach((event, c) -> list.add(measure(event, c.probability(), c.birnbaum(), c.down(), c.up(),
                List.of())));
        list.sort(RANKING);
        return list;
    }

    /**
     * Aggregates over services with weights.
     *
     * @param perService  each service's conditionals and its probability
     */
    static List<ImportanceMeasure> aggregate(List<String> serviceIds, List<Double> probabilities,
                                             List<Map<String, Conditional>> perService, List<Double> weights) {
        double total = 0;
        double risk = 0;
        for (int i = 0; i < serviceIds.size(); i++) {
            total += weights.get(i);
            risk += weights.get(i) * probabilities.get(i);
        }
        if (total <= 0) {
            return List.of();
        }
        Map<String, double[]> sums = new LinkedHashMap<>(); // birnbaum, risk if down, risk if up deltas
        Map<String, List<Map.Entry<String, Double>>> contributions = new HashMap<>();
        for (int i = 0; i < serviceIds.size(); i++) {
            double w = weights.get(i);
            double p = probabilities.get(i);
            for (Map.Entry<String, Conditional> e : perService.get(i).entrySet()) {
                Conditional c = e.getValue();
                double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[3]);
                s[0] += w * c.birnbaum();
                s[1] += w * (c.down() - p);
                s[2] += w * (p - c.up());
                contributions.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(Map.entry(serviceIds.get(i), w * (p - c.up())));
            }
        }
        List<ImportanceMeasure> list = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            List<Map.Entry<String, Double>> by = contributions.get(e.getKey());
            by.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> threatens = by.stream().map(Map.Entry::getKey).toList();
            double u = risk / total;
            list.add(measure(e.getKey(), u, s[0] / total, u + s[1] / total, Math.max(0, u - s[2] / total),
                    threatens));
        }
        list.sort(RANKING);
        return list;
    }

    private static ImportanceMeasure measure(String event, double p, double birnbaum, double down, double up,
                                             List<String> threatens) {
        double fv = p > 0 ? clamp((p - up) / p, 0, 1) : 0.0;
        Double raw = p > 0 ? down / p : null;
        Double rrw = up > 0 ? p / up : null;
        return new ImportanceMeasure(event, birnbaum, fv, raw, rrw, threatens);
    }

    static final Comparator<ImportanceMeasure> RANKING = Comparator
            .comparingDouble(ImportanceMeasure::fussellVesely).reversed()
            .thenComparing(Comparator.comparingDouble(ImportanceMeasure::birnbaum).reversed())
            .thenComparing(ImportanceMeasure::event);

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
