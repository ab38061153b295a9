package org.neverout.history;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file, as the default store is. */
class H2StoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    private int stores;

    @Override
    StoreLocation freshStore() {
        return new StoreLocation("jdbc:h2:file:" + dir.resolve("store" + (++stores)).toAbsolutePath(), "sa",
                "secret", "--db");
    }
}
