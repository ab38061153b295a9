package org.neverout.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neverout.model.tree.LocatedParserTest.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.Problem;

/**
 * Hostile input is refused by the loader's limits (counted in nodes and aliases, so the work is bounded), with one
 * clear located message and no stack trace. Speed is measured by the JMH benchmarks, never by a clock here.
 */
class HostileYamlTest {
    private static List<Problem> refused(String text, Format format, LoaderLimits limits) {
        List<Problem> problems = problems(() -> LocatedParser.parse(text.getBytes(StandardCharsets.UTF_8),
                format == Format.YAML ? "h.yaml" : "h.json", format, limits));
        assertThat(problems).hasSize(1);
        return problems;
    }

    /** The classic "billion laughs": nine levels of ten aliases each, 10^9 leaves when expanded. */
    static String billionLaughs() {
        StringBuilder y = new StringBuilder("lol0: &lol0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            y.append("lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            y.append("]\n");
        }
        return y.toString();
    }

    @Test
    void billionLaughsIsRefused() {
        List<Problem> p = refused(billionLaughs(), Format.YAML, LoaderLimits.DEFAULT);
        assertThat(p.get(0).message()).isEqualTo("YAML aliases expand to more than 100000 nodes: refused (alias bomb?)");
        assertThat(p.get(0).location().line()).isBetween(5, 7);
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder y = new StringBuilder("a: &a [x]\nb: [");
        for (int i = 0; i < 101; i++) {
            y.append(i == 0 ? "" : ", ").append("*a");
        }
        y.append("]\n");
        assertThat(refused(y.toString(), Format.YAML, LoaderLimits.DEFAULT).get(0).message())
                .isEqualTo("more than 100 YAML aliases to mappings or lists: refused (alias bomb?)");
    }

    @Test
    void scalarAliasesAreFineAndCheap() {
        StringBuilder y = new StringBuilder("a: &a x\nb: [");
        for (int i = 0; i < 1000; i++) {
            y.append(i == 0 ? "" : ", ").append("*a");
        }
        y.append("]\n");
        LocatedMapping m = (LocatedMapping) LocatedParser.parse(y.toString().getBytes(StandardCharsets.UTF_8),
                "s.yaml", Format.YAML);
        assertThat(((LocatedSequence) m.get("b")).size()).isEqualTo(1000);
    }

    @Test
    void recursiveAndUndefinedAliasesAreRefused() {
        assertThat(refused("a: &a [1, *a]\n", Format.YAML, LoaderLimits.DEFAULT)).extracting(Problem::toString)
                .containsExactly("h.yaml:1:11: recursive YAML alias '*a' (it refers to a node that contains it)");
        assertThat(refused("a: *nope\n", Format.YAML, LoaderLimits.DEFAULT)).extracting(Problem::toString)
                .containsExactly("h.yaml:1:4: YAML alias '*nope' refers to no anchor '&nope' defined before it");
    }

    @Test
    void tenThousandDeepFlowNestingIsRefused() {
        String y = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(refused(y, Format.YAML, LoaderLimits.DEFAULT).get(0).message())
                .isEqualTo("nesting deeper than 64 levels: refused");
        String j = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(refused(j, Format.JSON, LoaderLimits.DEFAULT)).extracting(Problem::toString)
                .containsExactly("h.json:1:65: nesting deeper than 64 levels: refused");
    }

    @Test
    void tenThousandDeepBlockNestingIsRefused() {
        // compact nested block sequences: "- - - ... x", 10,000 levels on one line
        String y = "- ".repeat(10_000) + "x\n";
        assertThat(refused(y, Format.YAML, LoaderLimits.DEFAULT).get(0).message())
                .isEqualTo("nesting deeper than 64 levels: refused");
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            indented.append(" ".repeat(i)).append("k:\n");
        }
        assertThat(refused(indented.toString(), Format.YAML, LoaderLimits.DEFAULT)).extracting(Problem::toString)
                .containsExactly("h.yaml:65:65: nesting deeper than 64 levels: refused");
    }

    @Test
    void hugeScalarsAreRefused() {
        LoaderLimits small = new LoaderLimits(1 << 24, 64, 1000, 1 << 20, 100, 100_000);
        assertThat(refused("a: |\n" + "  xxxxxxxxxx\n".repeat(200), Format.YAML, small)).extracting(Problem::toString)
                .containsExactly("h.yaml:1:4: value of 2200 characters, over the limit of 1000: refused");
        assertThat(refused("{\"a\": \"" + "x".repeat(5000) + "\"}", Format.JSON, small)).extracting(Problem::toString)
                .containsExactly("h.json:1:7: value longer than 1000 characters: refused");
        assertThat(refused("{\"" + "k".repeat(5000) + "\": 1}", Format.JSON, small).get(0).message())
                .isEqualTo("value longer than 1000 characters: refused");
    }

    @Test
    void hugeYamlLinesAreRefusedBeforeScanning() {
        String y = "a: b\nc: " + "x".repeat(2_000_000) + "\n";
        assertThat(refused(y, Format.YAML, LoaderLimits.DEFAULT)).extracting(Problem::toString)
                .containsExactly("h.yaml:2:1: line of 2000003 characters, over the limit of 1048576: refused");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[4096]);
        LoaderLimits limits = LoaderLimits.DEFAULT.withMaxBytes(1024);
        List<Problem> p = problems(() -> LocatedParser.parse(big, "big.yaml", Format.YAML, limits));
        assertThat(p).extracting(Problem::toString)
                .containsExactly("big.yaml: file is 4096 bytes, over the limit of 1024 bytes: refused");
        List<Problem> bytes = problems(() -> LocatedParser.parse(new byte[2048], "b.json", Format.JSON, limits));
        assertThat(bytes.get(0).message()).isEqualTo("file is 2048 bytes, over the limit of 1024 bytes: refused");
    }

    @Test
    void aNormalAliasWithinLimitsIsAccepted() {
        LocatedMapping m = (LocatedMapping) LocatedParser.parse(
                "base: &b {x: 1, y: 2}\nother: *b\n".getBytes(StandardCharsets.UTF_8), "ok.yaml", Format.YAML);
        assertThat(m.get("other")).isSameAs(m.get("base"));
    }
}
