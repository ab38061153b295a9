package org.neverout.adversary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.model.AdversarySettings;
import org.neverout.model.Model;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.Models;

/**
 * {@code proven} exactly as MODEL.md defines it, at its boundary: C &lt;= (K + 1) x the lowest cost of an
 * attackable event of the enumerated kinds, the service's own event excluded; no attack for a service
 * down with no failure or when nothing is attackable.
 */
class ProvenFlagTest {
    private static final Set<EventKind> NODE_LINK = EnumSet.of(EventKind.NODE, EventKind.LINK);

    /** s and t joined through m1 and m2 (links 3, middle nodes 5); s and t cost {@code ends}. */
    private static Model diamond(double ends, Map<String, Double> more) {
        Model m = Models.model("diamond", List.of(), List.of(),
                List.of(Models.node("s"), Models.node("t"), Models.node("m1"), Models.node("m2"), Models.node("lone")),
                List.of(Models.link("l1", "s", "m1"), Models.link("l2", "m1", "t"), Models.link("l3", "s", "m2"),
                        Models.link("l4", "m2", "t")), List.of(),
                List.of(Models.service("svc", ServiceKind.VITAL, List.of(List.of("s"), List.of("t")), List.of(), 0, "A"),
                        Models.service("cut-off", ServiceKind.VITAL, List.of(List.of("s"), List.of("lone")), List.of(),
                                0, null)));
        Map<String, Double> costs = new LinkedHashMap<>(Map.of("s", ends, "t", ends));
        costs.putAll(more);
        return m.withAdversary(AdversarySettings.BUILT_IN.withExplicitCosts(costs));
    }

    private static ServiceAttack run(Model m, int order, Set<EventKind> kinds, String service) {
        return AttackAnalysis.run(m, new AnalysisQuestion(order, kinds, 1, 0, null), ProgressListener.NONE)
                .service(service);
    }

    @Test
    void provenAtTheBoundaryAndNotAboveIt() {
        ServiceAttack at = run(diamond(6, Map.of()), 1, NODE_LINK, "svc");
        assertThat(at.cheapest().cutSet()).containsExactly("s"); // ties to the first in cut-set order
        assertThat(at.tied()).containsExactly(List.of("s"), List.of("t"));
        assertThat(at.cheapest().cost()).isEqualTo(6);
        assertThat(at.largerAtLeast()).isEqualTo(6.0);
        assertThat(at.cheapest().proven()).isTrue();

        ServiceAttack above = run(diamond(6.5, Map.of()), 1, NODE_LINK, "svc");
        assertThat(above.cheapest().proven()).isFalse();
        // the exact cut of any size finds the two links for 6
        assertThat(above.anySize().cost()).isEqualTo(6);
        assertThat(above.anySize().cutSet()).hasSize(2);

        ServiceAttack order2 = run(diamond(6.5, Map.of()), 2, NODE_LINK, "svc");
        assertThat(order2.cheapest().cost()).isEqualTo(6);
        assertThat(order2.cheapest().cutSet()).containsExactly("l1", "l3");
        assertThat(order2.cheapest().proven()).isTrue();
    }

    @Test
    void theServicesOwnEventIsNoAttackAndNotInTheBound() {
        Model m = diamond(6, Map.of("svc", 1.0));
        Set<EventKind> withServices = EnumSet.of(EventKind.NODE, EventKind.LINK, EventKind.SERVICE);
        ServiceAttack svc = run(m, 1, withServices, "svc");
        assertThat(svc.cheapest().cutSet()).containsExactly("s");
        assertThat(svc.largerAtLeast()).isEqualTo(6.0); // 2 x 3 (links), not 2 x 1 (its own event)
        assertThat(svc.cheapest().proven()).isTrue();
        // for another service, svc's event counts: the lowest cost is 1
        assertThat(run(m, 1, withServices, "cut-off").largerAtLeast()).isEqualTo(2.0);
        // without the service kind enumerated, its cost is not in any bound
        assertThat(run(m, 1, NODE_LINK, "cut-off").largerAtLeast()).isEqualTo(6.0);
    }

    @Test
    void aServiceDownWithNoFailureHasNoAttack() {
        ServiceAttack down = run(diamond(6, Map.of()), 2, NODE_LINK, "cut-off");
        assertThat(down.up()).isFalse();
        assertThat(down.cheapest()).isNull();
        assertThat(down.anySize()).isNull();
    }

    @Test
    void softwareAndSuppliersAreNotAttackableWithoutACost() {
        Model m = Models.model("sw", List.of(), List.of(),
                List.of(Models.node("a", null, "os-1", null, List.of(), null), Models.node("b", null, "os-1", null,
                        List.of(), null)),
                List.of(Models.link("l", "a", "b")), List.of(),
                List.of(Models.service("svc", ServiceKind.VITAL, List.of(List.of("a"), List.of("b")), List.of(), 0,
                        null)));
        Set<EventKind> software = EnumSet.of(EventKind.SOFTWARE);
        assertThat(run(m, 2, software, "svc").cheapest()).isNull();
        assertThat(run(m, 2, software, "svc").largerAtLeast()).isNull();
        Model costed = m.withAdversary(AdversarySettings.BUILT_IN.withExplicitCosts(Map.of("software:os-1", 2.0)));
        ServiceAttack attack = run(costed, 2, EnumSet.allOf(EventKind.class), "svc");
        assertThat(attack.cheapest().cutSet()).containsExactly("software:os-1");
        assertThat(attack.cheapest().cost()).isEqualTo(2);
        assertThat(attack.cheapest().proven()).isTrue();
    }
}
