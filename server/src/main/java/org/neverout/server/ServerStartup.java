package org.neverout.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

import org.neverout.history.UserAccount;

/**
 * What {@code neverout serve} checks before it binds (so a bad option fails at once with a plain
 * message, exit 2, and nothing listening), and the first administrator.
 */
public final class ServerStartup {
    /** The shortest webhook token accepted: a guessable token would let anyone set the live state. */
    public static final int MIN_TOKEN_LENGTH = 24;
    /** The first administrator's user name. */
    public static final String ADMIN = "admin";

    private ServerStartup() {
    }

    /** The secrets read at start: the first administrator's password and the webhook token (each null when not given). */
    public record Secrets(String adminPassword, String webhookToken) {
        @Override
        public String toString() {
            return "Secrets[admin password " + (adminPassword == null ? "none" : "given") + ", webhook token "
                    + (webhookToken == null ? "none" : "given") + "]";
        }
    }

    /**
     * Checks {@code settings}: the bind address resolves, the secret files are readable and strong
     * enough, the keystore opens with its password and holds a key.
     *
     * @throws IllegalArgumentException with a plain message naming the option and file
     */
    public static Secrets check(ServerSettings settings) {
        address(settings.bind());
        String password = null;
        if (settings.adminPasswordFile() != null) {
            password = SecretFile.read(settings.adminPasswordFile(), "--init-admin-password-file");
            String weak = PasswordHasher.weakness(password);
            if (weak != null) {
                throw new IllegalArgumentException("--init-admin-password-file " + settings.adminPasswordFile() + ": " + weak);
            }
        }
        String token = null;
        if (settings.webhookTokenFile() != null) {
            token = SecretFile.read(settings.webhookTokenFile(), "--webhook-token-file");
            if (token.strip().length() < MIN_TOKEN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("--webhook-token-file " + settings.webhookTokenFile() + ": the token must be "
                        + "at least " + MIN_TOKEN_LENGTH + " characters without spaces (e.g. openssl rand -hex 32)");
            }
        }
        if (settings.tls()) {
            checkKeystore(settings);
        }
        return new Secrets(password, token);
    }

    /** Whether {@code bind} is a loopback address (only this machine can connect). */
    public static boolean loopback(String bind) {
        return address(bind).isLoopbackAddress();
    }

    /**
     * The warning {@code serve} prints when passwords and session cookies would cross a network in
     * clear text (a non-loopback address without TLS), or null.
     */
    public static String transportWarning(ServerSettings settings) {
        if (settings.tls() || loopback(settings.bind())) {
            return null;
        }
        return "listening on " + settings.bind() + " without TLS: passwords and sessions cross the network in clear "
                + "text; give --tls-keystore, or bind 127.0.0.1 behind a TLS proxy";
    }

    /**
     * Creates {@code admin} (role admin) with {@code password} when the store has no user at all;
     * false (nothing changed) when it has users.
     */
    public static boolean createFirstAdmin(ServerContext context, String password) {
        UserAccount admin = new UserAccount(ADMIN, context.hasher().hash(password), Role.ADMIN.id(),
                context.clock().instant(), false);
        boolean created = context.users().insertIfNone(admin);
        if (created) {
            context.audit().record("system", Audit.USER_CREATE, "created user admin with role admin "
                    + "(--init-admin-password-file, first start)");
        }
        return created;
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": not an address of this machine or a name that resolves");
        }
    }

    private static void checkKeystore(ServerSettings settings) {
        if (!Files.isRegularFile(settings.tlsKeystore())) {
            throw new IllegalArgumentException("--tls-keystore " + settings.tlsKeystore() + ": no such file");
        }
        try (InputStream in = Files.newInputStream(settings.tlsKeystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, settings.tlsKeystorePassword().toCharArray());
            boolean key = false;
            for (String alias : Collections.list(store.aliases())) {
                key |= store.isKeyEntry(alias);
            }
            if (!key) {
                throw new IllegalArgumentException("--tls-keystore " + settings.tlsKeystore()
                        + ": holds no private key (expected the server's key and certificate)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--tls-keystore " + settings.tlsKeystore() + ": cannot open it as PKCS#12 with "
                    + "the password in " + ServerSettings.TLS_PASSWORD_ENV + " (" + firstLine(e.getMessage()) + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("--tls-keystore " + settings.tlsKeystore() + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.strip().lines().findFirst().orElse("unreadable");
    }
}
