package org.neverout.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/**
 * The one way in for a MODEL argument: a model file ({@code .yaml}, {@code .yml}, {@code .json}) goes
 * to the strict {@link ModelLoader}; anything else is imported, its format detected from its content
 * ({@link ImportFormat#detect(String, byte[])}): GraphML, SNDlib XML, SNDlib native; a directory holding a
 * NetBox export ({@link NetboxImporter#isExport}) is imported as NetBox.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** Loads or imports a model under the default options; import warnings are dropped (use {@link #read}). */
    public static Model load(Path file) {
        return read(file, ImportOptions.DEFAULTS).model();
    }

    /** Loads or imports a model; import warnings are dropped (use {@link #read} to show them). */
    public static Model load(Path file, ImportOptions options) {
        return read(file, options).model();
    }

    /**
     * Loads a model file, or imports any other file with the detected format, keeping the import's warnings.
     *
     * @throws InvalidModelException for a missing, unreadable, unrecognised, malformed or invalid file
     */
    public static ImportResult read(Path file, ImportOptions options) {
        if (isModelFile(file)) {
            Model model = ModelLoader.load(file);
            return new ImportResult(model, model.source().warnings()); // the loader locates its warnings
        }
        return importFile(file, detect(file), options);
    }

    /** Imports a file in a given format (the command line's {@code --format}). */
    public static ImportResult importFile(Path file, ImportFormat format, ImportOptions options) {
        return format.importer().importFile(file, options);
    }

    /** True for the model's own formats: {@code .yaml}, {@code .yml}, {@code .json}. */
    public static boolean isModelFile(Path file) {
        return Format.of(file).isPresent();
    }

    /** The import format of a file, from its content; an error naming the file when it is none. */
    public static ImportFormat detect(Path file) {
        String name = file.toString();
        Optional<ImportFormat> format;
        try {
            if (NetboxImporter.isExport(file)) {
                return ImportFormat.NETBOX;
            }
            if (Files.isDirectory(file)) {
                throw new InvalidModelException(new Location(name, 0, 0), "is a directory, not a file");
            }
            format = ImportFormat.detect(file);
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(new Location(name, 0, 0), "file not found");
        } catch (IOException e) {
            throw new InvalidModelException(new Location(name, 0, 0), "cannot read file: " + e.getClass().getSimpleName());
        }
        return format.orElseThrow(() -> new InvalidModelException(new Location(name, 1, 1),
                "not a model file (.yaml, .yml, .json) and not a format NeverOut imports ("
                        + ImportFormat.tokens() + "): found no GraphML or SNDlib XML root element and no "
                        + "'?SNDlib native format' header"));
    }

    /** A file name without directories and extension (a model name for imports); "imported" if nothing is left. */
    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.strip();
        return name.isEmpty() ? "imported" : name;
    }
}
