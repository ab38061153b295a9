package org.neverout.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web application's accounts ({@code app_user}, migration V2) in the same database as the runs.
 * Every operation is one short transaction under the store's lock ({@link H2FileLock}); O(1) per
 * account except {@link #all()}, O(accounts).
 */
public final class UserStore {
    private static final String COLUMNS = "username, password_hash, role, created_at, disabled";

    private final HistoryStore store;

    /** The accounts of an opened (migrated) store. */
    public UserStore(HistoryStore store) {
        this.store = store;
    }

    /** How many accounts there are (disabled ones included). */
    public long count() {
        return locked(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM app_user")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The account named {@code username}, if any (names compare exactly). */
    public Optional<UserAccount> find(String username) {
        return locked(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every account, by name. */
    public List<UserAccount> all() {
        return locked(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username")) {
                List<UserAccount> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(read(rs));
                }
                return List.copyOf(users);
            }
        });
    }

    /** Adds {@code user}; false (nothing changed) when the name is taken. */
    public boolean insert(UserAccount user) {
        return locked(c -> insert(c, user, false));
    }

    /**
     * Adds {@code user} only when the store has no account at all (the first administrator); false
     * otherwise. The count and the insert are one transaction holding the lock on {@code audit_head},
     * so concurrent first starts create one account between them.
     */
    public boolean insertIfNone(UserAccount user) {
        return locked(c -> insert(c, user, true));
    }

    /** Changes the role and the disabled flag of {@code username}; false when there is no such account. */
    public boolean update(String username, String role, boolean disabled) {
        if (!UserAccount.ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'");
        }
        return locked(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE app_user SET role = ?, disabled = ? WHERE username = ?")) {
                s.setString(1, role);
                s.setBoolean(2, disabled);
                s.setString(3, username);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Replaces the password hash of {@code username}; false when there is no such account. */
    public boolean setPasswordHash(String username, String passwordHash) {
        return locked(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
                s.setString(1, passwordHash);
                s.setString(2, username);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static boolean insert(Connection c, UserAccount user, boolean onlyWhenEmpty) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (onlyWhenEmpty) {
                // under READ COMMITTED two first starts would both count zero users: the one-row
                // audit_head (locked by every audit append too) queues them, so the second counts one
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE")) {
                    rs.next();
                }
            }
            boolean taken;
            try (PreparedStatement s = c.prepareStatement(onlyWhenEmpty
                    ? "SELECT COUNT(*) FROM app_user" : "SELECT COUNT(*) FROM app_user WHERE username = ?")) {
                if (!onlyWhenEmpty) {
                    s.setString(1, user.username());
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    taken = rs.getLong(1) > 0;
                }
            }
            if (taken) {
                c.rollback();
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, user.username());
                s.setString(2, user.passwordHash());
                s.setString(3, user.role());
                s.setObject(4, OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC));
                s.setBoolean(5, user.disabled());
                s.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            // 23505: unique violation, a concurrent insert of the same name won
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static UserAccount read(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"), rs.getString("role"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("disabled"));
    }

    private <T> T locked(SqlWork<T> work) {
        return H2FileLock.with(store.location(), HistoryStore.LOCK_TIMEOUT_MS, () -> {
            try (Connection c = store.connect()) {
                return work.run(c);
            } catch (SQLException e) {
                throw store.failure("cannot use the accounts of", e);
            }
        });
    }

    /** A unit of JDBC work on one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
