package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.javalin.testtools.JavalinTest;

class WebServerTest {
    @Test
    void healthAnswersWithoutASessionAndEveryAnswerCarriesTheContentSecurityPolicy() {
        JavalinTest.test(WebServer.create(), (server, client) -> {
            var response = client.get("/health");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Security-Policy")).singleElement().asString().startsWith("default-src 'self'");
            var leaflet = client.get("/webjars/leaflet/1.9.4/dist/leaflet.js");
            assertThat(leaflet.code()).isEqualTo(200);
            assertThat(leaflet.headers().get("Content-Security-Policy")).singleElement().asString().startsWith("default-src 'self'");
        });
    }
}
