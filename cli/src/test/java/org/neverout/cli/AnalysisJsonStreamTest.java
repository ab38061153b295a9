package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.control.ControlAnalysis;
import org.neverout.control.ControlReport;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * The streamed JSON of {@code analyze} is byte for byte the document the whole-tree writer produced
 * ({@link AnalysisJsonTree}, kept as the reference), and its JSON Lines carry the same objects.
 */
class AnalysisJsonStreamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @TempDir
    Path tmp;

    static Stream<Arguments> models() throws Exception {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("example order 2", ModelLoader.load(Cli.example()), 2));
        out.add(Arguments.of("example order 3", ModelLoader.load(Cli.example()), 3));
        long seed = 1;
        for (String graph : TopologyZoo.SMALL) {
            for (int i = 0; i < 4; i++, seed++) {
                Model m = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
                out.add(Arguments.of(graph + " seed " + seed, m, 1 + (int) (seed % 3)));
            }
        }
        return out.stream();
    }

    private static AnalysisJson streamed(Model m, int order, List<Object> treeOut) {
        CompiledModel compiled = CompiledModel.compile(m);
        AnalysisResult result = CutSetEngine.analyze(compiled,
                new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), 1, 0, null), ProgressListener.NONE);
        List<Finding> findings = NeverOutFindings.of(m, result);
        Map<String, NeverOutVerdict> verdicts = NeverOutVerdict.of(m, result);
        ControlReport control = ControlAnalysis.analyze(m, compiled, result, AS_OF);
        treeOut.add(AnalysisJsonTree.of(m, compiled, result, verdicts, findings, control));
        return new AnalysisJson(m, compiled, result, verdicts, findings, control);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void streamedJsonIsByteForByteTheTreeWritersDocument(String name, Model m, int order) throws Exception {
        List<Object> tree = new ArrayList<>();
        AnalysisJson json = streamed(m, order, tree);
        StringWriter out = new StringWriter();
        json.write(out);
        assertThat(out.toString()).isEqualTo(Json.write(tree.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void jsonLinesCarryTheDocumentsObjectsOnePerLine(String name, Model m, int order) throws Exception {
        List<Object> tree = new ArrayList<>();
        AnalysisJson json = streamed(m, order, tree);
        JsonNode doc = JSON.readTree(Json.write(tree.get(0)));
        StringWriter out = new StringWriter();
        new AnalysisJsonLines(json).write(out);
        String[] lines = out.toString().split("\n", -1);
        int services = doc.get("services").size();
        int findings = doc.get("findings").size();
        assertThat(lines).hasSize(1 + services + findings + 1 + 1); // the last split is the final newline
        assertThat(lines[lines.length - 1]).isEmpty();

        JsonNode header = JSON.readTree(lines[0]);
        assertThat(header.get("record").asText()).isEqualTo("header");
        for (String field : List.of("model", "order", "events", "basic_events", "complete", "run")) {
            assertThat(header.get(field)).as(field).isEqualTo(doc.get(field));
        }
        assertThat(header.get("services").asInt()).isEqualTo(services);
        assertThat(header.get("findings").asInt()).isEqualTo(findings);
        int counted = 0;
        for (String verdict : List.of("meets", "violated", "unverified", "none")) {
            int n = 0;
            for (JsonNode s : doc.get("services")) {
                n += s.get("verdict").asText().equals(verdict) ? 1 : 0;
            }
            assertThat(header.get("verdicts").get(verdict).asInt()).as(verdict).isEqualTo(n);
            counted += n;
        }
        assertThat(counted).isEqualTo(services);

        for (int i = 0; i < services; i++) {
            assertThat(withoutRecord(lines[1 + i], "service")).isEqualTo(doc.get("services").get(i));
        }
        for (int i = 0; i < findings; i++) {
            assertThat(withoutRecord(lines[1 + services + i], "finding")).isEqualTo(doc.get("findings").get(i));
        }
        assertThat(withoutRecord(lines[1 + services + findings], "control")).isEqualTo(doc.get("control"));
    }

    private static JsonNode withoutRecord(String line, String record) throws Exception {
        assertThat(line).doesNotContain("\n");
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        assertThat(node.get("record").asText()).isEqualTo(record);
        assertThat(node.fieldNames().next()).isEqualTo("record");
        node.remove("record");
        return node;
    }

    @Test
    void cliWritesJsonLinesToAFileAndRefusesThemForABareTopology() throws Exception {
        Path out = tmp.resolve("a.jsonl");
        Cli c = Cli.run("analyze", Cli.example().toString(), "--format", "jsonl", "--out", out.toString(), "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        List<String> lines = java.nio.file.Files.readAllLines(out);
        assertThat(JSON.readTree(lines.get(0)).get("record").asText()).isEqualTo("header");
        assertThat(JSON.readTree(lines.get(1)).get("record").asText()).isEqualTo("service");
        assertThat(JSON.readTree(lines.get(lines.size() - 1)).get("record").asText()).isEqualTo("control");

        Path bare = tmp.resolve("ring.yaml");
        java.nio.file.Files.writeString(bare, "version: 1\nname: ring\nnodes:\n  - {id: a}\n  - {id: b}\n"
                + "links:\n  - {id: ab, a: a, b: b}\n");
        Cli refused = Cli.run("analyze", bare.toString(), "--format", "jsonl", "--quiet");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--format jsonl", "has none");
    }

    @Test
    void anUnwritableOutIsRefusedBeforeTheAnalysis() {
        Cli c = Cli.run("analyze", Cli.example().toString(), "--format", "json", "--out",
                tmp.resolve("missing/dir/a.json").toString(), "--quiet");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("does not exist");
    }
}
