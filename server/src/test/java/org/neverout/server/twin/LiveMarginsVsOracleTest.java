package org.neverout.server.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.engine.BasicEvent;
import org.neverout.engine.EventKind;
import org.neverout.engine.ServiceMargin;
import org.neverout.model.Model;
import org.neverout.testkit.MarginOracle;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The live margins as the twin keeps them (state changes in a row, recomputed in the background, the
 * latest state winning) against the brute-force {@link MarginOracle} on seeded random models over real
 * Topology Zoo graphs.
 */
class LiveMarginsVsOracleTest {
    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"Abilene,1", "Abilene,2", "Nsfnet,3", "Arpanet196912,4", "Cesnet1999,5", "Sprint,6"})
    void theMarginsOfTheLatestStateAgreeWithTheOracle(String graph, long seed) throws Exception {
        Model model = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        LiveModel live = LiveModel.fixed(model, Clock.systemUTC());
        ModelVersion version = live.current();
        List<String> events = version.compiled().events().stream().map(BasicEvent::id).toList();
        Set<String> kinds = java.util.EnumSet.allOf(EventKind.class).stream().map(EventKind::token)
                .collect(Collectors.toSet());
        MarginOracle oracle = new MarginOracle(model);
        LiveState state = new LiveState();
        Random random = new Random(seed);
        try (LiveMargins margins = new LiveMargins(Clock.systemUTC())) {
            state.onChange(s -> margins.request(version, s));
            for (int round = 0; round < 4; round++) {
                // several changes in quick succession: only the last one has to be answered
                for (int burst = 0; burst < 3; burst++) {
                    Set<String> down = new TreeSet<>();
                    int size = random.nextInt(3);
                    while (down.size() < size) {
                        down.add(events.get(random.nextInt(events.size())));
                    }
                    state.set(down);
                }
                margins.request(version, state.snapshot());
                assertThat(margins.await(Duration.ofMinutes(2))).isTrue();
                LiveMargins.Snapshot snapshot = margins.current();
                assertThat(snapshot.stateVersion()).isEqualTo(state.snapshot().version());
                assertThat(snapshot.down()).containsExactlyElementsOf(state.snapshot().down());
                Map<String, MarginOracle.Margin> expected = oracle.margins(state.snapshot().down(),
                        version.question().order(), kinds);
                Map<String, MarginOracle.Margin> actual = new java.util.LinkedHashMap<>();
                for (ServiceMargin s : snapshot.result().services()) {
                    actual.put(s.serviceId(), new MarginOracle.Margin(s.up(), s.margin(), s.singlePoints()));
                }
                assertThat(actual).as("%s seed %d down %s", graph, seed, state.snapshot().down()).isEqualTo(expected);
            }
        }
    }
}
