package org.neverout.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.neverout.history.HistoryException;
import org.neverout.history.HistoryStore;
import org.neverout.history.StoreLocation;

import picocli.CommandLine.Option;

/**
 * {@code --db URL} and {@code --db-key-file FILE}: the history store of record, history and verify-history
 * (docs/HISTORY.md); an H2 file store is AES-encrypted with the key from {@code --db-key-file} or the file
 * {@code NEVEROUT_DB_FILE_KEY_FILE} names.
 */
public final class HistoryDb {
    /** The environment variable naming the key file of an encrypted H2 store. */
    static final String KEY_FILE_ENV = StoreLocation.KEY_FILE_ENV;

    @Option(names = "--db", paramLabel = "URL",
            description = "The history store: jdbc:h2:file:PATH or jdbc:postgresql://HOST[:PORT]/DB (default: "
                    + "$NEVEROUT_DB, else an H2 file in ~/.neverout/). User and password from NEVEROUT_DB_USER and "
                    + "NEVEROUT_DB_PASSWORD (H2: sa and an empty password unless set).")
    String db;

    @Option(names = "--db-key-file", paramLabel = "FILE",
            description = "Encrypt the H2 file store (AES) with the key in FILE (one word of at least 16 characters, "
                    + "e.g. from 'openssl rand -hex 32'); default: the file $" + KEY_FILE_ENV + " names. An "
                    + "encrypted store opens only with its key.")
    Path keyFile;

    /** Where the store is, from --db, --db-key-file, the environment and the user's home. */
    StoreLocation location() {
        return resolve(db, keyFile);
    }

    /** The store {@code dbOption} and {@code keyFileOption} (null: not given) name, as every command resolves it. */
    static StoreLocation resolve(String dbOption, Path keyFileOption) {
        try {
            return StoreLocation.resolve(dbOption, keyFileOption, System.getenv(),
                    Path.of(System.getProperty("user.home")));
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
