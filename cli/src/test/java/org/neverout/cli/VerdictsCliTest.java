package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

/**
 * MODEL.md 1.1 from the command line: verdicts, resilience, owned and grouped findings in
 * {@code analyze --format json}; the default order; refused options; and the gate's three user-visible
 * failures of issue 11 (an unverified requirement, an analysis cut short, and --order 9).
 */
class VerdictsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A ring a-b-c-d; svc needs a and c (never_out 3: its 2-cuts violate it only at order 2 if found). */
    private static final String RING = "name: ring\nnodes: [{id: a}, {id: b}, {id: c}, {id: d}]\n"
            + "links:\n  - {id: ab, a: a, b: b}\n  - {id: bc, a: b, b: c}\n  - {id: cd, a: c, b: d}\n"
            + "  - {id: da, a: d, b: a}\n"
            + "services:\n  - {id: svc, kind: vital, category: A, never_out: %d, endpoints: [[a, b, c, d]]}\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode service(JsonNode root, String id) {
        for (JsonNode s : root.get("services")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no service " + id);
    }

    @Test
    void neverOutThreeAtOrderTwoIsUnverifiedAndFailsTheGateUnlessAllowed() throws Exception {
        String model = write("ring.yaml", String.format(RING, 3)).toString();
        Cli json = Cli.run("analyze", model, "--order", "2", "--format", "json", "--quiet");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode svc = service(JSON.readTree(json.out()), "svc");
        assertThat(svc.get("verdict").asText()).isEqualTo("unverified");
        assertThat(svc.get("resilience").isNull()).isTrue();
        assertThat(svc.get("resilience_at_least").asInt()).isEqualTo(3);

        Cli text = Cli.run("analyze", model, "--order", "2", "--quiet");
        assertThat(text.out()).contains("unverified (order 2 < 3)").doesNotContain("survives").doesNotContain("ok (");
        assertThat(text.out()).contains("0 meet it, 0 VIOLATED, 1 unverified");

        Cli gate = Cli.run("analyze", model, "--order", "2", "--fail-on", "never-out", "--quiet");
        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(gate.err()).contains("unverified");
        Cli allowed = Cli.run("analyze", model, "--order", "2", "--fail-on", "never-out", "--allow-unverified", "--quiet");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        // the report never calls it met either
        Cli md = Cli.run("report", model, "--order", "2", "--format", "markdown", "--quiet");
        assertThat(md.out()).contains("**Verdict: never-out unverified**").doesNotContain("meets never-out");
    }

    @Test
    void theDefaultOrderIsTheLargestNeverOutAndAtLeastTwo() throws Exception {
        JsonNode three = JSON.readTree(Cli.run("analyze", write("three.yaml", String.format(RING, 3)).toString(),
                "--format", "json", "--quiet").out());
        assertThat(three.get("order").asInt()).isEqualTo(3);
        // any one of the four nodes will do: no cut set but its own event up to order 3
        assertThat(service(three, "svc").get("verdict").asText()).isEqualTo("meets");
        assertThat(service(three, "svc").get("resilience_at_least").asInt()).isEqualTo(4);
        Cli text = Cli.run("analyze", write("three-text.yaml", String.format(RING, 3)).toString(), "--quiet");
        assertThat(text.out()).contains("survives 3");
        JsonNode one = JSON.readTree(Cli.run("analyze", write("one.yaml", String.format(RING, 1)).toString(),
                "--format", "json", "--quiet").out());
        assertThat(one.get("order").asInt()).isEqualTo(2);
        JsonNode markdown = JSON.readTree(Cli.run("report", write("r.yaml", String.format(RING, 3)).toString(),
                "--format", "json", "--quiet").out());
        assertThat(markdown.get("order").asInt()).isEqualTo(3);
    }

    @Test
    void orderAboveEightMaxCutSetsZeroAndNeverOutAboveEightAreRefused() throws Exception {
        String model = write("ring.yaml", String.format(RING, 1)).toString();
        Cli nine = Cli.run("analyze", model, "--order", "9");
        assertThat(nine.exitCode()).isEqualTo(2);
        assertThat(nine.err()).contains("--order must be from 1 to 8, got 9");
        assertThat(Cli.run("report", model, "--order", "9").exitCode()).isEqualTo(2);
        assertThat(Cli.run("diff", model, model, "--order", "9").exitCode()).isEqualTo(2);
        Cli zero = Cli.run("analyze", model, "--max-cut-sets", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-cut-sets must be at least 1, got 0");
        Cli allow = Cli.run("analyze", model, "--allow-unverified");
        assertThat(allow.exitCode()).isEqualTo(2);
        assertThat(allow.err()).contains("--allow-unverified only applies with --fail-on");
        Cli tooMuch = Cli.run("analyze", write("nine.yaml", String.format(RING, 9)).toString());
        assertThat(tooMuch.exitCode()).isEqualTo(2);
        assertThat(tooMuch.err()).contains("nine.yaml:9:").contains("'never_out' in service 'svc' must be an integer "
                + "from 0 to 8, not 9");
        assertThat(Files.list(tmp).count()).isEqualTo(2); // nothing written beside the models
    }

    @Test
    void anAnalysisCutShortByATimeLimitIsNeverMetAndFailsTheGate() throws Exception {
        // a 400-link ring: apart, near and far need two ends connected (violated in the full run); whole
        // needs any one of four nodes (meets in the full run): cut short, nothing may read as met
        StringBuilder yaml = new StringBuilder("name: big-ring\nnodes:\n");
        for (int i = 0; i < 400; i++) {
            yaml.append("  - {id: n").append(i).append("}\n");
        }
        yaml.append("links:\n");
        for (int i = 0; i < 400; i++) {
            yaml.append("  - {id: l").append(i).append(", a: n").append(i).append(", b: n").append((i + 1) % 400)
                    .append("}\n");
        }
        yaml.append("services:\n  - {id: apart, kind: vital, never_out: 2, endpoints: [n0, n200]}\n")
                .append("  - {id: near, kind: vital, never_out: 2, endpoints: [n10, n20]}\n")
                .append("  - {id: whole, kind: vital, never_out: 2, endpoints: [[n0, n100, n200, n300]]}\n");
        String model = write("big-ring.yaml", yaml.toString()).toString();

        Cli json = Cli.run("analyze", model, "--time-limit", "1ms", "--format", "json", "--quiet");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("complete").asBoolean()).as("1 ms cannot cover 80,000 pairs").isFalse();
        for (JsonNode s : root.get("services")) {
            if (!s.get("complete").asBoolean()) {
                assertThat(s.get("verdict").asText()).as(s.get("id").asText()).isIn("violated", "unverified");
                assertThat(s.get("resilience_at_least").isNull()).isTrue();
            }
        }
        Cli gate = Cli.run("analyze", model, "--time-limit", "1ms", "--fail-on", "never-out", "--quiet");
        assertThat(gate.exitCode()).isEqualTo(1);
    }

    @Test
    void jsonFindingsAreOnePerRootCauseAndServicesCarryOwned() throws Exception {
        Cli c = Cli.run("analyze", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        List<String> cutSets = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            assertThat(f.get("kind").asText()).isEqualTo("never-out");
            assertThat(f.get("services").size()).isPositive();
            cutSets.add(f.get("cut_set").toString());
        }
        assertThat(cutSets).doesNotHaveDuplicates();
        JsonNode tempus = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("cut_set").toString().equals("[\"software:tempus-ntp-4.0\"]")) {
                tempus = f;
            }
        }
        assertThat(tempus).isNotNull();
        assertThat(tempus.get("services").size()).isGreaterThan(10);
        assertThat(tempus.get("severity").asText()).isEqualTo("critical");
        for (JsonNode s : root.get("services")) {
            assertThat(s.has("owned")).isTrue();
            assertThat(s.has("verdict")).isTrue();
            for (JsonNode f : root.get("findings")) {
                // a service's own event is never a finding of itself
                assertThat(f.get("cut_set").toString().equals("[\"" + s.get("id").asText() + "\"]")
                        && f.get("services").toString().contains("\"" + s.get("id").asText() + "\"")).isFalse();
            }
        }
        Cli text = Cli.run("analyze", Cli.example().toString(), "--quiet");
        assertThat(text.out()).containsPattern("software:tempus-ntp-4\\.0 takes down \\d+ services \\(\\d+ vital, [\\d,]+ users\\)");
    }

    /** MODEL.md 1.1's golden answers: every contract field of three analyses of v11.json, exactly. */
    @Test
    void reproducesTheGoldenVerdictsOwnedAndFindingsOfVersion11() throws Exception {
        String model = Golden.path("v11.json").toString();
        JsonNode want = JSON.readTree(Golden.read("v11.expected.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> analysis = it.next();
            JsonNode expected = analysis.getValue();
            List<String> args = new ArrayList<>(List.of("analyze", model, "--order", expected.get("order").asText(),
                    "--format", "json", "--quiet"));
            if (!expected.get("events").asText().equals("all")) {
                args.addAll(List.of("--events", expected.get("events").asText()));
            }
            Cli c = Cli.run(args.toArray(String[]::new));
            assertThat(c.exitCode()).as(c.err()).isZero();
            JsonNode actual = JSON.readTree(c.out());
            List<JsonNode> services = new ArrayList<>();
            for (JsonNode s : actual.get("services")) {
                ObjectNode o = JSON.createObjectNode();
                for (String field : List.of("id", "cut_sets", "verdict", "resilience", "resilience_at_least", "owned")) {
                    o.set(field, s.get(field));
                }
                services.add(o);
            }
            List<JsonNode> findings = new ArrayList<>();
            for (JsonNode f : actual.get("findings")) {
                ObjectNode o = JSON.createObjectNode();
                for (String field : List.of("kind", "cut_set", "services", "vital", "users", "severity")) {
                    o.set(field, f.get(field));
                }
                findings.add(o);
            }
            List<JsonNode> wantServices = new ArrayList<>();
            expected.get("services").forEach(wantServices::add);
            List<JsonNode> wantFindings = new ArrayList<>();
            expected.get("findings").forEach(wantFindings::add);
            assertThat(services).as(analysis.getKey()).isEqualTo(wantServices);
            assertThat(findings).as(analysis.getKey()).isEqualTo(wantFindings);
        }
    }
}
