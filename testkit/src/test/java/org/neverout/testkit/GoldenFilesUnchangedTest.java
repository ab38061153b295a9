package org.neverout.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden vectors are bundled once (testkit's {@code /golden/}) and are the shared ones unchanged. The
 * comparison with {@code ../shared/golden} runs only where that folder exists next to the repository, and
 * is skipped with a message otherwise: no test depends on it.
 */
class GoldenFilesUnchangedTest {
    /** The bundled folder, in this module's sources (tests run in the module's folder). */
    private static final Path BUNDLED = Path.of("src/main/resources/golden");
    /** The shared golden vectors: {@code ../shared/golden} next to the repository. */
    private static final Path SHARED = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("golden");

    @Test
    void everyListedFileIsBundledAndNothingElse() throws IOException {
        assertThat(files(BUNDLED)).isEqualTo(new TreeSet<>(Golden.NAMES));
        for (String name : Golden.NAMES) {
            assertThat(Golden.read(name)).as(name).isNotBlank();
            assertThat(Files.readAllBytes(Golden.path(name))).as(name).isEqualTo(Files.readAllBytes(BUNDLED.resolve(name)));
        }
    }

    @Test
    void unknownNamesAreRefusedNamingTheFiles() {
        assertThatThrownBy(() -> Golden.path("semantic.yaml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no golden file 'semantic.yaml'; there are [semantics.yaml");
    }

    @Test
    void bundledFilesAreTheSharedOnesUnchanged() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "skipped: no shared golden vectors at " + SHARED
                + " (the comparison runs only where they exist)");
        assertThat(files(SHARED)).as("files of %s", SHARED).isEqualTo(files(BUNDLED));
        for (String name : files(SHARED)) {
            assertThat(Files.readAllBytes(BUNDLED.resolve(name))).as("%s differs from %s", name, SHARED)
                    .isEqualTo(Files.readAllBytes(SHARED.resolve(name)));
        }
        // our README carries the shared README's table verbatim
        List<String> table = Files.readAllLines(SHARED.resolve("README.md")).stream()
                .filter(l -> l.startsWith("|")).toList();
        assertThat(table).isNotEmpty();
        assertThat(Files.readAllLines(BUNDLED.resolve("README.md"))).containsSubsequence(table);
    }

    /** The golden files of a folder (its README aside), sorted. */
    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
