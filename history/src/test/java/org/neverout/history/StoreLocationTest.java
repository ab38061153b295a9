package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreLocationTest {
    private static final Path HOME = Path.of("/home/cio");

    @Test
    void dbOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of("NEVEROUT_DB", "jdbc:postgresql://db.example/neverout");
        assertThat(StoreLocation.resolve("jdbc:h2:file:./x", env, HOME))
                .extracting(StoreLocation::url, StoreLocation::source).containsExactly("jdbc:h2:file:./x", "--db");
        assertThat(StoreLocation.resolve(null, env, HOME)).extracting(StoreLocation::url, StoreLocation::source)
                .containsExactly("jdbc:postgresql://db.example/neverout", "NEVEROUT_DB");
        assertThat(StoreLocation.resolve(null, Map.of(), HOME)).extracting(StoreLocation::url, StoreLocation::source)
                .containsExactly("jdbc:h2:file:/home/cio/.neverout/history", "default");
    }

    @Test
    void h2OpensAsSaWithAnEmptyPasswordUnlessTheEnvironmentSaysOtherwise() {
        StoreLocation h2 = StoreLocation.resolve("jdbc:h2:file:./x", Map.of(), HOME);
        assertThat(h2.user()).isEqualTo("sa");
        assertThat(h2.password()).isEmpty();
        StoreLocation set = StoreLocation.resolve("jdbc:h2:file:./x",
                Map.of("NEVEROUT_DB_USER", "auditor", "NEVEROUT_DB_PASSWORD", "s3cret"), HOME);
        assertThat(set).extracting(StoreLocation::user, StoreLocation::password).containsExactly("auditor", "s3cret");
        assertThat(set.toString()).doesNotContain("s3cret");
        StoreLocation pg = StoreLocation.resolve("jdbc:postgresql://h/db?user=u", Map.of(), HOME);
        assertThat(pg.user()).isEmpty();
    }

    @Test
    void onlyH2AndPostgresqlAreAccepted() {
        assertThatThrownBy(() -> StoreLocation.resolve("jdbc:mysql://h/db", Map.of(), HOME))
                .isInstanceOf(HistoryException.class).hasMessageContaining("unsupported history store URL 'jdbc:mysql://h/db'");
        assertThatThrownBy(() -> StoreLocation.resolve("/tmp/store", Map.of(), HOME)).isInstanceOf(HistoryException.class);
    }

    @Test
    void h2StoresWriteNoTraceFileUnlessAskedTo() {
        assertThat(StoreLocation.resolve("jdbc:h2:file:./x", Map.of(), HOME).jdbcUrl())
                .isEqualTo("jdbc:h2:file:./x;TRACE_LEVEL_FILE=0");
        assertThat(StoreLocation.resolve("jdbc:h2:file:./x;TRACE_LEVEL_FILE=1", Map.of(), HOME).jdbcUrl())
                .isEqualTo("jdbc:h2:file:./x;TRACE_LEVEL_FILE=1");
        assertThat(StoreLocation.resolve("jdbc:postgresql://h/db", Map.of(), HOME).jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void theLockFileSitsBesideAnEmbeddedH2FileOnly() {
        assertThat(H2FileLock.lockFile(StoreLocation.resolve("jdbc:h2:file:/var/neverout/runs;MODE=Regular", Map.of(), HOME)))
                .isEqualTo(Path.of("/var/neverout/runs.neverout-lock"));
        assertThat(H2FileLock.lockFile(StoreLocation.resolve("jdbc:h2:/var/neverout/runs", Map.of(), HOME)))
                .isEqualTo(Path.of("/var/neverout/runs.neverout-lock"));
        assertThat(H2FileLock.lockFile(StoreLocation.resolve("jdbc:h2:tcp://host/runs", Map.of(), HOME))).isNull();
        assertThat(H2FileLock.lockFile(StoreLocation.resolve("jdbc:h2:mem:runs", Map.of(), HOME))).isNull();
        assertThat(H2FileLock.lockFile(StoreLocation.resolve("jdbc:postgresql://h/db", Map.of(), HOME))).isNull();
    }

    @Test
    void theFileKeyComesFromTheOptionElseTheFileTheEnvironmentNames(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path option = dir.resolve("option.key");
        Path env = dir.resolve("env.key");
        java.nio.file.Files.writeString(option, "  0123456789abcdef0123  \nsecond line ignored\n");
        java.nio.file.Files.writeString(env, "fedcba9876543210fedcba");
        Path home = Path.of("/home/analyst");
        Map<String, String> environment = Map.of(StoreLocation.KEY_FILE_ENV, env.toString());
        assertThat(StoreLocation.resolve(null, option, environment, home).fileKey()).isEqualTo("0123456789abcdef0123");
        assertThat(StoreLocation.resolve(null, null, environment, home).fileKey()).isEqualTo("fedcba9876543210fedcba");
        assertThat(StoreLocation.resolve(null, null, Map.of(), home).encrypted()).isFalse();
        assertThatThrownBy(() -> StoreLocation.resolve(null, dir.resolve("none.key"), Map.of(), home))
                .isInstanceOf(HistoryException.class).hasMessage("cannot read the store's key file "
                        + dir.resolve("none.key") + " (--db-key-file): no such file");
        java.nio.file.Files.writeString(env, "\n");
        assertThatThrownBy(() -> StoreLocation.resolve(null, null, environment, home))
                .hasMessageContaining("(" + StoreLocation.KEY_FILE_ENV + ") is empty");
    }
}
