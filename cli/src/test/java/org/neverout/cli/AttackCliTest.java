package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code neverout attack}: the example's cheap attack through a weak site, the three formats, bad input. */
class AttackCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExampleShowsTheCoastGuardTakenDownThroughItsUnalarmedSite() throws Exception {
        Cli c = Cli.run("attack", Cli.example().toString(), "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        assertThat(root.get("order").asInt()).isEqualTo(2);
        JsonNode first = root.get("vital_ranked").get(0);
        assertThat(first.get("id").asText()).isEqualTo("coastguard");
        JsonNode coastguard = null;
        for (JsonNode s : root.get("services")) {
            if (s.get("id").asText().equals("coastguard")) {
                coastguard = s;
            }
            // the contract's three fields, or null
            JsonNode a = s.get("cheapest_attack");
            assertThat(a.isNull() || (a.has("cost") && a.has("cut_set") && a.has("proven"))).isTrue();
        }
        assertThat(coastguard.get("cheapest_attack").get("cost").asInt()).isEqualTo(2);
        assertThat(coastguard.get("cheapest_attack").get("cut_set").get(0).asText()).isEqualTo("IJM");
        assertThat(coastguard.get("cheapest_attack").get("proven").asBoolean()).isTrue();
        JsonNode ijm = null;
        for (JsonNode site : root.get("protect")) {
            if ("IJM".equals(site.get("site").asText())) {
                ijm = site;
            }
        }
        assertThat(ijm.get("weaknesses").toString()).contains("no alarm");
        assertThat(ijm.get("security").get("access_control").asText()).isEqualTo("key");

        Cli text = Cli.run("attack", Cli.example().toString(), "--quiet");
        assertThat(text.out()).contains("coastguard").contains("break into site IJmuiden, coast guard post (IJM)")
                .contains("WEAK: no alarm");
    }

    @Test
    void htmlToAFileAndNoExactCutWhereItDoesNotApply(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("attack.html");
        Cli c = Cli.run("attack", Cli.example().toString(), "--format", "html", "--out", out.toString(), "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("id=\"attack\"")
                .contains("The cheapest way to take down Coast Guard operations costs 2 and needs no more than one site.");
        // every example service has alternatives or dependencies: the exact cut of any size does not apply
        Cli nodeLink = Cli.run("attack", Cli.example().toString(), "--events", "node,link", "--format", "json",
                "--quiet");
        assertThat(nodeLink.exitCode()).as(nodeLink.err()).isZero();
        for (JsonNode s : JSON.readTree(nodeLink.out()).get("services")) {
            assertThat(s.has("cheapest_cut_any_size")).isTrue();
            assertThat(s.get("cheapest_cut_any_size").isNull()).as(s.get("id").asText()).isTrue();
        }
    }

    @Test
    void aZeroCostOrAnUnknownCostKindIsExit2WithItsLine(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("bad.yaml");
        Files.writeString(model, "name: bad\nnodes: [{id: a, attack_cost: 0}]\nadversary: {costs: {software: 1}}\n");
        Cli c = Cli.run("attack", model.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("bad.yaml:2:").contains("'attack_cost' in node 'a' must be > 0, not 0")
                .contains("bad.yaml:3:").contains("unknown field 'software' in 'adversary.costs'");
        assertThat(c.out()).isEmpty();
    }
}
