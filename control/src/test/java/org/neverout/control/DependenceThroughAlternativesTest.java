package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neverout.engine.CompiledModel;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.Supplier;

/**
 * Minimum dependence through alternatives in depends_on (MODEL.md 1.1), on a model small enough to check
 * by hand: tA needs one telco node (x), tB three telco elements (y, z and the link between them).
 */
class DependenceThroughAlternativesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static Model model() {
        List<Service> services = List.of(
                DependenceModels.service("tA", List.of(List.of("x")), List.of()),
                DependenceModels.service("tB", List.of(List.of("y"), List.of("z")), List.of()),
                DependenceModels.service("either", List.of(List.of("h")), List.of(List.of("tA", "tB"))),
                DependenceModels.service("reversed", List.of(List.of("h")), List.of(List.of("tB", "tA"))),
                // tB is needed anyway, and it meets the first entry too: x is not needed
                DependenceModels.service("needsB", List.of(List.of("h")), List.of(List.of("tA", "tB"), List.of("tB"))),
                // the cheaper alternative is down with no failure (its node has no link to h's side): tB it is
                DependenceModels.service("brokenA", List.of(), List.of(List.of("deadA", "tB"))),
                DependenceModels.service("deadA", List.of(List.of("x"), List.of("h")), List.of()));
        return new Model("alternatives", List.of(), List.of(),
                List.of(DependenceModels.node("h", null), DependenceModels.node("x", "telco"),
                        DependenceModels.node("y", "telco"), DependenceModels.node("z", "telco")),
                List.of(DependenceModels.link("l-yz", "y", "z", "telco")), List.of(),
                List.of(new Supplier("telco", null, null, null, List.of(), List.of(), List.of())),
                services, List.of(), Map.of(), List.of(), ComplianceSettings.NONE, Model.Source.NONE);
    }

    @Test
    void theMinimumIsOverTheWaysToMeetTheAlternatives() {
        Model model = model();
        ControlReport report = ControlAnalysis.analyze(model, CompiledModel.compile(model), null, AS_OF);
        assertThat(elements(report, "either")).containsExactly("x");
        assertThat(elements(report, "reversed")).containsExactly("x");
        assertThat(elements(report, "needsB")).containsExactlyInAnyOrder("y", "z", "l-yz");
        assertThat(elements(report, "brokenA")).containsExactlyInAnyOrder("y", "z", "l-yz");
        assertThat(report.services().stream().filter(s -> s.id().equals("deadA")).findFirst().orElseThrow()
                .dependence()).as("down with no failure: nothing restores it").isNull();
    }

    private static List<String> elements(ControlReport report, String service) {
        ServiceControl s = report.services().stream().filter(x -> x.id().equals(service)).findFirst().orElseThrow();
        assertThat(s.controlled()).as(service).isFalse();
        assertThat(s.dependence().exact()).as(service + " " + s.dependence()).isTrue();
        return s.dependence().elements().stream().map(OperatedElement::id).toList();
    }
}
