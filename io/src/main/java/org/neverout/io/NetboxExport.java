package org.neverout.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Every object of the {@link NetboxEndpoint}s, read from an export directory ({@link #readDirectory}) or
 * live ({@link NetboxClient}): the one input of {@link NetboxModelBuilder}, so both modes give the same model.
 *
 * @param source  the directory or NetBox URL, for the model's source
 * @param sha256  digest over every page read, in order
 */
public record NetboxExport(Map<NetboxEndpoint, List<NetboxObject>> objects, String source, String sha256) {
    public NetboxExport {
        Map<NetboxEndpoint, List<NetboxObject>> copy = new EnumMap<>(NetboxEndpoint.class);
        for (NetboxEndpoint e : NetboxEndpoint.values()) {
            copy.put(e, List.copyOf(objects.getOrDefault(e, List.of())));
        }
        objects = java.util.Collections.unmodifiableMap(copy);
    }

    List<NetboxObject> of(NetboxEndpoint endpoint) {
        return objects.get(endpoint);
    }

    /**
     * Reads an export directory: one saved list response per endpoint ({@code sites.json}, ...), each
     * complete (a saved page with a {@code next} link is refused: the rest of the list is missing).
     *
     * @throws InvalidModelException naming the directory or file for a missing directory or file, a file
     *                               over the size limit, malformed JSON or a page of another shape
     */
    public static NetboxExport readDirectory(Path dir, ImportOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidModelException(new Location(dir.toString(), 0, 0), Files.exists(dir)
                    ? "a NetBox export is a directory of saved list responses (sites.json, devices.json, ...), not a file"
                    : "directory not found");
        }
        Digest digest = new Digest();
        Map<NetboxEndpoint, List<NetboxObject>> objects = new EnumMap<>(NetboxEndpoint.class);
        for (NetboxEndpoint endpoint : NetboxEndpoint.values()) {
            Path file = dir.resolve(endpoint.fileName());
            if (!Files.exists(file)) {
                throw new InvalidModelException(new Location(file.toString(), 0, 0),
                        "file not found: a NetBox export has one saved list response per endpoint ("
                                + endpointFiles() + "); save " + endpoint.apiPath() + "?limit=0 here");
            }
            InputFile input = InputFile.read(file, options);
            digest.add(endpoint.fileName(), input.bytes());
            NetboxPage page = NetboxPage.parse(input.bytes(), input.name(), endpoint, options);
            if (page.next() != null) {
                throw new InvalidModelException(new Location(input.name(), 0, 0),
                        "the saved page has a 'next' link: it is one page of a longer list; save the whole list ("
                                + endpoint.apiPath() + "?limit=0) or import live with --netbox-url");
            }
            objects.put(endpoint, page.results());
        }
        return new NetboxExport(objects, dir.toString(), digest.hex());
    }

    static String endpointFiles() {
        List<String> names = new ArrayList<>();
        for (NetboxEndpoint e : NetboxEndpoint.values()) {
            names.add(e.fileName());
        }
        return String.join(", ", names);
    }

    /** SHA-256 over (name, length, bytes) of each page, so that page boundaries count. */
    static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        void add(String name, byte[] bytes) {
            sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(bytes);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
