package org.neverout.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the history store is and how to log in: {@code --db}, else {@code NEVEROUT_DB}, else an
 * embedded H2 file under {@code ~/.neverout/}; user and password from {@code NEVEROUT_DB_USER} /
 * {@code NEVEROUT_DB_PASSWORD} (an H2 URL: {@code sa} and an empty password unless set). An H2 file store
 * is encrypted (AES) when it is opened with a file key ({@link #withFileKey}).
 *
 * @param url      the JDBC URL as given
 * @param user     the user name
 * @param password the password ({@link #toString()} never shows it)
 * @param source   where the URL came from, for messages: {@code --db}, {@code NEVEROUT_DB} or {@code default}
 * @param fileKey  the file encryption key of an embedded H2 store ({@code CIPHER=AES}), or null for an
 *                 unencrypted store ({@link #toString()} never shows it)
 */
public record StoreLocation(String url, String user, String password, String source, String fileKey) {
    /** The default store, relative to the user's home directory. */
    public static final String DEFAULT_FILE = ".neverout/history";

    public StoreLocation {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(source, "source");
        if (fileKey != null) {
            if (kind(url) != Kind.H2) {
                throw new HistoryException("a file encryption key applies to an H2 file store only, not to " + url
                        + " (PostgreSQL: encrypt the disk and require TLS, docs/SECURITY.md)");
            }
            if (fileKey.length() < MIN_KEY_LENGTH || fileKey.chars().anyMatch(Character::isWhitespace)) {
                throw new HistoryException("the store's file key must be one word of at least " + MIN_KEY_LENGTH
                        + " characters without spaces (e.g. openssl rand -hex 32)");
            }
        }
    }

    /** The shortest file encryption key accepted. */
    public static final int MIN_KEY_LENGTH = 16;

    /** A store without file encryption. */
    public StoreLocation(String url, String user, String password, String source) {
        this(url, user, password, source, null);
    }

    /** The same store opened with the file encryption key {@code key} (null: unencrypted). */
    public StoreLocation withFileKey(String key) {
        return new StoreLocation(url, user, password, source, key);
    }

    /** Whether the store is an H2 file encrypted with AES ({@code CIPHER=AES}). */
    public boolean encrypted() {
        return fileKey != null;
    }

    /**
     * The password the driver gets: H2 with a file key takes "FILEKEY USERPASSWORD" (H2's convention for
     * {@code CIPHER}); otherwise the user's password.
     */
    public String driverPassword() {
        return fileKey == null ? password : fileKey + " " + password;
    }

    /** The store the CLI uses: {@code dbOption} when given, else the environment, else the default under {@code home}. */
    public static StoreLocation resolve(String dbOption, Map<String, String> env, Path home) {
        String url;
        String source;
        if (dbOption != null && !dbOption.isBlank()) {
            url = dbOption.strip();
            source = "--db";
        } else if (env.get("NEVEROUT_DB") != null && !env.get("NEVEROUT_DB").isBlank()) {
            url = env.get("NEVEROUT_DB").strip();
            source = "NEVEROUT_DB";
        } else {
            url = "jdbc:h2:file:" + home.resolve(DEFAULT_FILE).toAbsolutePath().toString().replace('\\', '/');
            source = "default";
        }
        Kind kind = kind(url);
        String user = env.get("NEVEROUT_DB_USER");
        String password = env.get("NEVEROUT_DB_PASSWORD");
        if (user == null) {
            if (kind == Kind.POSTGRESQL) {
                // pgjdbc takes the user from the URL when there is one; otherwise it is an error to omit it
                user = "";
            } else {
                user = "sa";
            }
        }
        return new StoreLocation(url, user, password == null ? "" : password, source);
    }

    /** The environment variable naming the key file of an encrypted H2 store. */
    public static final String KEY_FILE_ENV = "NEVEROUT_DB_FILE_KEY_FILE";

    /**
     * The store the CLI (and the web server) uses: {@link #resolve(String, Map, Path)}, encrypted with the key
     * in {@code keyFileOption} ({@code --db-key-file}, null: not given), else in the file {@link #KEY_FILE_ENV}
     * names, else unencrypted.
     *
     * @throws HistoryException with a plain message naming the key file (never the key) when it cannot be used
     */
    public static StoreLocation resolve(String dbOption, Path keyFileOption, Map<String, String> env, Path home) {
        StoreLocation location = resolve(dbOption, env, home);
        Path key = keyFileOption;
        String source = "--db-key-file";
        if (key == null && env.get(KEY_FILE_ENV) != null && !env.get(KEY_FILE_ENV).isBlank()) {
            key = Path.of(env.get(KEY_FILE_ENV).strip());
            source = KEY_FILE_ENV;
        }
        return key == null ? location : location.withFileKey(readKey(key, source));
    }

    /** The key in {@code file}: its first line without surrounding blanks. Messages never show the key. */
    public static String readKey(Path file, String source) {
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new HistoryException("cannot read the store's key file " + file + " (" + source + "): no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new HistoryException("cannot read the store's key file " + file + " (" + source
                    + "): permission denied");
        } catch (java.io.IOException e) {
            throw new HistoryException("cannot read the store's key file " + file + " (" + source + "): "
                    + e.getClass().getSimpleName());
        }
        String key = text.lines().findFirst().orElse("").strip();
        if (key.isEmpty()) {
            throw new HistoryException("the store's key file " + file + " (" + source + ") is empty");
        }
        return key;
    }

    /** The databases the store runs on. */
    public enum Kind { H2, POSTGRESQL }

    public Kind kind() {
        return kind(url);
    }

    private static Kind kind(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new HistoryException("unsupported history store URL '" + url + "': expected jdbc:h2:file:PATH or "
                + "jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    /**
     * The URL the driver gets: an H2 store with {@code TRACE_LEVEL_FILE=0} (unless the URL sets it), as
     * H2 would otherwise write a .trace.db file beside the store, and print a stack trace when it
     * cannot; every error reaches the user through the exception anyway.
     */
    public String jdbcUrl() {
        String jdbc = url;
        if (kind() == Kind.H2 && !url.toLowerCase(Locale.ROOT).contains(";trace_level_file=")) {
            jdbc += ";TRACE_LEVEL_FILE=0";
        }
        if (fileKey != null && !url.toLowerCase(Locale.ROOT).contains(";cipher=")) {
            jdbc += ";CIPHER=AES";
        }
        return jdbc;
    }

    @Override
    public String toString() {
        return url;
    }
}
