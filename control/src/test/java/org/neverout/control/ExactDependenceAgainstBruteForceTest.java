package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The minimum dependence sets (exact trees, bounds for dependencies, the seeded search and its limits)
 * against a brute force over every subset of supplier-operated elements on seeded random models.
 */
class ExactDependenceAgainstBruteForceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final int SEEDS = 60;
    private static final Map<Long, Model> MODELS = new ConcurrentHashMap<>();
    private static final Map<Long, Map<String, List<Integer>>> MINIMA = new ConcurrentHashMap<>();
    private static final AtomicInteger EXACT_WITH_THREE_OR_MORE_ENTRIES = new AtomicInteger();
    private static final AtomicInteger EXACT_WITH_DEPENDENCIES = new AtomicInteger();
    private static final AtomicInteger EXACT_WITH_ALTERNATIVES = new AtomicInteger();
    private static final AtomicInteger NOT_EXACT = new AtomicInteger();

    enum Limits {
        DEFAULT(ControlLimits.DEFAULT),
        /** services with three or more entries go to the search by increasing size */
        TWO_ENTRIES(new ControlLimits(100, 20_000, 200_000, 90, 2)),
        /** answers above two elements are "more than" */
        SIZE_TWO(new ControlLimits(2, 20_000, 200_000, 90, 8)),
        /** the seeded search stops at once */
        ONE_EVALUATION(new ControlLimits(100, 1, 200_000, 90, 8));

        final ControlLimits limits;

        Limits(ControlLimits limits) {
            this.limits = limits;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (Limits limits : Limits.values()) {
                out.add(Arguments.of(seed, limits));
            }
        }
        return out.stream();
    }

    /** 6 to 17 nodes, up to 5 entries, a third of services with dependencies, at most 12 supplier elements. */
    private static Model model(long seed) {
        return MODELS.computeIfAbsent(seed, s -> {
            int nodes = 6 + (int) (s * 7 % 12);
            int extra = (int) (s * 5 % (nodes / 2 + 1));
            int percent = Math.min(45, 1100 / (2 * nodes + extra));
            Model model = DependenceModels.generate(s, nodes, extra, 14, 1 + (int) (s % 5), percent, 33);
            return DependenceModels.supplierOperated(model).size() <= 12 ? model
                    : DependenceModels.generate(s, nodes, extra, 14, 1 + (int) (s % 5), percent / 2, 33);
        });
    }

    @ParameterizedTest(name = "seed {0}, {1} limits")
    @MethodSource("cases")
    void answersMatchTheBruteForce(long seed, Limits limits) {
        Model model = model(seed);
        List<String> operated = DependenceModels.supplierOperated(model);
        assertThat(operated).as("small enough for every subset").hasSizeLessThanOrEqualTo(12);
        Map<String, List<Integer>> minima = MINIMA.computeIfAbsent(seed, s -> DependenceModels.bruteForceMinima(model));
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF, limits.limits);
        DependenceModels.Oracle oracle = new DependenceModels.Oracle(model);
        for (ServiceControl s : report.services()) {
            Service service = model.services().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
            if (s.dependence() == null) {
                continue;
            }
            List<Integer> minimum = minima.get(s.id());
            assertThat(minimum).as(s.id() + " is up with every supplier element spared").isNotNull();
            SupplierDependence d = s.dependence();
            String what = s.id() + " " + d;
            if (d.exact()) {
                assertThat(ids(d.elements())).as(what).isEqualTo(ids(d.bestKnown()));
                assertThat(d.elements()).as(what).hasSize(minimum.size());
                assertThat(oracle.evaluate(ids(d.elements())).get(s.id())).as(what + " restores").isTrue();
                if (service.dependsOn().isEmpty()) {
                    // the first minimum set in model order, as the search by increasing size gives
                    assertThat(positions(d.elements(), operated)).as(what).isEqualTo(minimum);
                } else {
                    EXACT_WITH_DEPENDENCIES.incrementAndGet();
                    if (service.dependsOn().stream().anyMatch(e -> e.stream().distinct().count() > 1)) {
                        EXACT_WITH_ALTERNATIVES.incrementAndGet();
                    }
                }
                if (service.endpoints().size() >= 3 && limits == Limits.DEFAULT) {
                    EXACT_WITH_THREE_OR_MORE_ENTRIES.incrementAndGet();
                }
            } else {
                NOT_EXACT.incrementAndGet();
                assertThat(d.note()).as(what).isNotBlank();
                assertThat(d.lowerBound()).as(what + " proven lower bound").isLessThanOrEqualTo(minimum.size());
                assertThat(d.moreThan()).as(what).isEqualTo(d.lowerBound() - 1);
                // the elements said to be needed are in every restoring set, so in the first minimum
                assertThat(positions(d.elements(), operated)).as(what).isSubsetOf(minimum);
                if (!d.bestKnown().isEmpty()) {
                    assertThat(d.bestKnown().size()).as(what).isGreaterThanOrEqualTo(minimum.size());
                    assertThat(oracle.evaluate(ids(d.bestKnown())).get(s.id())).as(what + " best known restores")
                            .isTrue();
                }
                if (limits == Limits.SIZE_TWO) {
                    assertThat(minimum.size()).as(what + " only above the size limit").isGreaterThan(2);
                }
                if (limits == Limits.DEFAULT) {
                    assertThat(service.dependsOn()).as(what + " with the default limits only dependencies "
                            + "can leave the answer open").isNotEmpty();
                }
            }
        }
    }

    @AfterAll
    static void theCasesCoverEveryPath() {
        // guards the generator: the comparisons above saw exact trees of three or more entries, exact
        // answers with dependencies (some through alternatives in depends_on) and answers left open by a limit
        assertThat(EXACT_WITH_THREE_OR_MORE_ENTRIES.get()).isPositive();
        assertThat(EXACT_WITH_DEPENDENCIES.get()).isPositive();
        assertThat(EXACT_WITH_ALTERNATIVES.get()).isPositive();
        assertThat(NOT_EXACT.get()).isPositive();
    }

    private static Set<String> ids(List<OperatedElement> elements) {
        Set<String> out = new HashSet<>();
        elements.forEach(e -> out.add(e.id()));
        return out;
    }

    private static List<Integer> positions(List<OperatedElement> elements, List<String> operated) {
        return elements.stream().map(e -> operated.indexOf(e.id())).sorted().toList();
    }
}
