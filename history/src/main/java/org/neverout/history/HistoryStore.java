package org.neverout.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The history store: recorded runs in {@code analysis_run}, chained by the ledger (docs/HISTORY.md),
 * on H2 or PostgreSQL with the same Flyway migrations and the same SQL. Opening it migrates an older
 * schema and refuses a newer one. A record is one transaction that first locks the one-row
 * {@code ledger_head} ({@code SELECT ... FOR UPDATE}): concurrent records queue there, so each one
 * chains onto the run committed before it, and a record that dies before its commit leaves nothing.
 * An embedded H2 file is, besides, used by one process at a time ({@link H2FileLock}).
 */
public final class HistoryStore {
    /** Test hook: milliseconds to pause between the insert and the commit of a record (kill tests). */
    public static final String PAUSE_BEFORE_COMMIT = "neverout.history.testPauseBeforeCommitMs";
    /** Where the migrations live on the class path. */
    static final String MIGRATIONS = "classpath:db/neverout-history";
    /** How long an operation waits for another one to finish (H2's default is one second). */
    static final int LOCK_TIMEOUT_MS = 120_000;
    // Flyway logs through java.util.logging here: its INFO lines would mix into the CLI's output, and
    // every failure reaches the caller as an exception anyway (kept in a field: JUL holds loggers weakly)
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
    }

    /** H2's error codes (org.h2.api.ErrorCode) for a file read with a wrong key, and for a corrupted file. */
    private static final int H2_ENCRYPTION_ERROR = 90049;
    private static final int H2_FILE_CORRUPTED = 90030;

    private static final String COLUMNS = "id, label, recorded_at, as_of, model_name, model_text, model_sha256, "
            + "results_json, neverout_version, recorded_by, prev_hash, hash";

    private final StoreLocation location;

    private HistoryStore(StoreLocation location) {
        this.location = location;
    }

    /**
     * Opens the store at {@code location}: checks that it can be reached and logged into, refuses a
     * schema newer than this NeverOut's, and migrates an empty or older one.
     *
     * @throws HistoryException with a plain message when any of that fails
     */
    public static HistoryStore open(StoreLocation location) {
        HistoryStore store = new HistoryStore(location);
        return H2FileLock.with(location, LOCK_TIMEOUT_MS, store::migrate);
    }

    private HistoryStore migrate() {
        try (Connection ignored = connect()) {
            // reached and logged in: only now let Flyway at it, so these errors keep our plain words
        } catch (SQLException e) {
            throw failure("cannot open", e);
        }
        try {
            Flyway flyway = Flyway.configure(HistoryStore.class.getClassLoader())
                    .dataSource(new StoreDataSource(this::connect))
                    .locations(MIGRATIONS)
                    .load();
            String known = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion).orElse("none");
            MigrationInfo[] applied = flyway.info().applied();
            for (MigrationInfo m : applied) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new HistoryException("the history store " + location + " has schema version "
                            + m.getVersion() + ", newer than this NeverOut knows (" + known + "): use a newer NeverOut");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new HistoryException("cannot prepare the history store " + location + ": " + firstLine(e.getMessage()), e);
        }
        return this;
    }

    public StoreLocation location() {
        return location;
    }

    /**
     * The files of an embedded H2 store that exist (the database, NeverOut's lock file, a trace file), for
     * making them private; empty for any other store.
     */
    public List<java.nio.file.Path> localFiles() {
        java.nio.file.Path lock = H2FileLock.lockFile(location);
        if (lock == null) {
            return List.of();
        }
        String base = lock.toString().substring(0, lock.toString().length() - ".neverout-lock".length());
        return java.util.stream.Stream.of(base + ".mv.db", base + ".neverout-lock", base + ".trace.db")
                .map(java.nio.file.Path::of).filter(java.nio.file.Files::exists).toList();
    }

    /**
     * Records {@code content} as the next run: locks the ledger head, chains the run onto the last
     * one, inserts it and moves the head, in one transaction.
     */
    public AnalysisRun record(RunContent content) {
        return H2FileLock.with(location, LOCK_TIMEOUT_MS, () -> insertRun(content));
    }

    private AnalysisRun insertRun(RunContent content) {
        if (content.label().length() > RunContent.MAX_LABEL) {
            throw new HistoryException("label is " + content.label().length() + " characters long; at most "
                    + RunContent.MAX_LABEL + " are kept");
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                LedgerHead head = head(c, true);
                long id = head.lastRunId() + 1;
                AnalysisRun run = new AnalysisRun(id, content, head.lastHash(), LedgerHash.of(head.lastHash(), content));
                insert(c, run);
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE ledger_head SET last_run_id = ?, last_hash = ? WHERE id = 1")) {
                    s.setLong(1, run.id());
                    s.setString(2, run.hash());
                    s.executeUpdate();
                }
                pauseForTests(run);
                c.commit();
                return run;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot record in", e);
        }
    }

    /** Every run, oldest first (by id). */
    public List<AnalysisRun> runs() {
        return H2FileLock.with(location, LOCK_TIMEOUT_MS, this::readRuns);
    }

    private List<AnalysisRun> readRuns() {
        try (Connection c = connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM analysis_run ORDER BY id")) {
            List<AnalysisRun> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(read(rs));
            }
            return List.copyOf(runs);
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    /** The ledger head as stored. */
    public LedgerHead head() {
        return H2FileLock.with(location, LOCK_TIMEOUT_MS, this::readHead);
    }

    private LedgerHead readHead() {
        try (Connection c = connect()) {
            return head(c, false);
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    /** Recomputes the chain of the runs as stored (see {@link LedgerVerifier}). */
    public LedgerCheck verify() {
        return H2FileLock.with(location, LOCK_TIMEOUT_MS, this::check);
    }

    private LedgerCheck check() {
        // one transaction, so that a record committing meanwhile cannot make an intact store look broken
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            LedgerHead head = head(c, false);
            List<AnalysisRun> runs = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM analysis_run ORDER BY id")) {
                while (rs.next()) {
                    runs.add(read(rs));
                }
            }
            c.commit();
            return LedgerVerifier.verify(runs, head);
        } catch (SQLException e) {
            throw failure("cannot read", e);
        }
    }

    private static LedgerHead head(Connection c, boolean lock) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_run_id, last_hash FROM ledger_head WHERE id = 1"
                     + (lock ? " FOR UPDATE" : ""))) {
            if (!rs.next()) {
                throw new HistoryException("the history store's ledger_head row is missing: the store was tampered with");
            }
            return new LedgerHead(rs.getLong(1), rs.getString(2));
        }
    }

    private static void insert(Connection c, AnalysisRun run) throws SQLException {
        RunContent r = run.content();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_run (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, run.id());
            s.setString(2, r.label());
            s.setObject(3, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
            s.setObject(4, r.asOf());
            s.setString(5, r.modelName());
            s.setString(6, r.modelText());
            s.setString(7, r.modelSha256());
            s.setString(8, r.resultsJson());
            s.setString(9, r.neverOutVersion());
            s.setString(10, r.recordedBy());
            s.setString(11, run.prevHash());
            s.setString(12, run.hash());
            s.executeUpdate();
        }
    }

    private static AnalysisRun read(ResultSet rs) throws SQLException {
        RunContent content = new RunContent(rs.getString("label"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getObject("as_of", LocalDate.class), rs.getString("model_name"), rs.getString("model_text"),
                rs.getString("model_sha256"), rs.getString("results_json"), rs.getString("neverout_version"),
                rs.getString("recorded_by"));
        return new AnalysisRun(rs.getLong("id"), content, rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** A new connection to the store (H2: with the store's lock timeout); callers hold {@link H2FileLock}. */
    Connection connect() throws SQLException {
        Properties props = new Properties();
        if (!location.user().isEmpty()) {
            props.setProperty("user", location.user());
        }
        props.setProperty("password", location.driverPassword());
        if (location.kind() == StoreLocation.Kind.POSTGRESQL) {
            props.setProperty("connectTimeout", "10");
            props.setProperty("loginTimeout", "20");
        }
        Connection c = DriverManager.getConnection(location.jdbcUrl(), props);
        if (location.kind() == StoreLocation.Kind.H2) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MS);
            }
        }
        return c;
    }

    /** A store failure in plain words: refused login, unreachable, else {@code what} and the first line. */
    HistoryException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28000") || state.equals("28P01")) {
            return new HistoryException("the history store " + location + " refused user '" + location.user()
                    + "': wrong user name or password (set NEVEROUT_DB_USER and NEVEROUT_DB_PASSWORD)", e);
        }
        if (location.kind() == StoreLocation.Kind.H2 && e.getErrorCode() == H2_ENCRYPTION_ERROR) {
            return new HistoryException("the history store " + location + (location.encrypted()
                    ? " cannot be decrypted with this key: the key is wrong, or the store is not encrypted"
                    : " is encrypted: give its key file with --db-key-file or NEVEROUT_DB_FILE_KEY_FILE"), e);
        }
        if (location.kind() == StoreLocation.Kind.H2 && e.getErrorCode() == H2_FILE_CORRUPTED && !location.encrypted()) {
            // an AES-encrypted file read without the key looks corrupted to H2
            return new HistoryException("the history store " + location + " is encrypted (or damaged): give its key "
                    + "file with --db-key-file or NEVEROUT_DB_FILE_KEY_FILE", e);
        }
        if (state.startsWith("08")) {
            return new HistoryException("cannot reach the history store " + location + ": " + firstLine(e.getMessage()), e);
        }
        return new HistoryException(what + " the history store " + location + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("");
        // H2 appends "[errorcode-build]" and, for SQL errors, the statement: neither helps the user
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }

    private static void pauseForTests(AnalysisRun run) {
        String pause = System.getProperty(PAUSE_BEFORE_COMMIT);
        if (pause == null) {
            return;
        }
        System.err.println("neverout: test hook: run " + run.id() + " inserted, pausing " + pause + " ms before commit");
        System.err.flush();
        try {
            Thread.sleep(Long.parseLong(pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
