package org.neverout.server.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LiveStateTest {
    private static LiveState.AlertChange firing(String fingerprint, String element) {
        return new LiveState.AlertChange(fingerprint, element, true);
    }

    private static LiveState.AlertChange resolved(String fingerprint, String element) {
        return new LiveState.AlertChange(fingerprint, element, false);
    }

    @Test
    void anElementTwoAlertsNameStaysDownUntilBothAreResolved() {
        LiveState state = new LiveState();
        state.apply(List.of(firing("f1", "l-a"), firing("f2", "l-a")));
        assertThat(state.snapshot().down()).containsExactly("l-a");
        state.apply(List.of(resolved("f1", "l-a")));
        assertThat(state.snapshot().down()).containsExactly("l-a");
        state.apply(List.of(resolved("f2", "l-a")));
        assertThat(state.snapshot().down()).isEmpty();
    }

    @Test
    void theAnalystsSetAndTheFiringAlertsMakeTheDownSet() {
        LiveState state = new LiveState();
        state.set(List.of("n1", "n2"));
        state.apply(List.of(firing("f", "n3")));
        assertThat(state.snapshot().down()).containsExactly("n1", "n2", "n3");
        state.set(List.of());
        assertThat(state.snapshot().down()).containsExactly("n3");
        assertThat(state.snapshot().set()).isEmpty();
        assertThat(state.snapshot().alerts()).containsEntry("f", "n3");
    }

    @Test
    void theVersionMovesAndListenersHearOnlyWhenTheDownSetChanges() {
        LiveState state = new LiveState();
        List<Long> heard = new ArrayList<>();
        state.onChange(s -> heard.add(s.version()));
        state.set(List.of("a"));
        state.set(List.of("a")); // the same: no change
        state.apply(List.of(firing("f", "a"))); // already down: no change
        state.apply(List.of(resolved("unknown-fingerprint", "b")));
        state.set(List.of());  // a stays down by the alert: no change
        state.apply(List.of(resolved("f", "a")));
        assertThat(heard).containsExactly(1L, 2L);
        assertThat(state.snapshot().version()).isEqualTo(2);
        assertThat(state.snapshot().down()).isEmpty();
    }
}
