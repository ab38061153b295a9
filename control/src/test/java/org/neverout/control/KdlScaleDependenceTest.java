package org.neverout.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.NetworkState;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * A Kdl-size generated model (754 nodes, about 900 links, 1,000 services, a fifth of the elements
 * supplier-operated): every uncontrolled service without dependencies gets an exact answer, and the
 * answers restore their service and are minimal (no element can be left out).
 */
class KdlScaleDependenceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    /** A Kdl-size model: 754 nodes, a random tree plus 146 extra links, 1,000 services of up to 4 entries. */
    static Model kdlSize(long seed, int supplierPercent) {
        return DependenceModels.generate(seed, 754, 146, 1000, 4, supplierPercent, 10);
    }

    @Test
    void everyServiceWithoutDependenciesGetsAnExactMinimum() {
        Model model = kdlSize(754, 20);
        CompiledModel compiled = CompiledModel.compile(model);
        AnalysisResult cuts = CutSetEngine.analyze(compiled, AnalysisQuestion.defaults()
                .withOrder(SensitiveKnowledge.CRITICAL_ORDER).withKinds(EnumSet.of(EventKind.NODE, EventKind.LINK)),
                ProgressListener.NONE);
        ControlReport report = ControlAnalysis.analyze(model, compiled, cuts, AS_OF);

        Map<String, Service> services = new HashMap<>();
        model.services().forEach(s -> services.put(s.id(), s));
        int alone = 0;
        int aloneExact = 0;
        int dependent = 0;
        int dependentExact = 0;
        for (ServiceControl s : report.services()) {
            if (s.dependence() == null) {
                continue;
            }
            boolean exact = s.dependence().exact();
            if (services.get(s.id()).dependsOn().isEmpty()) {
                alone++;
                aloneExact += exact ? 1 : 0;
            } else {
                dependent++;
                dependentExact += exact ? 1 : 0;
            }
        }
        assertThat(alone).as("the generator yields uncontrolled services").isGreaterThan(500);
        assertThat(aloneExact).isEqualTo(alone);
        assertThat(dependentExact).isGreaterThanOrEqualTo(dependent * 9 / 10);
        assertRestoringAndMinimal(model, compiled, report);
    }

    /** For the first 100 exact answers: the set restores its service and no single element can be left out. */
    private static void assertRestoringAndMinimal(Model model, CompiledModel compiled, ControlReport report) {
        List<String> operated = DependenceModels.supplierOperated(model);
        NetworkState state = new NetworkState(compiled);
        operated.forEach(id -> state.apply(compiled.eventIndex(id)));
        int checked = 0;
        for (int s = 0; s < report.services().size() && checked < 100; s++) {
            SupplierDependence d = report.services().get(s).dependence();
            if (d == null || !d.exact()) {
                continue;
            }
            checked++;
            d.elements().forEach(e -> state.undo(compiled.eventIndex(e.id())));
            assertThat(state.isServiceUp(s)).as(report.services().get(s).id() + " restored by " + d.elements()).isTrue();
            for (OperatedElement left : d.elements()) {
                int event = compiled.eventIndex(left.id());
                state.apply(event);
                assertThat(state.isServiceUp(s)).as(report.services().get(s).id() + " without " + left.id()).isFalse();
                state.undo(event);
            }
            d.elements().forEach(e -> state.apply(compiled.eventIndex(e.id())));
        }
        assertThat(checked).isEqualTo(100);
    }
}
