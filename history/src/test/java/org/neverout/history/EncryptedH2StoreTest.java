package org.neverout.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole store contract on an AES-encrypted H2 file, and what the encryption promises: the file's bytes
 * hold none of what was recorded, and it opens neither without its key nor with another (plain messages).
 */
class EncryptedH2StoreTest extends StoreContractTest {
    private static final String KEY = "a3f19c0e7b2d4e6f8a1c3e5b7d9f0a2c";

    @TempDir
    Path dir;

    private int stores;

    @Override
    StoreLocation freshStore() {
        return new StoreLocation("jdbc:h2:file:" + dir.resolve("store" + (++stores)).toAbsolutePath(), "sa",
                "secret", "--db", KEY);
    }

    @Override
    void exportCsv(StoreLocation location, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.driverPassword());
             PreparedStatement s = c.prepareStatement(
                     "CALL CSVWRITE(?, 'SELECT * FROM analysis_run ORDER BY id', 'charset=UTF-8')")) {
            s.setString(1, csv.toString());
            s.execute();
        }
    }

    @Test
    void theFileHoldsNothingRecordedAndOpensOnlyWithItsKey() throws Exception {
        StoreLocation location = freshStore();
        HistoryStore store = HistoryStore.open(location);
        RunContent content = content(1);
        store.record(content);
        Path file = dir.resolve("store" + stores + ".mv.db");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(content.label()).doesNotContain(content.modelName())
                .doesNotContain(content.modelSha256()).doesNotContain("analysis_run").doesNotContain("ANALYSIS_RUN");
        assertThat(store.localFiles()).contains(file);

        StoreLocation noKey = location.withFileKey(null);
        assertThat(catchThrowableOfType(HistoryException.class, () -> HistoryStore.open(noKey)))
                .hasMessageContaining("is encrypted").hasMessageContaining("--db-key-file");
        StoreLocation otherKey = location.withFileKey("b3f19c0e7b2d4e6f8a1c3e5b7d9f0a2c");
        assertThat(catchThrowableOfType(HistoryException.class, () -> HistoryStore.open(otherKey)))
                .hasMessageContaining("cannot be decrypted with this key");
        assertThat(HistoryStore.open(location).runs()).hasSize(1);
        // a key on an unencrypted store is refused the same way
        StoreLocation plain = new StoreLocation("jdbc:h2:file:" + dir.resolve("plain").toAbsolutePath(), "sa", "", "--db");
        HistoryStore.open(plain).record(content(1));
        assertThat(catchThrowableOfType(HistoryException.class, () -> HistoryStore.open(plain.withFileKey(KEY))))
                .hasMessageContaining("cannot be decrypted with this key");
    }

    @Test
    void theKeyIsNeverShownAndOnlyAnH2FileTakesOne() {
        StoreLocation location = freshStore();
        assertThat(location.toString()).doesNotContain(KEY);
        assertThat(location.jdbcUrl()).endsWith(";CIPHER=AES").doesNotContain(KEY);
        assertThat(location.driverPassword()).isEqualTo(KEY + " secret");
        assertThat(catchThrowableOfType(HistoryException.class, () -> new StoreLocation(
                "jdbc:postgresql://127.0.0.1/x", "u", "p", "--db", KEY))).hasMessageContaining("H2 file store only");
        assertThat(catchThrowableOfType(HistoryException.class, () -> location.withFileKey("short")))
                .hasMessageContaining("at least 16");
        assertThat(catchThrowableOfType(HistoryException.class, () -> location.withFileKey("has a space in it ok")))
                .hasMessageContaining("without spaces");
    }
}
