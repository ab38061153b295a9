package org.neverout.server;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security's encoder on Bouncy Castle; nothing hand-rolled) with
 * OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane, 16-byte salt, 32-byte hash.
 * A hash costs some tens of milliseconds and 19 MiB, on purpose. The stored string carries the
 * parameters ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so they can be raised later.
 */
public final class PasswordHasher {
    /** The shortest password accepted (ASVS 2.1.1: at least 12 characters). */
    public static final int MIN_LENGTH = 12;
    /** The longest password accepted (ASVS 2.1.2: at least 64 permitted, more than 128 denied). */
    public static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder;
    private final String dummy;

    public PasswordHasher() {
        this(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
    }

    private PasswordHasher(Argon2PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummy = encoder.encode("no user has this password; it only costs the same time");
    }

    /** The Argon2id hash string of {@code password} (fresh salt each time). */
    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether {@code password} matches {@code hash}; false for a malformed hash. */
    public boolean matches(String password, String hash) {
        return hash != null && hash.startsWith("$argon2id$") && encoder.matches(password, hash);
    }

    /**
     * Spends the time of one verification and answers false: what a login of an unknown user does,
     * so that its answer takes as long as a wrong password's.
     */
    public boolean matchesNothing(String password) {
        encoder.matches(password, dummy);
        return false;
    }

    /** Why {@code password} is not acceptable as a new password, or null when it is. */
    public static String weakness(String password) {
        if (password == null || password.isEmpty()) {
            return "password is missing";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "password has " + length + " characters; at least " + MIN_LENGTH + " are required";
        }
        if (length > MAX_LENGTH) {
            return "password has " + length + " characters; at most " + MAX_LENGTH + " are accepted";
        }
        return null;
    }
}
