package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store over TLS that checks the server, as docs/SECURITY.md asks for a classified model: an embedded
 * PostgreSQL with {@code ssl = on} and a certificate for 127.0.0.1 (made here with the JDK's keytool), whose
 * pg_hba.conf admits NeverOut's role only over TLS. The store opens with {@code sslmode=verify-full} and the
 * certificate as {@code sslrootcert} (and the server sees the connection encrypted); it is refused without
 * TLS, and with a root certificate that did not sign the server's.
 */
class PostgresTlsStoreTest {
    private static EmbeddedPostgres postgres;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("neverout-pg-tls");
        Path server = certificate("server", "ip:127.0.0.1,dns:localhost");
        Path other = certificate("other", "ip:127.0.0.1");
        assertThat(other).exists();
        Path data = dir.resolve("data");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", server.resolveSibling("server.crt").toString())
                .setServerConfig("ssl_key_file", server.toString()).start();
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n", "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "hostssl all analyst 127.0.0.1/32 scram-sha-256",
                "hostnossl all analyst 127.0.0.1/32 reject", ""));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
            s.execute("CREATE ROLE analyst LOGIN PASSWORD 'periodic'");
            s.execute("CREATE DATABASE neverout OWNER analyst");
        }
    }

    /** A self-signed certificate ({@code NAME.crt}) and its key ({@code NAME.key}, PKCS#8 PEM, 0600); the key's path. */
    private static Path certificate(String name, String san) throws Exception {
        Path store = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=" + san, "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit").redirectErrorStream(true).start();
        String log = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(keytool.exitValue()).as(log).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey(name, "changeit".toCharArray());
        Certificate cert = ks.getCertificate(name);
        Path keyFile = dir.resolve(name + ".key");
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve(name + ".crt"), pem("CERTIFICATE", cert.getEncoded()));
        return keyFile;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static StoreLocation location(String query) {
        return new StoreLocation("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/neverout?" + query,
                "analyst", "periodic", "--db");
    }

    @Test
    void theStoreOpensOverVerifiedTlsOnlyAndTheServerSeesItEncrypted() throws Exception {
        String verified = "sslmode=verify-full&sslrootcert=" + dir.resolve("server.crt");
        HistoryStore store = HistoryStore.open(location(verified));
        store.record(StoreContractTest.content(1));
        assertThat(store.runs()).hasSize(1);
        try (Connection c = java.sql.DriverManager.getConnection(location(verified).jdbcUrl(), "analyst", "periodic");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("the server's view of this connection").isTrue();
            assertThat(rs.getString(2)).startsWith("TLSv1.");
        }

        HistoryException plain = catchThrowableOfType(HistoryException.class,
                () -> HistoryStore.open(location("sslmode=disable")));
        assertThat(plain).hasMessageNotContaining("\tat ");
        assertThat(plain.getMessage()).contains("neverout");
        HistoryException untrusted = catchThrowableOfType(HistoryException.class, () -> HistoryStore.open(
                location("sslmode=verify-full&sslrootcert=" + dir.resolve("other.crt"))));
        assertThat(untrusted).isNotNull();
        assertThat(List.of(plain.getMessage(), untrusted.getMessage())).allSatisfy(m -> assertThat(m).doesNotContain("periodic"));
    }
}
