package org.neverout.quant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.NetworkState;
import org.neverout.model.Model;
import org.neverout.testkit.Odds;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Pins the complete JSON (every bound, estimate, interval and importance measure, to the last bit of each
 * double) of seeded bounds and Monte Carlo analyses on small models, so that performance work on the bounds,
 * the decision diagrams or the sampler provably changes no result. Each case runs on 1 and on 2 threads,
 * which must agree with the one pinned file.
 *
 * <p>The files under {@code src/test/resources/pinned/} were recorded before the optimisation of the
 * bounds step and the sampler. A deliberate change of results re-records them with
 * {@code -Dneverout.pinned.record=src/test/resources/pinned} (then review the diff); never otherwise.
 */
class PinnedOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Models big enough for multi-node cut-set diagrams, both Monte Carlo estimators and importance. */
    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        List<Model> models = List.of(RendererTest.golden(),
                RandomModels.generate(TopologyZoo.load("Geant2001"), pinnedSpec(60), 31),
                RandomModels.generate(TopologyZoo.load("Janetbackbone"), pinnedSpec(90), 32));
        for (Model model : models) {
            for (int order = 1; order <= 3; order++) {
                cases.add(Arguments.of(model.name(), Method.BOUNDS, order, model));
            }
            for (int order = 1; order <= 2; order++) {
                cases.add(Arguments.of(model.name(), Method.MONTE_CARLO, order, model));
            }
        }
        return cases.stream();
    }

    /**
     * The models as recorded: without the MODEL.md 1.1 additions to the generator (alternatives in
     * depends_on, figures on common-mode events), which would change the models and not the methods.
     */
    private static RandomModels.Spec pinnedSpec(int maxEvents) {
        return RandomModels.Spec.quantifiable(maxEvents).withServices(5, 8)
                .withDependsOnAlternatives(Odds.NEVER).withCommonModeFigures(false);
    }

    /**
     * The stratified estimator (used when a service's cut sets give no control, which the small models
     * above never need), driven directly with every service up with no failure wanted and no control.
     */
    static Stream<Arguments> stratifiedCases() throws Exception {
        return cases().filter(a -> a.get()[1] == Method.MONTE_CARLO);
    }

    @ParameterizedTest(name = "{0} stratified order {2}")
    @MethodSource("stratifiedCases")
    void stratifiedEstimatesArePinned(String name, Method method, int order, Model model) throws IOException {
        String file = name + "-stratified-" + order + ".json";
        CompiledModel compiled = CompiledModel.compile(model);
        EventProbabilities p = EventProbabilities.of(model, compiled);
        int[] varEvent = VariableOrder.of(model, compiled, p.relevant);
        double[] varQ = Arrays.stream(varEvent).mapToDouble(e -> p.q[e]).toArray();
        boolean[] wanted = new NetworkState(compiled).serviceStates();
        int services = wanted.length;
        int[] noControl = new int[services];
        Arrays.fill(noControl, -1);
        List<String> rows = new ArrayList<>();
        for (int threads = 1; threads <= 2; threads++) {
            MonteCarloEstimator.Estimate[] estimates = new MonteCarloEstimator(compiled, varEvent, varQ, order)
                    .estimate(wanted, new Bdd[services], noControl, new double[services], 10_000, 20_261_128L,
                            threads, 0.95);
            List<Object> list = new ArrayList<>();
            for (MonteCarloEstimator.Estimate e : estimates) {
                list.add(e == null ? null : List.of(e.point(), e.lower(), e.upper(), e.samples(), e.estimator()));
            }
            rows.add(MAPPER.writeValueAsString(list));
        }
        assertThat(rows.get(1)).as("2 threads against 1").isEqualTo(rows.get(0));
        compareOrRecord(file, rows.get(0));
    }

    @ParameterizedTest(name = "{0} {1} order {2}")
    @MethodSource("cases")
    void outputIsThePinnedOne(String name, Method method, int order, Model model) throws IOException {
        String file = name + "-" + method.token() + "-" + order + ".json";
        AvailabilityOptions options = AvailabilityOptions.defaults().withMethod(method).withOrder(order)
                .withSamples(10_000).withSeed(20_261_128L);
        String one = MAPPER.writeValueAsString(AvailabilityRenderer.toJson(
                AvailabilityAnalysis.analyze(model, options.withThreads(1))));
        String two = MAPPER.writeValueAsString(AvailabilityRenderer.toJson(
                AvailabilityAnalysis.analyze(model, options.withThreads(2))));
        assertThat(two).as("2 threads against 1").isEqualTo(one);
        compareOrRecord(file, one);
    }

    private static void compareOrRecord(String file, String one) throws IOException {
        String record = System.getProperty("neverout.pinned.record");
        if (record != null) {
            Path dir = Path.of(record);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), one + "\n", StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = PinnedOutputTest.class.getResourceAsStream("/pinned/" + file)) {
            assertThat(in).as("pinned file %s", file).isNotNull();
            String pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(one + "\n").as(file).isEqualTo(pinned);
        }
    }
}
