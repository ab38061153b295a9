package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.Golden;

class ImportExportCliTest {
    @TempDir
    Path tmp;

    private static String abilene() {
        return Cli.resource("topologyzoo/Abilene.graphml").toString();
    }

    @Test
    void importWritesAModelThatValidatesAndAnalyzes() throws Exception {
        Path out = tmp.resolve("abilene.yaml");
        Cli c = Cli.run("import", abilene(), "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("11 nodes", "14 links");
        assertThat(Cli.run("validate", out.toString()).exitCode()).isZero();
        Path json = tmp.resolve("abilene.json");
        assertThat(Cli.run("import", abilene(), "--format", "graphml", "--out", json.toString()).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("nodes").size()).isEqualTo(11);
    }

    @Test
    void bareTopologyGetsItsOwnConnectivity() throws Exception {
        Cli text = Cli.run("analyze", abilene(), "--quiet");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("no services", "Single failures that split it", "Double failures");
        Cli json = Cli.run("analyze", abilene(), "--format", "json", "--quiet");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("services").size()).isZero();
        assertThat(root.get("topology").get("connected_pairs").asLong()).isEqualTo(55);
        assertThat(root.get("topology").get("splits").size()).isPositive();
    }

    @Test
    void exportFormats() throws Exception {
        Cli dot = Cli.run("export", Golden.path("semantics.yaml").toString(), "--format", "dot");
        assertThat(dot.exitCode()).isZero();
        assertThat(dot.out()).startsWith("graph").contains("hq-1");
        Path gml = tmp.resolve("x.graphml");
        assertThat(Cli.run("export", Golden.path("semantics.yaml").toString(), "--format", "graphml",
                "--out", gml.toString()).exitCode()).isZero();
        assertThat(Files.readString(gml)).contains("<graphml", "l-hq-relay");
        // a GraphML export imports back with the same counts
        Cli back = Cli.run("import", gml.toString(), "--out", tmp.resolve("back.yaml").toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.err()).contains("7 nodes", "6 links");
    }

    @Test
    void importRefusesHostileAndUnknownInput() throws Exception {
        Path bomb = tmp.resolve("bomb.graphml");
        Files.writeString(bomb, "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"&c;\"/></graph></graphml>\n");
        Cli c = Cli.run("import", bomb.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("bomb.graphml");
        Path junk = tmp.resolve("junk.txt");
        Files.writeString(junk, "hello");
        assertThat(Cli.run("import", junk.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("import", abilene(), "--format", "visio").exitCode()).isEqualTo(2);
    }
}
