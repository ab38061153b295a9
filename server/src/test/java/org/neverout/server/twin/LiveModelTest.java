package org.neverout.server.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.io.ModelFiles;

class LiveModelTest {
    private static final String MODEL = """
            name: tiny
            nodes:
              - {id: a}
              - {id: b}
            links:
              - {id: l-ab, a: a, b: b}
            services:
              - {id: s, kind: vital, endpoints: [[a], [b]], never_out: 1}
            """;

    private static void write(Path file, String text, int secondsLater) throws Exception {
        Files.writeString(file, text);
        // the modification time moves visibly even on file systems with coarse timestamps
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(secondsLater)));
    }

    @Test
    void aChangedFileIsReloadedAndABrokenOneLeavesTheLastGoodVersionInUseWithItsProblems(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("m.yaml");
        write(file, MODEL, 0);
        LiveModel live = LiveModel.load(file, ModelFiles::load, Clock.systemUTC());
        List<Long> heard = new ArrayList<>();
        live.onChange(v -> heard.add(v.version()));
        assertThat(live.current().version()).isEqualTo(1);
        assertThat(live.refresh()).isFalse();

        write(file, MODEL.replace("name: tiny", "name: tiny2"), 10);
        assertThat(live.refresh()).isTrue();
        assertThat(live.current().model().name()).isEqualTo("tiny2");
        assertThat(live.problems()).isEmpty();

        write(file, MODEL.replace("b: b}", "b: nowhere}"), 20);
        assertThat(live.refresh()).isFalse();
        assertThat(live.current().model().name()).isEqualTo("tiny2");
        assertThat(live.current().version()).isEqualTo(2);
        assertThat(live.problems()).isNotEmpty();
        assertThat(live.problems().get(0).toString()).contains("m.yaml").contains("nowhere");

        write(file, MODEL.replace("name: tiny", "name: tiny3"), 30);
        assertThat(live.refresh()).isTrue();
        assertThat(live.current().model().name()).isEqualTo("tiny3");
        assertThat(live.current().version()).isEqualTo(3);
        assertThat(live.problems()).isEmpty();
        assertThat(heard).containsExactly(2L, 3L);
    }

    @Test
    void aDeletedFileIsAProblemNotAnEmptyModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.yaml");
        write(file, MODEL, 0);
        LiveModel live = LiveModel.load(file, ModelFiles::load, Clock.systemUTC());
        Files.delete(file);
        assertThat(live.refresh()).isFalse();
        assertThat(live.current().model().nodes()).hasSize(2);
        assertThat(live.problems()).singleElement().asString().contains("no such file");
    }
}
