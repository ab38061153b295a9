package org.neverout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.io.ModelWriter;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/** Bad input before any Spark session starts: exit 2 with a plain message, quickly. */
class SparkBadInputTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableMasterFailsFast() throws IOException {
        Path model = dir.resolve("m.yaml");
        ModelWriter.write(RandomModels.generate(TopologyZoo.load("Abilene"), RandomModels.Spec.everyEventKind(), 1),
                model);
        SparkIdentityTest.Run run = SparkIdentityTest.Run.spark("analyze", model.toString(), "-q", "--master",
                "spark://127.0.0.1:1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot reach the Spark master spark://127.0.0.1:1").doesNotContain("\tat ");
    }

    @Test
    void anUnreadableModelIsReportedByTheDriver() {
        SparkIdentityTest.Run run = SparkIdentityTest.Run.spark("analyze", dir.resolve("missing.yaml").toString(),
                "--master", "local[1]");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing.yaml").contains("no such file");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        SparkIdentityTest.Run run = SparkIdentityTest.Run.spark("analyze", "x.yaml", "--no-such-option");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void anExecutorsProblemIsFoundInARemoteFailuresText() {
        RuntimeException remote = new RuntimeException("Job aborted due to stage failure: Task 0 in stage 1.0 failed 4"
                + " times, most recent failure: Lost task 0.3 (TID 7) (10.0.0.5 executor 2): "
                + "org.neverout.spark.ExecutorProblem: an executor could not read model 'm': m:1:2: bad\n\tat x.y(Z.java:1)");
        assertThat(SparkJobs.executorProblem(new IllegalStateException("wrapped", remote)))
                .isEqualTo("an executor could not read model 'm': m:1:2: bad");
        assertThat(SparkJobs.executorProblem(new RuntimeException("Lost task: java.lang.OutOfMemoryError"))).isNull();
    }

    @Test
    void aMalformedMasterUrlIsAUsageError() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SparkRuntime.probe("spark://nohostport")))
                .isInstanceOf(org.neverout.cli.UsageException.class).hasMessageContaining("spark://HOST:PORT");
    }
}
