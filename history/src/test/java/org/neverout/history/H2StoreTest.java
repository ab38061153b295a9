package org.neverout.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file, as the default store is. */
class H2StoreTest extends AccountsAuditContractTest {
    @TempDir
    Path dir;

    private int stores;

    @Override
    StoreLocation freshStore() {
        return new StoreLocation("jdbc:h2:file:" + dir.resolve("store" + (++stores)).toAbsolutePath(), "sa",
                "secret", "--db");
    }

    @Override
    void exportCsv(StoreLocation location, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             PreparedStatement s = c.prepareStatement(
                     "CALL CSVWRITE(?, 'SELECT * FROM analysis_run ORDER BY id', 'charset=UTF-8')")) {
            s.setString(1, csv.toString());
            s.execute();
        }
    }
}
