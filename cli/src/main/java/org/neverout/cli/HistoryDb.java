package org.neverout.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.neverout.history.HistoryException;
import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;

import picocli.CommandLine.Option;

/** {@code --db URL}: the history store of record, history and verify-history (docs/HISTORY.md). */
public final class HistoryDb {
    @Option(names = "--db", paramLabel = "URL",
            description = "The history store: jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DB (default: "
                    + "$NEVEROUT_DB, else an H2 file in ~/.neverout/). User and password from NEVEROUT_DB_USER and "
                    + "NEVEROUT_DB_PASSWORD (H2: sa and an empty password unless set).")
    String db;

    /** Where the store is, from --db, the environment and the user's home. */
    StoreLocation location() {
        return resolve(db);
    }

    /** The store {@code dbOption} (null: not given) names, as every command resolves it. */
    static StoreLocation resolve(String dbOption) {
        try {
            return StoreLocation.resolve(dbOption, System.getenv(), Path.of(System.getProperty("user.home")));
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Opens (and migrates) the store; an unusable store is bad input (exit 2, plain message). */
    HistoryStore open() {
        return call(location(), HistoryStore::open);
    }

    /** Runs a store operation, turning the store's refusals into usage errors (exit 2). */
    static <T, R> R call(T target, Function<T, R> operation) {
        try {
            return operation.apply(target);
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
