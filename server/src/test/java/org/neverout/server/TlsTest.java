package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;
import org.neverout.history.UserAccount;

import io.javalin.Javalin;

/**
 * Under TLS (a keystore made by the JDK's keytool): HTTPS only, the session cookie Secure, HSTS on
 * every answer; a keystore with the wrong password or no key is refused before binding.
 */
class TlsTest {
    private static final String PASSWORD = "keystore-pass";

    @TempDir
    Path dir;

    private Path keystore;

    @BeforeEach
    void makeKeystore() throws Exception {
        keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "neverout", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
    }

    @Test
    void httpsServesASecureCookieAndHsts() throws Exception {
        ServerSettings settings = ServerSettings.defaults(Path.of("model.yaml")).withPort(0).withTls(keystore, PASSWORD);
        assertThat(ServerStartup.check(settings)).isNotNull();
        HistoryStore store = HistoryStore.open(new StoreLocation("jdbc:h2:file:" + dir.resolve("store"), "sa", "", "--db"));
        ServerContext context = ServerContext.of(settings, store, java.time.Clock.systemUTC());
        context.users().insert(new UserAccount("admin", context.hasher().hash("admin-password!"), "admin", Instant.now(), false));
        Javalin app = WebServer.create(context).start();
        try {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            String base = "https://127.0.0.1:" + app.port();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"admin-password!\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            List<String> cookies = login.headers().allValues("Set-Cookie");
            assertThat(cookies).singleElement().asString().startsWith("__Host-neverout_session=").contains("Secure")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
            // plain HTTP on the same port is no way in
            HttpClient plain = HttpClient.newHttpClient();
            assertThatThrownBy(() -> {
                HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isNotEqualTo(200);
                throw new java.io.IOException("answered " + r.statusCode());
            }).isInstanceOf(java.io.IOException.class);
        } finally {
            app.stop();
        }
    }

    @Test
    void aWrongKeystorePasswordOrAKeylessStoreIsRefusedBeforeBinding() throws Exception {
        ServerSettings wrong = ServerSettings.defaults(Path.of("model.yaml")).withTls(keystore, "not-it");
        assertThatThrownBy(() -> ServerStartup.check(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tls-keystore").hasMessageContaining(ServerSettings.TLS_PASSWORD_ENV);
        Path empty = dir.resolve("empty.p12");
        KeyStore none = KeyStore.getInstance("PKCS12");
        none.load(null, null);
        try (var out = Files.newOutputStream(empty)) {
            none.store(out, PASSWORD.toCharArray());
        }
        assertThatThrownBy(() -> ServerStartup.check(ServerSettings.defaults(Path.of("m")).withTls(empty, PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no private key");
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
