package org.neverout.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The golden vectors of an independent implementation of MODEL.md, kept once in this module's resources
 * ({@code /golden/}, copied unchanged from the shared golden vectors; see the README there) and opened by
 * file name, e.g. {@code Golden.path("semantics.yaml")}.
 */
public final class Golden {
    /** Every golden file, in the order of the shared README's table. */
    public static final List<String> NAMES = List.of(
            "semantics.yaml", "semantics.expected.json", "semantics.simulate.expected.json",
            "semantics.controlled.expected.json", "abilene.json", "abilene.expected.json",
            "availability.yaml", "availability.expected.json", "v11.json", "v11.expected.json",
            "v11.edit-0.json", "v11.edit-1.json", "v11.edit-2.json", "v11.edit-3.json", "v11.diff.expected.json",
            "availability-v11.yaml", "availability-v11.expected.json", "capacity.json", "capacity.expected.json");

    private static Path extracted;

    private Golden() {
    }

    /**
     * A file path of the golden file (for loaders and the CLI, which read files). When this module is a
     * jar on the class path (a reactor build past {@code package}), the file is first copied, under its
     * own name, to a temporary folder deleted at exit, so that messages naming the file read the same.
     */
    public static Path path(String name) {
        URL url = url(name);
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            return extract(name, url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad golden resource URL " + url, e);
        }
    }

    /** The golden file's text (UTF-8). */
    public static String read(String name) {
        try (InputStream in = url(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + name, e);
        }
    }

    private static URL url(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no golden file '" + name + "'; there are " + NAMES);
        }
        URL url = Golden.class.getResource("/golden/" + name);
        if (url == null) {
            throw new IllegalStateException("golden file " + name + " is listed but not bundled in /golden/");
        }
        return url;
    }

    private static synchronized Path extract(String name, URL url) {
        try {
            if (extracted == null) {
                extracted = Files.createTempDirectory("neverout-golden");
                extracted.toFile().deleteOnExit();
            }
            Path file = extracted.resolve(name);
            if (!Files.exists(file)) {
                try (InputStream in = url.openStream()) {
                    Files.copy(in, file);
                }
                file.toFile().deleteOnExit(); // registered after the folder, so deleted before it
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy golden file " + name + " out of " + url, e);
        }
    }
}
