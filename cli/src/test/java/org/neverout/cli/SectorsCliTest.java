package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neverout sectors}: the example's time-sync story across sectors (the contract's JSON), the text and
 * HTML heat map, a model without sectors, an imported topology with sectors added, bad input.
 */
class SectorsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theExampleShowsOneTimeSyncDefectReachingEverySector() throws Exception {
        Cli c = Cli.run("sectors", Cli.example().toString(), "--order", "2", "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        assertThat(root.get("order").asInt()).isEqualTo(2);
        assertThat(root.get("complete").asBoolean()).isTrue();
        List<String> sectors = new ArrayList<>();
        for (JsonNode s : root.get("sectors")) {
            sectors.add(s.get("sector").asText());
            assertThat(s.has("services") && s.has("users")).isTrue();
        }
        assertThat(sectors).containsExactly("aviation", "defence", "emergency", "government-it", "maritime", "police");
        JsonNode aviation = root.get("sectors").get(0);
        assertThat(texts(aviation.get("services"))).containsExactly("air-traffic-eindhoven");
        assertThat(aviation.get("users").asLong()).isEqualTo(25000);
        JsonNode emergency = root.get("sectors").get(2);
        assertThat(emergency.get("users").asLong()).isEqualTo(17_900_000L + 80_000L);

        JsonNode tempus = null;
        int previousSectors = Integer.MAX_VALUE;
        for (JsonNode cause : root.get("cross_sector_causes")) {
            int n = cause.get("sectors").size();
            assertThat(n).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(previousSectors); // more sectors first
            previousSectors = n;
            if (texts(cause.get("cut_set")).equals(List.of("software:tempus-ntp-4.0"))) {
                tempus = cause;
            }
            assertThat(texts(cause.get("cut_set"))).doesNotContain("emergency-112"); // [S] is never a cause
        }
        assertThat(tempus).isNotNull();
        assertThat(texts(tempus.get("sectors"))).containsExactly("aviation", "defence", "emergency",
                "government-it", "maritime", "police");
        assertThat(texts(tempus.get("services"))).contains("air-traffic-eindhoven", "c2000-core", "coastguard",
                "military-police", "timesync").doesNotContain("emergency-112", "dns");
        assertThat(tempus.get("kind").asText()).isEqualTo("a shared software version");
        // the widest cause first: a shared service every sector but 112 stands on
        JsonNode first = root.get("cross_sector_causes").get(0);
        assertThat(texts(first.get("cut_set"))).containsExactly("access");
        assertThat(first.get("kind").asText()).isEqualTo("a shared service");
        // the matrix and the organisation view
        assertThat(root.get("sector_matrix").size()).isEqualTo(15);
        assertThat(texts(root.get("sector_matrix").get(0).get("sectors"))).containsExactly("aviation", "defence");
        boolean police = false;
        for (JsonNode o : root.get("organisations")) {
            if (o.get("organisation").asText().equals("national-police")) {
                police = true;
                assertThat(texts(o.get("shares_with"))).contains("c2000-operator");
            }
        }
        assertThat(police).isTrue();
        assertThat(root.get("cross_organisation_causes").size()).isPositive();
    }

    @Test
    void textAndAnOfflineHtmlHeatMap(@TempDir Path dir) throws Exception {
        Cli text = Cli.run("sectors", Cli.example().toString(), "--quiet");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("One shared service (access) reaches 6 sectors at once")
                .contains("software:tempus-ntp-4.0 (a shared software version)")
                .contains("aviation x defence:").contains("Organisations:");
        Path out = dir.resolve("sectors.html");
        Cli html = Cli.run("sectors", Cli.example().toString(), "--format", "html", "--out", out.toString(), "--quiet");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).isEmpty();
        String page = Files.readString(out);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"sectors\"").contains("<svg id=\"heatmap-sectors\"")
                .contains("aviation x defence: ").contains("What each organisation shares with whom");
        assertThat(page.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void aModelWithoutSectorsSaysSoAndTreatsEveryServiceAsUnassigned(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("plain.yaml");
        Files.writeString(model, String.join("\n", "name: plain",
                "nodes: [{id: a, software: os-1}, {id: b, software: os-1}]",
                "links: [{id: ab, a: a, b: b}]",
                "services: [{id: s, endpoints: [a, b]}, {id: t, endpoints: [b]}]", ""));
        Cli c = Cli.run("sectors", model.toString(), "--format", "json", "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("no service names its sector");
        JsonNode root = JSON.readTree(c.out());
        assertThat(root.get("sectors_named").asBoolean()).isFalse();
        assertThat(root.get("sectors").size()).isEqualTo(1);
        assertThat(root.get("sectors").get(0).get("sector").asText()).isEqualTo("unassigned");
        assertThat(root.get("cross_sector_causes").size()).isZero();
        Cli text = Cli.run("sectors", model.toString(), "--quiet");
        assertThat(text.out()).contains("No service names its sector");
    }

    @Test
    void anImportedTopologyWithSectorsAdded(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ring.yaml");
        Files.writeString(model, String.join("\n", "name: ring",
                "nodes: [{id: a, software: os-1}, {id: b, software: os-1}, {id: c}, {id: d}]",
                "links: [{id: ab, a: a, b: b}, {id: bc, a: b, b: c}, {id: cd, a: c, b: d}, {id: da, a: d, b: a}]",
                "services:",
                "  - {id: atc, endpoints: [a, c], sector: aviation, organisation: lvnl}",
                "  - {id: radio, endpoints: [b, d], sector: emergency}",
                "  - {id: mail, endpoints: [c, d]}", ""));
        Cli c = Cli.run("sectors", model.toString(), "--order", "1", "--events", "node,software", "--format", "json",
                "--quiet");
        assertThat(c.exitCode()).as(c.err()).isZero();
        JsonNode root = JSON.readTree(c.out());
        // every cause reaches two sectors, so by size then id; 'unassigned' (mail) counts as a sector
        JsonNode causes = root.get("cross_sector_causes");
        assertThat(causes.size()).isEqualTo(3);
        assertThat(texts(causes.get(0).get("cut_set"))).containsExactly("c");
        assertThat(texts(causes.get(0).get("sectors"))).containsExactly("aviation", "unassigned");
        assertThat(texts(causes.get(1).get("cut_set"))).containsExactly("d");
        assertThat(texts(causes.get(1).get("services"))).containsExactly("mail", "radio");
        JsonNode software = causes.get(2);
        assertThat(texts(software.get("cut_set"))).containsExactly("software:os-1");
        assertThat(texts(software.get("sectors"))).containsExactly("aviation", "emergency");
        assertThat(texts(software.get("services"))).containsExactly("atc", "radio");
        assertThat(software.get("kind").asText()).isEqualTo("a shared software version");
        assertThat(texts(root.get("sectors").get(2).get("services"))).containsExactly("mail");
        assertThat(root.get("sectors").get(2).get("sector").asText()).isEqualTo("unassigned");
    }

    @Test
    void anEmptySectorOrASectorOnANodeIsExit2WithItsLine(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("bad.yaml");
        Files.writeString(model, String.join("\n", "name: bad",
                "nodes: [{id: a, sector: defence}]",
                "services: [{id: s, endpoints: [a], sector: \"\"}]", ""));
        Path out = dir.resolve("out.json");
        Cli c = Cli.run("sectors", model.toString(), "--format", "json", "--out", out.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("bad.yaml:2:").contains("unknown field 'sector' in node 'a'")
                .contains("bad.yaml:3:").contains("'sector' in service 's' must be a non-empty string");
        assertThat(c.out()).isEmpty();
        assertThat(out).doesNotExist();
    }
}
