package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;
import org.neverout.history.UserAccount;

/** Start-up checks: secret files, the first admin (once, audited), the clear-text warning. */
class ServerStartupTest {
    @TempDir
    Path dir;

    @Test
    void secretFilesLoseOneFinalLineBreakOnly() throws Exception {
        Path f = dir.resolve("s");
        Files.writeString(f, "  spaced secret \n\n");
        assertThat(SecretFile.read(f, "--x")).isEqualTo("  spaced secret \n");
        Files.writeString(f, "crlf\r\n");
        assertThat(SecretFile.read(f, "--x")).isEqualTo("crlf");
        Files.writeString(f, "none");
        assertThat(SecretFile.read(f, "--x")).isEqualTo("none");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> SecretFile.read(f, "--x")).hasMessageContaining("not UTF-8");
        Files.writeString(f, "x".repeat(5000));
        assertThatThrownBy(() -> SecretFile.read(f, "--x")).hasMessageContaining("larger than 4096 bytes");
    }

    @Test
    void theAdminPasswordNeedsTwelveCharactersCountedAsCharactersNotBytes() throws Exception {
        Path f = dir.resolve("pw");
        Files.writeString(f, "ünïcödé-pw!\n"); // 11 characters, more bytes
        ServerSettings settings = ServerSettings.defaults(Path.of("m")).withAdminPasswordFile(f);
        assertThatThrownBy(() -> ServerStartup.check(settings)).hasMessageContaining("password has 11 characters");
        Files.writeString(f, "ünïcödé-pw!!\n");
        assertThat(ServerStartup.check(settings).adminPassword()).isEqualTo("ünïcödé-pw!!");
        assertThat(ServerStartup.check(settings).toString()).doesNotContain("pw!!");
    }

    @Test
    void theFirstAdminIsCreatedOnlyIntoAnEmptyStoreAndAudited() {
        HistoryStore store = HistoryStore.open(new StoreLocation("jdbc:h2:file:" + dir.resolve("store"), "sa", "", "--db"));
        ServerContext context = ServerContext.of(ServerSettings.defaults(Path.of("m")), store, new MutableClock(
                java.time.Instant.parse("2026-12-01T08:00:00Z")));
        assertThat(ServerStartup.createFirstAdmin(context, "first-password")).isTrue();
        assertThat(ServerStartup.createFirstAdmin(context, "second-password")).isFalse();
        UserAccount admin = context.users().find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo("admin");
        assertThat(context.hasher().matches("first-password", admin.passwordHash())).isTrue();
        assertThat(context.hasher().matches("second-password", admin.passwordHash())).isFalse();
        assertThat(context.users().count()).isEqualTo(1);
        assertThat(context.audit().log().entries()).singleElement()
                .satisfies(e -> assertThat(e.actor() + " " + e.action()).isEqualTo("system user.create"));
    }

    @Test
    void bindingBeyondLoopbackWithoutTlsIsWarnedAbout() {
        ServerSettings local = ServerSettings.defaults(Path.of("m"));
        assertThat(ServerStartup.transportWarning(local)).isNull();
        assertThat(ServerStartup.transportWarning(local.withBind("::1"))).isNull();
        assertThat(ServerStartup.transportWarning(local.withBind("0.0.0.0"))).contains("without TLS");
        assertThat(ServerStartup.transportWarning(local.withBind("0.0.0.0").withTls(Path.of("ks.p12"), "x"))).isNull();
        assertThatThrownBy(() -> ServerStartup.check(local.withBind("no-such-host.invalid"))).hasMessageContaining("--bind");
    }
}
