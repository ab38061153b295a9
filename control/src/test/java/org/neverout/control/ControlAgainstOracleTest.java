package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.testkit.BruteForceOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** Control flags, supplier losses and minimum dependence sets against the brute-force oracle. */
class ControlAgainstOracleTest {
    /** 10 services, 4 in 10 elements supplier-operated but at most 16, for a brute force over every subset. */
    private static final RandomModels.Spec FEW_OPERATED = RandomModels.Spec.supplierTree(10, 4).withMaxSupplierOperated(16);

    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (String graph : TopologyZoo.SMALL) {
            for (long seed = 1; seed <= 6; seed++) {
                out.add(Arguments.of(graph, seed));
            }
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    void theSeedsHaveOwnedAndNotOwnedServicesIndependentlyOfControl() {
        Map<String, Integer> seen = new java.util.TreeMap<>();
        models().forEach(a -> {
            Model model = RandomModels.generate(TopologyZoo.load((String) a.get()[0]), RandomModels.Spec.supplierTree(8, 3),
                    (Long) a.get()[1]);
            BruteForceOracle oracle = new BruteForceOracle(model);
            Map<String, Boolean> controlled = oracle.controlled();
            oracle.owned().forEach((id, up) -> seen.merge("owned " + up + ", controlled " + controlled.get(id), 1,
                    Integer::sum));
        });
        assertThat(seen).containsOnlyKeys("owned true, controlled true", "owned true, controlled false",
                "owned false, controlled true", "owned false, controlled false");
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("models")
    void controlledFlagsAndSupplierLossesMatchTheOracle(String graph, long seed) {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.supplierTree(8, 3), seed);
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, RandomModels.AS_OF);
        BruteForceOracle oracle = new BruteForceOracle(model);
        Map<String, Boolean> baseline = oracle.evaluate(Set.of());
        Map<String, Boolean> withoutSuppliers = oracle.controlled();
        Map<String, Boolean> owned = oracle.owned();
        for (ServiceControl s : report.services()) {
            assertThat(s.controlled()).as(s.id()).isEqualTo(withoutSuppliers.get(s.id()));
            assertThat(s.owned()).as("owned %s", s.id()).isEqualTo(owned.get(s.id()));
            assertThat(s.downWithoutFailure()).as(s.id()).isEqualTo(!baseline.get(s.id()));
            assertThat(s.dependence() != null).as(s.id()).isEqualTo(!s.controlled() && baseline.get(s.id()));
        }
        for (SupplierControl supplier : report.suppliers()) {
            List<String> lost = oracle.servicesLost(supplier.id());
            assertThat(supplier.servicesLost()).as(supplier.id()).isEqualTo(lost);
            assertThat(supplier.servicesUntrusted()).isEqualTo(lost);
        }
        assertThat(report.suppliers()).extracting(SupplierControl::id)
                .containsExactly("telco", "sub", "subsub", "dc-co", "idle");
        assertThat(report.suppliers()).extracting(SupplierControl::depth).containsExactly(0, 1, 2, 0, 0);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("models")
    void minimumDependenceSetsMatchBruteForce(String graph, long seed) {
        // few supplier elements so that every subset can be tried
        Model model = RandomModels.generate(TopologyZoo.load(graph), FEW_OPERATED, seed * 7919);
        BruteForceOracle oracle = new BruteForceOracle(model);
        List<String> operated = oracle.supplierOperated();
        assertThat(operated).as("small enough for a brute force over every subset").hasSizeLessThanOrEqualTo(16);
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, RandomModels.AS_OF);
        Set<String> suppliersDown = oracle.allSupplierEvents();
        for (ServiceControl s : report.services()) {
            if (s.dependence() == null) {
                continue;
            }
            SupplierDependence d = s.dependence();
            assertThat(d.exact()).as(s.id()).isTrue();
            Set<String> chosen = new HashSet<>();
            d.elements().forEach(e -> chosen.add(e.id()));
            assertThat(oracle.evaluate(suppliersDown, chosen).get(s.id())).as(s.id() + " restored by " + chosen).isTrue();
            assertThat(chosen.size()).as(s.id()).isEqualTo(bruteMinimum(oracle, suppliersDown, operated, s.id()));
        }
    }

    /** Size of the smallest subset of {@code operated} that brings the service up, or -1. */
    private static int bruteMinimum(BruteForceOracle oracle, Set<String> failed, List<String> operated, String service) {
        int n = operated.size();
        int best = -1;
        for (int mask = 0; mask < (1 << n); mask++) {
            int size = Integer.bitCount(mask);
            if (best >= 0 && size >= best) {
                continue;
            }
            Set<String> spared = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    spared.add(operated.get(i));
                }
            }
            if (oracle.evaluate(failed, spared).get(service)) {
                best = size;
            }
        }
        return best;
    }

    /** Guards the generator: the oracle comparisons above must see both outcomes. */
    @org.junit.jupiter.api.Test
    void generatedModelsHaveControlledAndUncontrolledServices() {
        Map<Boolean, Integer> seen = new LinkedHashMap<>();
        int withDependence = 0;
        for (String graph : TopologyZoo.SMALL) {
            Model model = RandomModels.generate(TopologyZoo.load(graph), FEW_OPERATED, 3 * 7919);
            ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, RandomModels.AS_OF);
            for (ServiceControl s : report.services()) {
                seen.merge(s.controlled(), 1, Integer::sum);
                if (s.dependence() != null && s.dependence().elements().size() >= 3) {
                    withDependence++;
                }
            }
        }
        assertThat(seen).containsKeys(true, false);
        assertThat(withDependence).isPositive();
    }
}
