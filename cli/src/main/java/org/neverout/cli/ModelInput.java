package org.neverout.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;

/** Loads the MODEL argument of a command: a model file, or any file {@code neverout import} reads. */
public final class ModelInput {
    private ModelInput() {
    }

    public static Model load(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidModelException(new Location(file.toString(), 0, 0), "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidModelException(new Location(file.toString(), 0, 0), "is a directory, not a model file");
        }
        return ModelLoader.load(file);
    }
}
