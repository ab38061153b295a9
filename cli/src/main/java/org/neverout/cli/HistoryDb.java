package org.neverout.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    static final String KEY_FILE_ENV = "NEVEROUT_DB_FILE_KEY_FILE";

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

    /** The store {@code dbOption} (null: not given) names, as every command resolves it. */
    static StoreLocation resolve(String dbOption, Path keyFileOption) {
        Map<String, String> env = System.getenv();
        try {
            StoreLocation location = StoreLocation.resolve(dbOption, env, Path.of(System.getProperty("user.home")));
            Path key = keyFileOption;
            String source = "--db-key-file";
            if (key == null && env.get(KEY_FILE_ENV) != null && !env.get(KEY_FILE_ENV).isBlank()) {
                key = Path.of(env.get(KEY_FILE_ENV).strip());
                source = KEY_FILE_ENV;
            }
            return key == null ? location : location.withFileKey(readKey(key, source));
        } catch (HistoryException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The key in {@code file}: its first line without surrounding blanks. The message never shows the key. */
    static String readKey(Path file, String source) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("cannot read the store's key file " + file + " (" + source + "): no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageException("cannot read the store's key file " + file + " (" + source + "): permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot read the store's key file " + file + " (" + source + "): "
                    + e.getClass().getSimpleName());
        }
        String key = text.lines().findFirst().orElse("").strip();
        if (key.isEmpty()) {
            throw new UsageException("the store's key file " + file + " (" + source + ") is empty");
        }
        return key;
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
