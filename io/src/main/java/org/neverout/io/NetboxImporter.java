package org.neverout.io;

import java.nio.file.Path;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Imports a NetBox 4.x export directory (one saved list response per {@link NetboxEndpoint}); the live
 * mode is {@link NetboxClient} and {@link #importExport}. See docs/NETBOX.md for the mapping.
 */
public final class NetboxImporter implements Importer {

    /** Imports an export directory. */
    @Override
    public ImportResult importFile(Path dir, ImportOptions options) {
        return importExport(NetboxExport.readDirectory(dir, options), options);
    }

    /** The model of an export read either way. */
    public static ImportResult importExport(NetboxExport export, ImportOptions options) {
        return NetboxModelBuilder.build(export, options);
    }

    /** A NetBox export is several files: one file alone is refused. */
    @Override
    public ImportResult importBytes(byte[] content, String fileName, String sha256, ImportOptions options) {
        throw new InvalidModelException(new Location(fileName, 0, 0),
                "a NetBox export is a directory of saved list responses (" + NetboxExport.endpointFiles()
                        + "), not one file");
    }

    /** True for a directory that holds a NetBox export (its {@code devices.json} and {@code sites.json}). */
    public static boolean isExport(Path dir) {
        return java.nio.file.Files.isDirectory(dir)
                && java.nio.file.Files.isRegularFile(dir.resolve(NetboxEndpoint.DEVICES.fileName()))
                && java.nio.file.Files.isRegularFile(dir.resolve(NetboxEndpoint.SITES.fileName()));
    }
}
