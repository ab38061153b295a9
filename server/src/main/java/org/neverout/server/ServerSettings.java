package org.neverout.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code neverout serve} runs. Optional files are null when not given.
 *
 * @param bind                address to listen on (default {@value #DEFAULT_BIND}: this machine only)
 * @param port                TCP port (default {@value #DEFAULT_PORT}; 0 picks a free one, for tests)
 * @param model               the model file served
 * @param dbUrl               the store's JDBC URL, or null for {@code NEVEROUT_DB}, else the H2 file default of {@code record}
 * @param adminPasswordFile   the first administrator's password, read once when the store has no user
 * @param webhookTokenFile    the Alertmanager webhook's bearer token
 * @param tlsKeystore         a PKCS#12 keystore with the server's key and certificate (HTTPS), or null (HTTP)
 * @param tlsKeystorePassword its password, from {@value #TLS_PASSWORD_ENV} (never an option: it would show in
 *                            the process list); empty when unset; {@link #toString()} never shows it
 * @param maxRequestBytes     the largest request body accepted (413 beyond)
 * @param sessionIdle         a session ends after this long without a request
 * @param sessionMax          a session ends this long after login, whatever happens
 */
public record ServerSettings(String bind, int port, Path model, String dbUrl, Path adminPasswordFile,
        Path webhookTokenFile, Path tlsKeystore, String tlsKeystorePassword, long maxRequestBytes,
        Duration sessionIdle, Duration sessionMax) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** 1 MiB: a what-if or a user is a few hundred bytes, an Alertmanager batch some kilobytes. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_SESSION_MAX = Duration.ofHours(8);
    /** The environment variable holding the TLS keystore's password. */
    public static final String TLS_PASSWORD_ENV = "NEVEROUT_TLS_KEYSTORE_PASSWORD";

    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(tlsKeystorePassword, "tlsKeystorePassword");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(sessionMax, "sessionMax");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes below 1024");
        }
    }

    /** The defaults for {@code model}: loopback, port 8080, the default store, no TLS. */
    public static ServerSettings defaults(Path model) {
        return new ServerSettings(DEFAULT_BIND, DEFAULT_PORT, model, null, null, null, null, "",
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SESSION_IDLE, DEFAULT_SESSION_MAX);
    }

    /** Whether the server speaks HTTPS. */
    public boolean tls() {
        return tlsKeystore != null;
    }

    public ServerSettings withBind(String address) {
        return new ServerSettings(address, port, model, dbUrl, adminPasswordFile, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(bind, newPort, model, dbUrl, adminPasswordFile, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withDb(String url) {
        return new ServerSettings(bind, port, model, url, adminPasswordFile, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withAdminPasswordFile(Path file) {
        return new ServerSettings(bind, port, model, dbUrl, file, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withWebhookTokenFile(Path file) {
        return new ServerSettings(bind, port, model, dbUrl, adminPasswordFile, file, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withTls(Path keystore, String password) {
        return new ServerSettings(bind, port, model, dbUrl, adminPasswordFile, webhookTokenFile, keystore,
                password == null ? "" : password, maxRequestBytes, sessionIdle, sessionMax);
    }

    public ServerSettings withMaxRequestBytes(long bytes) {
        return new ServerSettings(bind, port, model, dbUrl, adminPasswordFile, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, bytes, sessionIdle, sessionMax);
    }

    public ServerSettings withSessionTimeouts(Duration idle, Duration max) {
        return new ServerSettings(bind, port, model, dbUrl, adminPasswordFile, webhookTokenFile, tlsKeystore,
                tlsKeystorePassword, maxRequestBytes, idle, max);
    }

    @Override
    public String toString() {
        return "ServerSettings[bind=" + bind + ", port=" + port + ", model=" + model + ", db=" + dbUrl
                + ", tls=" + tlsKeystore + ", maxRequestBytes=" + maxRequestBytes + "]";
    }
}
