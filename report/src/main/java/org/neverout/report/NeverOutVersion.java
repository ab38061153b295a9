package org.neverout.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of NeverOut, from a resource Maven fills in at build time. */
public final class NeverOutVersion {
    private static final String VERSION = load();

    private NeverOutVersion() {
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} outside a Maven build. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = NeverOutVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version.properties", e);
        }
    }
}
