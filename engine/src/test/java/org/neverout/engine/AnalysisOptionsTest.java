package org.neverout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** Limits, progress, kinds and question validation. */
class AnalysisOptionsTest {
    private static CompiledModel bics(long seed) {
        Model model = RandomModels.generate(TopologyZoo.load("Bics"), RandomModels.Spec.everyEventKind(), seed);
        return CompiledModel.compile(model);
    }

    @Test
    void maxCutSetsNeverCutsSilently() {
        CompiledModel m = bics(5);
        AnalysisQuestion full = new AnalysisQuestion(2, EnumSet.allOf(EventKind.class), 1, 0, null);
        AnalysisResult all = CutSetEngine.analyze(m, full, ProgressListener.NONE);
        AnalysisResult limited = CutSetEngine.analyze(m, full.withMaxCutSets(3), ProgressListener.NONE);
        assertThat(limited.complete()).isFalse();
        assertThat(limited.incompleteReason()).contains("max cut sets");
        for (int s = 0; s < m.serviceCount(); s++) {
            ServiceResult a = all.services().get(s);
            ServiceResult l = limited.services().get(s);
            if (a.cutSets().size() > 3) {
                assertThat(l.complete()).isFalse();
                assertThat(l.incompleteReason()).isNotBlank();
                assertThat(l.cutSets()).hasSize(3);
            } else if (l.complete()) {
                assertThat(l.cutSets()).isEqualTo(a.cutSets());
            }
            if (l.complete()) {
                assertThat(l.cutSets()).isEqualTo(a.cutSets());
            }
        }
    }

    @Test
    void aTimeLimitMarksTheResultIncomplete() {
        CompiledModel m = bics(6);
        AnalysisQuestion q = new AnalysisQuestion(3, EnumSet.allOf(EventKind.class), 2, 0, Duration.ofNanos(1));
        AnalysisResult r = CutSetEngine.analyze(m, q, ProgressListener.NONE);
        assertThat(r.complete()).isFalse();
        assertThat(r.incompleteReason()).contains("time limit");
        assertThat(r.services()).anySatisfy(s -> assertThat(s.complete()).isFalse());
    }

    @Test
    void progressReachesTheTotal() {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong total = new AtomicLong();
        CutSetEngine.analyze(bics(7), AnalysisQuestion.defaults().withThreads(2), (done, t) -> {
            last.accumulateAndGet(done, Math::max);
            total.set(t);
        });
        assertThat(total.get()).isPositive();
        assertThat(last.get()).isEqualTo(total.get());
    }

    @Test
    void questionsAreValidated() {
        assertThat(AnalysisQuestion.defaults().order()).isEqualTo(2);
        assertThat(AnalysisQuestion.defaults().kinds()).containsExactlyInAnyOrder(EventKind.values());
        assertThatThrownBy(() -> new AnalysisQuestion(0, Set.of(EventKind.NODE), 1, 0, null))
                .hasMessageContaining("order");
        assertThatThrownBy(() -> new AnalysisQuestion(1, Set.of(), 1, 0, null)).hasMessageContaining("kind");
        assertThatThrownBy(() -> new AnalysisQuestion(1, Set.of(EventKind.NODE), 0, 0, null))
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> new AnalysisQuestion(1, Set.of(EventKind.NODE), 1, -1, null))
                .hasMessageContaining("maxCutSets");
    }

    @Test
    void eventKindTokensRoundTrip() {
        for (EventKind kind : EventKind.values()) {
            assertThat(EventKind.parse(" " + kind.token().toUpperCase() + " ")).isEqualTo(kind);
        }
        assertThat(List.of(EventKind.values())).extracting(EventKind::token).containsExactly(
                "node", "link", "site", "power", "group", "software", "supplier", "service");
        assertThatThrownBy(() -> EventKind.parse("building")).hasMessageContaining("'building'");
    }
}
