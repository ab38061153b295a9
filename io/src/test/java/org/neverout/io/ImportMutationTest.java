package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutation fuzzer that runs in every build, beside Jazzer's seed-only regression mode: each
 * seed of {@link ImportFuzzTest} is mutated a few hundred times (bit flips, cut, duplicated and
 * moved ranges, inserted structural tokens), reproducibly, and every mutant must import or be
 * refused with an {@code InvalidModelException} (never another exception). Speed is measured by the JMH
 * benchmarks, not here: a wall-clock bound is flaky on a busy machine.
 */
class ImportMutationTest {
    private static final int MUTANTS = 150;
    private static final List<String> TOKENS = List.of("(", ")", "<", ">", "</", "/>", "&", "&amp;", "<!DOCTYPE x>",
            "<![CDATA[", "]]>", "<!--", "-->", "\"", "'", "=", "#", "\n", "\u0000", "\u00ff", "NaN", "1e999", "-1",
            "<node id=\"0\"/>", "<edge source=\"0\" target=\"0\"/>", "NODES (", "LINKS (", "DEMANDS (", " UNLIMITED ",
            "software:x", "supplier:", "\uFEFF", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");

    static Stream<Arguments> seeds() throws IOException, URISyntaxException {
        Path root = Path.of(ImportMutationTest.class.getResource("ImportFuzzTestInputs").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(p -> Arguments.of(root.relativize(p).toString().replace('\\', '/'), p))
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyMutantImportsOrIsRefused(String name, Path seed) throws IOException {
        byte[] original = Files.readAllBytes(seed);
        Importer importer = name.startsWith("graphMl") ? new GraphMlImporter()
                : name.startsWith("sndlibNative") ? new SndlibNativeImporter() : new SndlibXmlImporter();
        Random random = new Random(name.hashCode());
        int imported = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(original, random);
            try {
                imported += ImportFuzzTest.importOrRefuse(importer, mutant, "mutant.bin") ? 1 : 0;
            } catch (RuntimeException | AssertionError e) {
                Path kept = Files.createTempFile("neverout-mutant-", ".bin");
                Files.write(kept, mutant);
                throw new AssertionError("mutant " + i + " of " + name + " (kept in " + kept + "): " + e, e);
            }
        }
        // mutants are meant to hit the error paths: if none was refused, the mutator did nothing useful
        assertThat(imported).as("mutants of %s that imported", name).isLessThan(MUTANTS);
    }

    static byte[] mutate(byte[] input, Random random) {
        byte[] out = input;
        int steps = 1 + random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            int n = out.length;
            int at = n == 0 ? 0 : random.nextInt(n);
            int len = n == 0 ? 0 : 1 + random.nextInt(Math.min(64, n - at));
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (n > 0) {
                        out = out.clone();
                        out[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> out = concat(Arrays.copyOfRange(out, 0, at), Arrays.copyOfRange(out, at + len, n));
                case 2 -> out = concat(Arrays.copyOfRange(out, 0, at + len), Arrays.copyOfRange(out, at, n));
                case 3 -> out = concat(concat(Arrays.copyOfRange(out, 0, at),
                        TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(out, at, n));
                default -> out = Arrays.copyOfRange(out, 0, at);
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
