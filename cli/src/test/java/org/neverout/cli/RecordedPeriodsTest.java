package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neverout.history.AnalysisRun;
import org.neverout.history.LedgerHash;
import org.neverout.history.RunContent;
import org.neverout.report.PreviousRun;

/** Which stored run is this one and which the previous period, and how a run's results are read. */
class RecordedPeriodsTest {
    private static final String RESULTS = """
            {"services": [{"id": "a", "verdict": "violated", "resilience": 1},
                          {"id": "b", "verdict": "meets", "resilience": null}],
             "findings": [{"kind": "never-out", "cut_set": ["x", "y"]}, {"kind": "other", "cut_set": ["z"]}],
             "summary": {"services_in_breach": 1, "services_meeting": 1, "services_unverified": 0},
             "availability": {"services": [{"id": "a", "unavailability": 0.25}, {"id": "b", "unavailability": 0.5}]}}
            """;

    private static List<AnalysisRun> runs(String... labelsAndShas) {
        List<AnalysisRun> runs = new ArrayList<>();
        String prev = LedgerHash.GENESIS;
        for (int i = 0; i < labelsAndShas.length; i += 2) {
            RunContent c = new RunContent(labelsAndShas[i], Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                    LocalDate.of(2026, 1, 1).plusDays(i), "m", "text", labelsAndShas[i + 1], RESULTS, "v", "u");
            String hash = LedgerHash.of(prev, c);
            runs.add(new AnalysisRun(runs.size() + 1, c, prev, hash));
            prev = hash;
        }
        return runs;
    }

    @Test
    void anEmptyStoreHasNoPreviousPeriodAndNoRun() {
        RecordedPeriods r = RecordedPeriods.select(List.of(), "s", null);
        assertThat(r.previous()).isNull();
        assertThat(r.thisRun()).isNull();
        assertThat(r.periods().recorded()).isEmpty();
        assertThat(r.periods().nowRecorded()).isFalse();
    }

    @Test
    void anotherModelRecordedLastIsThePreviousPeriod() {
        List<AnalysisRun> runs = runs("Q1", "s1", "Q2", "s2");
        RecordedPeriods r = RecordedPeriods.select(runs, "s3", null);
        assertThat(r.thisRun()).isNull();
        assertThat(r.previous().label()).isEqualTo("Q2");
        assertThat(r.previous().hash()).isEqualTo(runs.get(1).hash());
        assertThat(r.periods().recorded()).hasSize(2);
        assertThat(r.periods().nowRecorded()).isFalse();
    }

    @Test
    void thisModelRecordedLastIsThisRunAndThePreviousPeriodIsTheRunBefore() {
        List<AnalysisRun> runs = runs("Q1", "s1", "Q2", "s2");
        RecordedPeriods r = RecordedPeriods.select(runs, "s2", null);
        assertThat(r.thisRun()).isEqualTo(runs.get(1));
        assertThat(r.previous().label()).isEqualTo("Q1");
        assertThat(r.periods().nowRecorded()).isTrue();
        // recorded only once, as the only run: nothing before it
        RecordedPeriods alone = RecordedPeriods.select(runs("Q1", "s1"), "s1", null);
        assertThat(alone.thisRun()).isNotNull();
        assertThat(alone.previous()).isNull();
        // recorded earlier but not last: not this run
        assertThat(RecordedPeriods.select(runs, "s1", null).thisRun()).isNull();
    }

    @Test
    void sinceNamesTheLatestRunOfThatLabelAndAnUnknownOneListsTheLabels() {
        List<AnalysisRun> runs = runs("Q1", "s1", "Q2", "s2", "Q1", "s3", "Q3", "s4");
        RecordedPeriods r = RecordedPeriods.select(runs, "s4", "Q1");
        assertThat(r.previous().hash()).isEqualTo(runs.get(2).hash());
        assertThat(r.thisRun()).isEqualTo(runs.get(3));
        assertThatThrownBy(() -> RecordedPeriods.select(runs, "s4", "Q9")).isInstanceOf(UsageException.class)
                .hasMessage("--since 'Q9': no recorded run has that label; recorded labels (oldest first): "
                        + "'Q1', 'Q2', 'Q3'");
        assertThatThrownBy(() -> RecordedPeriods.select(List.of(), "s4", "Q9")).isInstanceOf(UsageException.class)
                .hasMessageContaining("holds no recorded run");
    }

    @Test
    void aRunIsReadFromItsResults() {
        AnalysisRun run = runs("Q1", "s1").get(0);
        PreviousRun p = RecordedPeriods.previousRun(run);
        assertThat(p.services()).containsExactly(new PreviousRun.ServiceStanding("a", "violated", 1),
                new PreviousRun.ServiceStanding("b", "meets", null));
        assertThat(p.rootCauses()).containsExactly(List.of("x", "y"));
        assertThat(p.unavailability()).containsExactly(java.util.Map.entry("a", 0.25), java.util.Map.entry("b", 0.5));
        var period = RecordedPeriods.period(run);
        assertThat(period.violated()).isEqualTo(1);
        assertThat(period.meeting()).isEqualTo(1);
        assertThat(period.worstService()).isEqualTo("b");
        assertThat(period.worstAvailability()).isEqualTo(0.5);
        assertThat(period.hash()).isEqualTo(run.hash());
    }

    @Test
    void aRunWithoutAvailabilityOrFindingsSaysNotRecorded() {
        RunContent c = new RunContent("old", Instant.EPOCH, LocalDate.EPOCH, "m", "t", "s",
                "{\"services\": [], \"summary\": {}}", "v", "u");
        PreviousRun p = RecordedPeriods.previousRun(new AnalysisRun(1, c, LedgerHash.GENESIS, "h"));
        assertThat(p.rootCauses()).isNull();
        assertThat(p.unavailability()).isNull();
        RunContent broken = new RunContent("bad", Instant.EPOCH, LocalDate.EPOCH, "m", "t", "s", "{", "v", "u");
        assertThatThrownBy(() -> RecordedPeriods.previousRun(new AnalysisRun(7, broken, LedgerHash.GENESIS, "h")))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("run 7 'bad' of the history store");
    }
}
