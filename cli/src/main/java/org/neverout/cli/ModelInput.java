package org.neverout.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neverout.io.ImportOptions;
import org.neverout.io.ImportResult;
import org.neverout.io.ModelFiles;
import org.neverout.io.NetboxImporter;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;

/**
 * Loads the MODEL argument of a command: a model file, or any file {@code neverout import} reads
 * (GraphML, SNDlib native or XML, a NetBox export directory), whose import warnings go to standard error.
 */
public final class ModelInput {
    private ModelInput() {
    }

    public static Model load(Path file, PrintWriter err) {
        return read(file, err).model();
    }

    /** {@link #load}, keeping what the import says about the model (e.g. the unit of its capacities). */
    public static ImportResult read(Path file, PrintWriter err) {
        if (!Files.exists(file)) {
            throw new InvalidModelException(new Location(file.toString(), 0, 0), "no such file");
        }
        if (Files.isDirectory(file) && !NetboxImporter.isExport(file)) {
            throw new InvalidModelException(new Location(file.toString(), 0, 0),
                    "is a directory, not a model file (nor a NetBox export: no sites.json and devices.json)");
        }
        ImportResult result = ModelFiles.read(file, ImportOptions.DEFAULTS);
        for (String w : result.warnings()) {
            err.println("neverout: warning: " + w); // importers locate every warning themselves
        }
        return result;
    }
}
