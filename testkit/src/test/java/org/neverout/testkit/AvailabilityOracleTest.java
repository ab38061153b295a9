package org.neverout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/** The enumeration against closed forms on series and parallel systems. */
class AvailabilityOracleTest {
    private static final Reliability A = new Reliability(90.0, 10.0);   // q = 0.1
    private static final Reliability B = new Reliability(80.0, 20.0);   // q = 0.2

    @Test
    void aSeriesSystemAndAParallelOneHaveTheirClosedForms() {
        // a -l- b: "series" needs a, l and b; "either" needs a or b (one entry of alternatives)
        Model m = model(List.of(node("a", A), node("b", B)), List.of(link("l", "a", "b", Reliability.NONE)),
                List.of(service("series", List.of(List.of("a"), List.of("b"))), service("either", List.of(List.of("a", "b")))),
                Map.of("link", new Reliability(70.0, 30.0)));                // q = 0.3 through the default
        AvailabilityOracle oracle = new AvailabilityOracle(m);
        assertThat(oracle.failureCapableEvents()).containsOnlyKeys("a", "b", "l");
        assertThat(oracle.failureCapableEvents().get("l")).isCloseTo(0.3, within(1e-15));
        AvailabilityOracle.Exact exact = oracle.enumerate();
        assertThat(exact.unavailability().get("series")).isCloseTo(1 - 0.9 * 0.8 * 0.7, within(1e-12));
        assertThat(exact.unavailability().get("either")).isCloseTo(0.1 * 0.2, within(1e-12));
        // conditionals: [P(down | event down), P(down | event up)]
        assertThat(exact.conditional().get("either").get("a")).containsExactly(new double[] {0.2, 0.0}, within(1e-12));
        assertThat(exact.conditional().get("series").get("l")).containsExactly(new double[] {1.0, 1 - 0.9 * 0.8},
                within(1e-12));
    }

    /**
     * The factoring (for big models) against the enumeration, on random models both can handle: a
     * point at epsilon 0, an interval holding the truth otherwise.
     */
    @Test
    void theFactoringEqualsTheEnumeration() {
        int services = 0;
        int open = 0; // services whose interval at epsilon 1e-3 has a width: the open branches were exercised
        for (long seed = 0; seed < 24; seed++) {
            TopologyZoo.Graph g = TopologyZoo.load(TopologyZoo.SMALL.get((int) (seed % TopologyZoo.SMALL.size())));
            Model m = RandomModels.generate(g, RandomModels.Spec.quantifiable(14), 500 + seed);
            AvailabilityOracle oracle = new AvailabilityOracle(m);
            Map<String, Double> enumerated = oracle.enumerate().unavailability();
            Map<String, double[]> exact = oracle.unavailabilityByFactoring(0, 1L << 22);
            Map<String, double[]> cut = oracle.unavailabilityByFactoring(1e-3, 1L << 22);
            assertThat(exact.keySet()).containsExactlyElementsOf(enumerated.keySet());
            for (Map.Entry<String, Double> e : enumerated.entrySet()) {
                double truth = e.getValue();
                double[] point = exact.get(e.getKey());
                assertThat(point[1]).as("seed %d, %s: no branch left open", seed, e.getKey()).isEqualTo(point[0]);
                assertThat(point[0]).as("seed %d, %s", seed, e.getKey()).isCloseTo(truth, within(1e-13 + 1e-12 * truth));
                double[] interval = cut.get(e.getKey());
                assertThat(interval[0]).as("seed %d, %s lower", seed, e.getKey()).isLessThanOrEqualTo(truth + 1e-13);
                assertThat(interval[1]).as("seed %d, %s upper", seed, e.getKey()).isGreaterThanOrEqualTo(truth - 1e-13);
                open += interval[1] - interval[0] > 0 ? 1 : 0;
                services++;
            }
        }
        assertThat(services).isGreaterThan(50);
        assertThat(open).isPositive();
    }

    @Test
    void theFactoringStopsAtItsBudget() {
        Model m = RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.quantifiable(14), 7);
        assertThatThrownBy(() -> new AvailabilityOracle(m).unavailabilityByFactoring(0, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more state evaluations");
    }

    @Test
    void tooManyEventsAreRefusedWithTheCount() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i <= AvailabilityOracle.MAX_EVENTS; i++) {
            nodes.add(node("n" + i, A));
        }
        AvailabilityOracle oracle = new AvailabilityOracle(model(nodes, List.of(), List.of(), Map.of()));
        assertThatThrownBy(oracle::enumerate).hasMessageContaining("23");
    }

    private static Node node(String id, Reliability r) {
        Node n = Models.node(id);
        return new Node(n.id(), n.name(), n.site(), n.role(), n.vendor(), n.software(), n.operator(), n.owner(),
                n.groups(), n.power(), null, null, null, null, r);
    }

    private static Link link(String id, String a, String b, Reliability r) {
        Link l = Models.link(id, a, b);
        return new Link(l.id(), l.name(), a, b, l.operator(), l.owner(), l.groups(), null, null, null, null, null,
                null, r);
    }

    private static Service service(String id, List<List<String>> endpoints) {
        return Models.service(id, ServiceKind.VITAL, endpoints, List.of(), 0, "A");
    }

    private static Model model(List<Node> nodes, List<Link> links, List<Service> services,
                               Map<String, Reliability> defaults) {
        return new Model("q", List.of(), List.of(), nodes, links, List.of(), List.of(), services, List.of(), defaults,
                List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }
}
