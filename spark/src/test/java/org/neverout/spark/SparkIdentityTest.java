package org.neverout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.cli.NeverOut;
import org.neverout.io.ModelWriter;
import org.neverout.model.Model;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * neverout-spark in local mode (one session for the class: 2 executor threads, 2 attempts per task) prints
 * exactly what the single-machine CLI prints for the same options, apart from the elapsed time: analyze
 * on seeded models over real topologies (every event kind, orders 2 and 3, text and JSON), availability by
 * Monte Carlo with the same seed; a failing task retried by Spark changes nothing; an executor that
 * cannot read the model is exit 2 with a plain message.
 */
class SparkIdentityTest {
    private static final String MASTER = "local[2,2]";
    private static SparkSession session;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        session = SparkSession.builder().master(MASTER).appName("neverout-spark-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        session.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        session.stop();
    }

    @AfterEach
    void clearHooks() {
        TaskHooks.failNextAttempts(0);
        TaskHooks.executorsRead(null);
    }

    static Stream<Arguments> models() {
        List<Arguments> cases = new ArrayList<>();
        String[] graphs = {"Abilene", "Nsfnet", "Arpanet196912", "Cesnet1999"};
        for (int g = 0; g < graphs.length; g++) {
            cases.add(Arguments.of(graphs[g], 40L + g, 2 + g % 2, g % 2 == 0 ? "json" : "text"));
            cases.add(Arguments.of(graphs[g], 50L + g, 3 - g % 2, g % 2 == 0 ? "text" : "json"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1} order {2} {3}")
    @MethodSource("models")
    void analyzeIsTheSingleMachineOutput(String graph, long seed, int order, String format) throws IOException {
        Path model = write(RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed));
        String[] options = {"analyze", model.toString(), "--order", String.valueOf(order), "--format", format, "-q",
            "--as-of", "2026-06-01"};
        Run single = Run.cli(options);
        long tasks = TaskHooks.tasksStarted();
        Run spark = Run.spark(concat(options, "--master", MASTER, "--partitions", String.valueOf(2 + order)));
        assertThat(TaskHooks.tasksStarted() - tasks).as("one task per partition").isEqualTo(2 + order);
        assertThat(single.code).isZero();
        assertThat(spark.code).as(spark.err).isZero();
        assertThat(withoutElapsed(spark.out)).isEqualTo(withoutElapsed(single.out));
        assertThat(single.out).contains(format.equals("json") ? "\"cut_sets\"" : "cut sets");
    }

    @Test
    void availabilityByMonteCarloIsTheSingleMachineReport() throws IOException {
        Model m = RandomModels.generate(TopologyZoo.load("Geant2001"),
                RandomModels.Spec.quantifiable(40).withServices(3, 5), 712);
        Path model = write(m);
        String[] options = {"availability", model.toString(), "--method", "monte-carlo", "--samples", "20000",
            "--seed", "7", "--order", "2", "--format", "json"};
        Run single = Run.cli(options);
        long tasks = TaskHooks.tasksStarted();
        Run spark = Run.spark(concat(options, "--master", MASTER, "--partitions", "3"));
        assertThat(TaskHooks.tasksStarted() - tasks).as("the samples were drawn in three tasks").isEqualTo(3);
        assertThat(single.code).as(single.err).isZero();
        assertThat(spark.code).as(spark.err).isZero();
        assertThat(single.out).contains("\"monte-carlo\"");
        assertThat(withoutElapsed(spark.out)).isEqualTo(withoutElapsed(single.out));
    }

    @Test
    void aFailedTaskIsRetriedWithoutChangingTheResult() throws IOException {
        Path model = write(RandomModels.generate(TopologyZoo.load("Nsfnet"), RandomModels.Spec.everyEventKind(), 61));
        String[] options = {"analyze", model.toString(), "--order", "3", "--format", "json", "-q"};
        Run single = Run.cli(options);
        TaskHooks.failNextAttempts(1);
        Run spark = Run.spark(concat(options, "--master", MASTER, "--partitions", "4"));
        assertThat(TaskHooks.pendingFailures()).as("the planted failure happened").isZero();
        assertThat(spark.code).as(spark.err).isZero();
        assertThat(withoutElapsed(spark.out)).isEqualTo(withoutElapsed(single.out));
    }

    @Test
    void anExecutorThatCannotReadTheModelIsBadInput() throws IOException {
        Path model = write(RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 62));
        TaskHooks.executorsRead("name: [unterminated");
        Run spark = Run.spark("analyze", model.toString(), "--order", "2", "-q", "--master", MASTER);
        assertThat(spark.code).isEqualTo(2);
        assertThat(spark.err).contains("an executor could not read model").doesNotContain("\tat ");
        assertThat(spark.out).isEmpty();
    }

    @Test
    void anUnsupportedOptionIsBadInput() throws IOException {
        Path model = write(RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.quantifiable(20), 63));
        Run limit = Run.spark("availability", model.toString(), "--method", "monte-carlo", "--time-limit", "10s",
                "--master", MASTER);
        assertThat(limit.code).isEqualTo(2);
        assertThat(limit.err).contains("--time-limit is not supported");
        Run partitions = Run.spark("analyze", model.toString(), "--partitions", "0", "--master", MASTER);
        assertThat(partitions.code).isEqualTo(2);
        assertThat(partitions.err).contains("--partitions must be at least 1");
    }

    /** The elapsed time is the only part of the output that may differ between two runs. */
    static String withoutElapsed(String out) {
        return out.replaceAll("\"elapsed_ms\" ?: ?\\d+", "\"elapsed_ms\": 0")
                .replaceAll("scenarios in \\d+\\.\\d+ s", "scenarios in 0 s")
                .replaceAll("\"elapsed_s\" ?: ?[0-9.Ee-]+", "\"elapsed_s\": 0");
    }

    private static Path write(Model model) throws IOException {
        Path file = Files.createTempFile(dir, model.name(), ".yaml");
        ModelWriter.write(model, file);
        return file;
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    record Run(int code, String out, String err) {
        static Run cli(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = NeverOut.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }

        static Run spark(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = NeverOutSpark.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }
}
