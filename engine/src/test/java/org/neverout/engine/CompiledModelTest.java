package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.ServiceKind;
import org.neverout.testkit.Golden;
import org.neverout.testkit.Models;

class CompiledModelTest {
    @Test
    void everyBasicEventOfModelMdExistsInADeterministicOrder() throws Exception {
        CompiledModel m = CompiledModel.compile(ModelLoader.load(Golden.path("semantics.yaml")));
        assertThat(m.events()).extracting(BasicEvent::id).containsExactly(
                "hq-1", "hq-2", "base-1", "dc-1", "dc-2", "relay", "lonely",
                "l-hq-relay", "l-hq2-relay", "l-relay-base", "l-relay-dc1", "l-relay-dc2", "l-hq-dc2",
                "HQ", "BASE", "DC",
                "grid-west", "grid-east", "gen-hq", "ups-hq",
                "duct-a", "unused-group", "bunker", "region-west",
                "software:os-1", "software:os-2",
                "supplier:telco", "supplier:sub", "supplier:idle",
                "timesync", "access", "c2", "same-node-twice", "logical", "cut-off");
        assertThat(m.event("supplier:idle")).contains(new BasicEvent("supplier:idle", EventKind.SUPPLIER));
        assertThat(m.hasNoEffect(m.eventIndex("supplier:idle"))).isTrue();
        assertThat(m.hasNoEffect(m.eventIndex("unused-group"))).isTrue();
        assertThat(m.hasNoEffect(m.eventIndex("timesync"))).isFalse();
        assertThat(m.eventIndex("no-such-event")).isEqualTo(-1);
        assertThat(m.event("software:os-3")).isEmpty();
    }

    @Test
    void aSupplierTakesDownWhatItsSubcontractorsOperate() throws Exception {
        CompiledModel m = CompiledModel.compile(ModelLoader.load(Golden.path("semantics.yaml")));
        NetworkState state = new NetworkState(m);
        state.apply(m.eventIndex("supplier:telco"));
        assertThat(state.isNodeLive(nodeIndex(m, "base-1"))).as("operated by sub, a subcontractor of telco").isFalse();
        assertThat(state.isNodeLive(nodeIndex(m, "dc-1"))).isFalse();
        assertThat(state.isNodeLive(nodeIndex(m, "dc-2"))).isTrue();
        state.undo(m.eventIndex("supplier:telco"));
        assertThat(state.isNodeLive(nodeIndex(m, "base-1"))).isTrue();
    }

    @Test
    void brokenReferencesAndCyclesAreReportedAsInvalidModels() {
        Model dangling = Models.model("bad", List.of(), List.of(), List.of(Models.node("a")),
                List.of(Models.link("l", "a", "ghost")), List.of(), List.of(),
                List.of(Models.service("s", ServiceKind.OTHER, List.of(List.of("a")), List.of(List.of("t")), 0, null),
                        Models.service("t", ServiceKind.OTHER, List.of(), List.of(List.of("s")), 0, null)));
        assertThatThrownBy(() -> CompiledModel.compile(dangling))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("unknown node 'ghost'")
                .hasMessageContaining("cyclic");
    }

    @Test
    void duplicateEventIdsAreRefused() {
        Model clash = Models.model("clash", List.of(), List.of(),
                List.of(Models.node("a", null, null, null, List.of("a"), null)), List.of(), List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> CompiledModel.compile(clash))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("'a'");
    }

    private static int nodeIndex(CompiledModel m, String id) {
        return m.eventIndex(id); // nodes come first, so a node's event index is its node index
    }
}
