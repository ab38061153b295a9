package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Model;

/** The decision diagram, the Poisson-binomial tail, the intervals and the Bonferroni bound against brute force. */
class BuildingBlocksTest {
    /** A random monotone DNF over n variables (a family of cut sets) and probabilities. */
    private record Dnf(int n, List<int[]> terms, double[] q) {
        boolean value(long mask) {
            for (int[] t : terms) {
                boolean all = true;
                for (int v : t) {
                    all &= (mask >> v & 1) == 1;
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        double probability(long mask) {
            double p = 1;
            for (int v = 0; v < n; v++) {
                p *= (mask >> v & 1) == 1 ? q[v] : 1 - q[v];
            }
            return p;
        }
    }

    private static Dnf dnf(long seed) {
        Random rng = new Random(seed);
        int n = 2 + rng.nextInt(11);
        List<int[]> terms = new ArrayList<>();
        int count = rng.nextInt(12);
        for (int i = 0; i < count; i++) {
            int size = 1 + rng.nextInt(Math.min(4, n));
            terms.add(rng.ints(size, 0, n).toArray());
        }
        double[] q = new double[n];
        for (int v = 0; v < n; v++) {
            q[v] = rng.nextInt(5) == 0 ? 1e-5 * rng.nextDouble() : rng.nextDouble();
        }
        return new Dnf(n, terms, q);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void diagramProbabilityAndBirnbaumEqualTruthTables(long seed) {
        Dnf f = dnf(seed);
        Bdd bdd = new Bdd(f.n(), 1 << 20);
        int root = Bdd.FALSE;
        for (int[] t : f.terms()) {
            root = bdd.or(root, bdd.cube(t));
        }
        // the AND of two unions, to exercise 'and' as well
        int half = Bdd.FALSE;
        for (int i = 0; i < f.terms().size() / 2; i++) {
            half = bdd.or(half, bdd.cube(f.terms().get(i)));
        }
        int both = bdd.and(root, half);
        double p = 0;
        double pBoth = 0;
        double[] down = new double[f.n()];
        double[] up = new double[f.n()];
        boolean[] x = new boolean[f.n()];
        for (long mask = 0; mask < 1L << f.n(); mask++) {
            for (int v = 0; v < f.n(); v++) {
                x[v] = (mask >> v & 1) == 1;
            }
            assertThat(bdd.evaluate(root, x)).isEqualTo(f.value(mask));
            double pm = f.probability(mask);
            if (f.value(mask)) {
                p += pm;
                for (int v = 0; v < f.n(); v++) {
                    if (x[v]) {
                        down[v] += pm / f.q()[v];
                    } else {
                        up[v] += pm / (1 - f.q()[v]);
                    }
                }
            }
            if (bdd.evaluate(both, x)) {
                pBoth += pm;
            }
        }
        assertThat(bdd.probability(root, f.q())).isCloseTo(p, within(1e-12 * p + 1e-300));
        assertThat(bdd.probability(both, f.q())).isCloseTo(pBoth, within(1e-12 * pBoth + 1e-300));
        double[] b = bdd.birnbaum(root, f.q());
        for (int v = 0; v < f.n(); v++) {
            assertThat(b[v]).isCloseTo(down[v] - up[v], within(1e-9 * Math.max(down[v], 1e-300)));
        }
        // canonical: building the same function again gives the same node
        int again = Bdd.FALSE;
        for (int i = f.terms().size() - 1; i >= 0; i--) {
            again = bdd.or(bdd.cube(f.terms().get(i)), again);
        }
        assertThat(again).isEqualTo(root);
    }

    /**
     * The partial re-evaluation of conditional probabilities equals the full pass over the modified
     * probabilities bit for bit (the pinned outputs depend on it), queried in a scrambled order and twice, on
     * a union and on an AND sharing its manager (so garbage nodes lie below the root), and agrees with the
     * truth table.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void conditionalProbabilitiesEqualFullPassesBitForBit(long seed) {
        Dnf f = dnf(seed);
        Bdd bdd = new Bdd(f.n(), 1 << 20);
        int union = Bdd.FALSE;
        for (int[] t : f.terms()) {
            union = bdd.or(union, bdd.cube(t));
        }
        int half = Bdd.FALSE;
        for (int i = f.terms().size() / 2; i < f.terms().size(); i++) {
            half = bdd.or(half, bdd.cube(f.terms().get(i)));
        }
        int both = bdd.and(union, bdd.or(half, bdd.cube(new int[] {f.n() - 1})));
        Random order = new Random(seed);
        for (int root : new int[] {union, both}) {
            ConditionalProbabilities conditional = new ConditionalProbabilities(bdd, root, f.q());
            assertThat(conditional.probability()).isEqualTo(bdd.probability(root, f.q()));
            assertThat(conditional.birnbaum()).containsExactly(bdd.birnbaum(root, f.q()));
            for (int k = 0; k < 3 * f.n(); k++) {
                int v = order.nextInt(f.n());
                double value = order.nextBoolean() ? 1.0 : order.nextInt(3) == 0 ? 0.0 : order.nextDouble();
                double[] q = f.q().clone();
                q[v] = value;
                assertThat(conditional.given(v, value)).as("variable %d := %s", v, value)
                        .isEqualTo(bdd.probability(root, q));
                double truth = 0;
                for (long mask = 0; mask < 1L << f.n(); mask++) {
                    boolean[] x = new boolean[f.n()];
                    for (int w = 0; w < f.n(); w++) {
                        x[w] = (mask >> w & 1) == 1;
                    }
                    if (bdd.evaluate(root, x)) {
                        double pm = 1;
                        for (int w = 0; w < f.n(); w++) {
                            pm *= x[w] ? q[w] : 1 - q[w];
                        }
                        truth += pm;
                    }
                }
                assertThat(conditional.given(v, value)).isCloseTo(truth, within(1e-12 * truth + 1e-300));
            }
        }
    }

    @Test
    void diagramRefusesToGrowBeyondItsLimit() {
        Bdd bdd = new Bdd(40, 30);
        assertThatThrownBy(() -> {
            int f = Bdd.FALSE;
            for (int v = 0; v + 1 < 40; v += 2) {
                f = bdd.or(f, bdd.cube(new int[] {v, v + 1}));
            }
        }).isInstanceOf(Bdd.LimitExceededException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void poissonBinomialTailEqualsEnumeration(long seed) {
        Random rng = new Random(seed);
        int n = 1 + rng.nextInt(12);
        double[] q = rng.doubles(n).map(x -> x * (rng.nextBoolean() ? 1 : 1e-4)).toArray();
        double[] atLeast = new double[n + 2];
        for (long mask = 0; mask < 1L << n; mask++) {
            double p = 1;
            for (int i = 0; i < n; i++) {
                p *= (mask >> i & 1) == 1 ? q[i] : 1 - q[i];
            }
            for (int r = 0; r <= Long.bitCount(mask); r++) {
                atLeast[r] += p;
            }
        }
        for (int r = 0; r <= n + 1; r++) {
            assertThat(PoissonBinomial.atLeast(q, r)).isCloseTo(atLeast[r], within(1e-12 * atLeast[r] + 1e-300));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void bonferroniLowerBoundNeverExceedsTheUnion(long seed) {
        Dnf f = dnf(seed);
        Bdd bdd = new Bdd(f.n(), 1 << 20);
        int root = Bdd.FALSE;
        for (int[] t : f.terms()) {
            root = bdd.or(root, bdd.cube(t));
        }
        List<int[]> distinct = new ArrayList<>();
        for (int[] t : f.terms()) {
            distinct.add(java.util.Arrays.stream(t).distinct().toArray());
        }
        double union = bdd.probability(root, f.q());
        assertThat(CutSetBounds.bonferroniLower(distinct, f.q())).isLessThanOrEqualTo(union * (1 + 1e-12));
    }

    @Test
    void clopperPearsonMatchesPublishedValues() {
        // k = 0, n = 10: upper = 1 - 0.025^(1/10) = 0.30850
        double[] zero = BinomialInterval.clopperPearson(0, 10, 0.95);
        assertThat(zero[0]).isZero();
        assertThat(zero[1]).isCloseTo(0.30850, within(1e-5));
        // k = 5, n = 10: [0.18709, 0.81291]
        double[] half = BinomialInterval.clopperPearson(5, 10, 0.95);
        assertThat(half[0]).isCloseTo(0.18709, within(1e-5));
        assertThat(half[1]).isCloseTo(0.81291, within(1e-5));
        // k = 1, n = 1000: [2.5317e-5, 5.5589e-3]
        double[] rare = BinomialInterval.clopperPearson(1, 1000, 0.95);
        assertThat(rare[0]).isCloseTo(2.5317e-5, within(1e-8));
        assertThat(rare[1]).isCloseTo(5.5589e-3, within(1e-6));
    }

    @Test
    void verdictUsesTheWholeInterval() {
        assertThat(TargetVerdict.of(null, 0, 0)).isEqualTo(TargetVerdict.NO_TARGET);
        assertThat(TargetVerdict.of(0.999, 1e-4, 5e-4)).isEqualTo(TargetVerdict.MET);
        assertThat(TargetVerdict.of(0.999, 2e-3, 3e-3)).isEqualTo(TargetVerdict.NOT_MET);
        assertThat(TargetVerdict.of(0.999, 5e-4, 2e-3)).isEqualTo(TargetVerdict.UNDECIDED);
    }

    @Test
    void exactRefusesWhenTheBudgetIsTooSmall() throws Exception {
        Model model = RendererTest.golden();
        assertThatThrownBy(() -> AvailabilityAnalysis.analyze(model,
                AvailabilityOptions.defaults().withMethod(Method.EXACT).withExactBudget(3)))
                .isInstanceOf(QuantificationException.class)
                .hasMessageContaining("golden-availability").hasMessageContaining("3 network evaluations");
        // auto falls back instead, and says so
        AvailabilityReport auto = AvailabilityAnalysis.analyze(model,
                AvailabilityOptions.defaults().withExactBudget(3).withSamples(2000));
        assertThat(auto.services()).anyMatch(s -> s.method() == Method.MONTE_CARLO);
        assertThat(auto.notes()).anyMatch(n -> n.contains("exact method infeasible"));
    }

    @Test
    void optionsAndMethodTokensAreValidated() {
        assertThat(Method.parse("Monte-Carlo")).isEqualTo(Method.MONTE_CARLO);
        assertThatThrownBy(() -> Method.parse("fast")).hasMessageContaining("auto, exact, bounds, monte-carlo");
        assertThatThrownBy(() -> AvailabilityOptions.defaults().withSamples(0)).hasMessageContaining("samples");
        assertThatThrownBy(() -> AvailabilityOptions.defaults().withConfidence(1.0)).hasMessageContaining("confidence");
    }
}
