package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.model.Classification;

import io.javalin.testtools.Response;

/** Issue 19: every page of the web application carries the model's classification, top and bottom. */
class PageMarkingTest {
    private static final Path CLASSIFIED = Path.of("..", "examples", "classified", "harbour.yaml");
    private static final String BANNER = "DEPARTEMENTAAL VERTROUWELIJK";

    @TempDir
    Path dir;

    @Test
    void everyPageOfAClassifiedModelIsMarkedAtTopAndBottomAndJsonIsLeftToItsOwnField() throws Exception {
        try (TwinTestServer s = new TwinTestServer(dir, CLASSIFIED, null)) {
            s.run(c -> {
                Response login = c.call("GET", "/login", null, null);
                assertMarked(login.body().string());
                TestServer.Login viewer = c.as("viewer");
                for (String page : List.of("/", "/map", "/services", "/live", "/history", "/compliance", "/account")) {
                    Response r = c.call("GET", page, null, viewer);
                    assertThat(r.code()).as(page).isEqualTo(200);
                    assertMarked(r.body().string());
                }
                String services = c.call("GET", "/api/services", null, viewer).body().string();
                assertThat(services).doesNotContain("class=\\\"classification");
            });
        }
    }

    @Test
    void anUnclassifiedModelsPagesHaveNoBanner() throws Exception {
        try (TwinTestServer s = new TwinTestServer(dir, TwinTestServer.EXAMPLE, null)) {
            s.run(c -> {
                TestServer.Login viewer = c.as("viewer");
                assertThat(c.call("GET", "/services", null, viewer).body().string()).doesNotContain("classification");
                assertThat(c.call("GET", "/login", null, null).body().string()).doesNotContain("classification");
            });
        }
    }

    @Test
    void theMarkingIsEscapedAndPlacedInsideTheBody() {
        String page = org.neverout.report.ClassificationBanner.markBody(new Classification("<b>GEHEIM</b>"), "<html><body class=\"x\">\n<p>hi</p>\n</body></html>");
        assertThat(page).startsWith("<html><body class=\"x\">\n<div class=\"classification top\"")
                .contains("&lt;b&gt;GEHEIM&lt;/b&gt;").doesNotContain("<b>GEHEIM")
                .endsWith("<div class=\"classification bottom\" role=\"note\">&lt;b&gt;GEHEIM&lt;/b&gt;</div>\n</body></html>");
    }

    private static void assertMarked(String html) {
        int top = html.indexOf("<div class=\"classification top\" role=\"note\">" + BANNER + "</div>");
        int bottom = html.indexOf("<div class=\"classification bottom\" role=\"note\">" + BANNER + "</div>");
        assertThat(top).as("top banner").isGreaterThan(html.indexOf("<body"));
        assertThat(bottom).as("bottom banner").isGreaterThan(top).isLessThan(html.lastIndexOf("</body>"));
    }
}
