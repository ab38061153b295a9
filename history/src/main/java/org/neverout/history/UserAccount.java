package org.neverout.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A user of the web application as stored in {@code app_user}.
 *
 * @param username     the login name (unique, never reused)
 * @param passwordHash the Argon2id hash string ({@code $argon2id$...}); never the password
 * @param role         {@code viewer}, {@code analyst} or {@code admin}
 * @param createdAt    when the account was created
 * @param disabled     whether the account may no longer log in
 */
public record UserAccount(String username, String passwordHash, String role, Instant createdAt, boolean disabled) {
    /** The roles the store accepts (its CHECK constraint). */
    public static final Set<String> ROLES = Set.of("viewer", "analyst", "admin");

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'");
        }
    }

    @Override
    public String toString() {
        // the hash stays out of logs and messages
        return "UserAccount[" + username + ", " + role + (disabled ? ", disabled" : "") + "]";
    }
}
