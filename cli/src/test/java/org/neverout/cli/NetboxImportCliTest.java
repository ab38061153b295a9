package org.neverout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.testkit.NetboxStandIn;

/** {@code neverout import --format netbox DIR} and {@code --netbox-url URL --token-file FILE}, end to end. */
class NetboxImportCliTest {
    private static final Path EXPORT = Path.of("..", "examples", "netbox");
    private static final String TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

    @TempDir
    Path tmp;

    @Test
    void importValidateAnalyze() throws Exception {
        Path out = tmp.resolve("netbox.yaml");
        Cli c = Cli.run("import", "--format", "netbox", EXPORT.toString(), "--out", out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("warning: ", "cable 4 has no length",
                "imported ../examples/netbox (netbox): 5 nodes, 7 links, 0 services, 1 warning");
        Cli validate = Cli.run("validate", out.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        Cli analyze = Cli.run("analyze", out.toString(), "--quiet");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("no services");
        // the export directory itself is a MODEL argument, like any imported file
        Cli direct = Cli.run("analyze", EXPORT.toString(), "--quiet");
        assertThat(direct.exitCode()).as(direct.err()).isZero();
        assertThat(direct.out()).isEqualTo(analyze.out());
    }

    @Test
    void liveGivesTheSameModelFile() throws Exception {
        Path fromDir = tmp.resolve("dir.yaml");
        Path fromLive = tmp.resolve("live.yaml");
        Path token = tmp.resolve("token");
        Files.writeString(token, TOKEN + "\n");
        assertThat(Cli.run("import", "--format", "netbox", EXPORT.toString(), "--out", fromDir.toString())
                .exitCode()).isZero();
        try (NetboxStandIn netbox = new NetboxStandIn(EXPORT, TOKEN, 2)) {
            Cli c = Cli.run("import", "--netbox-url", netbox.url(), "--token-file", token.toString(),
                    "--out", fromLive.toString());
            assertThat(c.exitCode()).as(c.err()).isZero();
            assertThat(c.err()).contains("(netbox): 5 nodes, 7 links");
        }
        assertThat(Files.readString(fromLive)).isEqualTo(Files.readString(fromDir));
    }

    @Test
    void refusalsExitTwoAndWriteNothing() throws Exception {
        Path out = tmp.resolve("never.yaml");
        Path token = tmp.resolve("token");
        Files.writeString(token, "wrong-token");
        try (NetboxStandIn netbox = new NetboxStandIn(EXPORT, TOKEN, 2)) {
            Cli refused = Cli.run("import", "--netbox-url", netbox.url(), "--token-file", token.toString(),
                    "--out", out.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("/api/dcim/sites/", "HTTP 403", "nothing was written");
        }
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        for (String name : NetboxStandIn.ENDPOINTS.keySet()) {
            Files.copy(EXPORT.resolve(name + ".json"), broken.resolve(name + ".json"));
        }
        Files.writeString(broken.resolve("cables.json"), "{\"results\": [{\"id\": 3, \"termination_a\": {}}]}");
        Cli netbox3 = Cli.run("import", "--format", "netbox", broken.toString(), "--out", out.toString());
        assertThat(netbox3.exitCode()).isEqualTo(2);
        assertThat(netbox3.err()).contains("cables.json:1:", "cable 3", "NetBox 3.x", "NetBox 4.x");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(Cli.run("import").exitCode()).isNotZero();
        Cli noToken = Cli.run("import", "--netbox-url", "http://127.0.0.1:9");
        assertThat(noToken.err()).contains("--token-file");
        Path empty = tmp.resolve("empty");
        Files.writeString(empty, "\n");
        Cli emptyToken = Cli.run("import", "--netbox-url", "http://127.0.0.1:9", "--token-file", empty.toString());
        assertThat(emptyToken.exitCode()).isEqualTo(2);
        assertThat(emptyToken.err()).contains(empty.toString(), "does not hold one API token");
        Cli both = Cli.run("import", EXPORT.toString(), "--netbox-url", "http://127.0.0.1:9", "--token-file",
                empty.toString());
        assertThat(both.err()).contains("not both");
    }
}
