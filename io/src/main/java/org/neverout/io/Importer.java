package org.neverout.io;

import java.nio.file.Path;
import org.neverout.model.InvalidModelException;

/** Reads one foreign topology format into a {@link org.neverout.model.Model}. */
public interface Importer {

    /**
     * Imports a file.
     *
     * @throws InvalidModelException when the file cannot be read, is too large, malformed or hostile;
     *                               every problem names the file and, where known, line and column
     */
    default ImportResult importFile(Path file, ImportOptions options) {
        InputFile input = InputFile.read(file, options);
        return importBytes(input.bytes(), input.name(), input.sha256(), options);
    }

    /**
     * Imports a file's content already in memory ({@code fileName} is used in messages and the model's source).
     *
     * @param sha256 hex digest recorded in the model's source, or null
     */
    ImportResult importBytes(byte[] content, String fileName, String sha256, ImportOptions options);

    /** Imports in-memory content, computing its digest. */
    default ImportResult importBytes(byte[] content, String fileName, ImportOptions options) {
        InputFile.checkSize(content.length, fileName, options);
        return importBytes(content, fileName, InputFile.sha256(content), options);
    }
}
