package org.neverout.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;
import org.neverout.testkit.NetboxStandIn;

/** The live mode against a NetBox stand-in on 127.0.0.1 serving the example export in pages of two. */
class NetboxLiveTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final ImportOptions OPTIONS = ImportOptions.DEFAULTS;

    private static ImportResult live(String url, String token) {
        NetboxExport export = new NetboxClient(Duration.ofSeconds(10)).fetch(url, token, OPTIONS);
        return NetboxImporter.importExport(export, OPTIONS);
    }

    @Test
    void pagedLiveReadGivesTheSameModelAsTheExportDirectory() throws IOException {
        try (NetboxStandIn netbox = new NetboxStandIn(NetboxImportTest.EXAMPLE, TOKEN, 2)) {
            ImportResult fromLive = live(netbox.url() + "/", TOKEN);
            ImportResult fromDir = NetboxImportTest.importDir(NetboxImportTest.EXAMPLE, false);
            assertEquals(ModelWriter.toYaml(fromDir.model()), ModelWriter.toYaml(fromLive.model()));
            assertEquals(fromDir.warnings().size(), fromLive.warnings().size());
            // cables.json holds 9 cables: pages of two take five requests, following the next links
            assertEquals(5, netbox.requests.stream().filter(r -> r.startsWith("/api/dcim/cables/")).count(),
                    netbox.requests.toString());
            assertTrue(netbox.requests.contains("/api/dcim/cables/?limit=2&offset=8"), netbox.requests.toString());
        }
    }

    @Test
    void acceptsTheApiUrl() throws IOException {
        try (NetboxStandIn netbox = new NetboxStandIn(NetboxImportTest.EXAMPLE, TOKEN, 3)) {
            assertEquals(5, live(netbox.url() + "/api", TOKEN).model().nodes().size());
        }
    }

    @Test
    void refusedTokenIsAnErrorNamingTheEndpoint() throws IOException {
        try (NetboxStandIn netbox = new NetboxStandIn(NetboxImportTest.EXAMPLE, TOKEN, 2)) {
            Problem p = refused(() -> live(netbox.url(), "wrong"));
            assertTrue(p.location().file().contains("/api/dcim/sites/"), p.toString());
            assertTrue(p.message().contains("403") && p.message().contains("token"), p.toString());
        }
    }

    @Test
    void pageThatIsNotJsonIsAnError() throws IOException {
        try (NetboxStandIn netbox = new NetboxStandIn(NetboxImportTest.EXAMPLE, TOKEN, 2)) {
            netbox.override("/api/dcim/cables/", 200, "text/html", "<html><body>Log in</body></html>");
            Problem p = refused(() -> live(netbox.url(), TOKEN));
            assertTrue(p.location().file().contains("/api/dcim/cables/") && p.message().contains("not JSON"),
                    p.toString());
            netbox.override("/api/dcim/cables/", 200, "application/json", "{\"results\": [");
            p = refused(() -> live(netbox.url(), TOKEN));
            assertTrue(p.location().file().contains("/api/dcim/cables/") && p.message().contains("not valid JSON"),
                    p.toString());
        }
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowed() throws IOException {
        try (NetboxStandIn netbox = new NetboxStandIn(NetboxImportTest.EXAMPLE, TOKEN, 2)) {
            netbox.override("/api/dcim/sites/", 200, "application/json",
                    "{\"count\": 9, \"next\": \"http://attacker.example/api/dcim/sites/?offset=2\", \"results\": []}");
            Problem p = refused(() -> live(netbox.url(), TOKEN));
            assertTrue(p.message().contains("another host"), p.toString());
        }
    }

    @Test
    void unreachableNetboxIsAnError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        int closed = port;
        Problem p = refused(() -> live("http://127.0.0.1:" + closed, TOKEN));
        assertTrue(p.location().file().startsWith("http://127.0.0.1:" + closed + "/api/dcim/sites/"), p.toString());
        assertTrue(p.message().contains("cannot connect"), p.toString());
    }

    @Test
    void notAUrl() {
        assertTrue(refused(() -> live("netbox.example.org", TOKEN)).message().contains("http(s) URL"));
    }

    private static Problem refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(InvalidModelException.class, call).problems().get(0);
    }
}
