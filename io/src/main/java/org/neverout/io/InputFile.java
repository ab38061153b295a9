package org.neverout.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/** A file read whole into memory under the size limit, with its SHA-256. */
record InputFile(String name, byte[] bytes, String sha256) {

    static InputFile read(Path file, ImportOptions options) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidModelException(new Location(name, 0, 0), "is a directory, not a file");
            }
            checkSize(Files.size(file), name, options);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // read at most one byte past the limit: the file may grow between size() and read
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.maxBytes() + 1));
            }
            checkSize(bytes.length, name, options);
            return new InputFile(name, bytes, sha256(bytes));
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(new Location(name, 0, 0), "file not found");
        } catch (IOException e) {
            throw new InvalidModelException(new Location(name, 0, 0), "cannot read file: " + e.getClass().getSimpleName());
        }
    }

    static void checkSize(long size, String name, ImportOptions options) {
        if (size > options.maxBytes()) {
            throw new InvalidModelException(new Location(name, 0, 0),
                    "file is larger than the limit of " + options.maxBytes() + " bytes");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
