package org.neverout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.neverout.model.Classification;

/**
 * Where a command's result goes: standard output, or {@code --out FILE} written atomically (a
 * temporary file in the same directory, created 0600 before any byte is written, then a rename) so a
 * failed run never leaves half a file. The file of a classified model stays 0600 whatever the umask or
 * the target's previous mode; any other gets the target's permissions, or rw-r--r--.
 */
public final class Output {
    private Output() {
    }

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    /** Writes an unclassified result. */
    public static void write(String content, Path out, PrintWriter stdout) throws IOException {
        write(content, out, stdout, Classification.NONE);
    }

    /** Writes a result derived from a model with this classification (a private file when it has one). */
    public static void write(String content, Path out, PrintWriter stdout, Classification classification)
            throws IOException {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        writeAtomically(out, content.getBytes(StandardCharsets.UTF_8), classification.isPresent());
    }

    /**
     * The result's mode: private (0600) when classified, else the target's permissions, or rw-r--r--.
     * Set explicitly, so the umask plays no part.
     */
    private static void setPermissions(Path tmp, Path target, boolean classified) throws IOException {
        if (!posix(tmp)) {
            return;
        }
        Set<PosixFilePermission> perms = classified ? PRIVATE
                : Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes a file NeverOut has just created outside {@link #writeAtomically} (e.g. the history store's H2
     * files) private when the model is classified, and checks it took.
     */
    public static void makePrivate(Path file) throws IOException {
        if (!posix(file) || !Files.exists(file)) {
            return;
        }
        Files.setPosixFilePermissions(file, PRIVATE);
        if (!Files.getPosixFilePermissions(file).equals(PRIVATE)) {
            throw new UsageException("cannot make " + file + " private (mode 0600)");
        }
    }

    /**
     * Refuses an output path that cannot be written (a directory, a missing or read-only directory, a
     * read-only file) with a plain message; commands call it before any long work starts.
     */
    public static void checkWritable(Path out) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + out + ": is a directory");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("cannot write " + out + ": directory " + dir + " does not exist");
        }
        if (Files.exists(target) && !Files.isWritable(target) || dir != null && !Files.isWritable(dir)) {
            throw new UsageException("cannot write " + out + ": permission denied");
        }
    }

    public static void writeAtomically(Path out, byte[] bytes) throws IOException {
        writeAtomically(out, bytes, false);
    }

    /** Writes {@code bytes} to {@code out} atomically; {@code classified}: the file is 0600. */
    public static void writeAtomically(Path out, byte[] bytes, boolean classified) throws IOException {
        writeAtomically(out, tmp -> Files.write(tmp, bytes), classified);
    }

    /** Writes a result produced piece by piece (so it is never held whole in memory). */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /** Streams an unclassified {@code body}; see {@link #stream(Body, Path, PrintWriter, Classification)}. */
    public static void stream(Body body, Path out, PrintWriter stdout) throws IOException {
        stream(body, out, stdout, Classification.NONE);
    }

    /**
     * Streams {@code body} to standard output, or to {@code out} atomically like {@link #writeAtomically}:
     * into a temporary file in the same directory, renamed over the target only once the body is complete.
     */
    public static void stream(Body body, Path out, PrintWriter stdout, Classification classification)
            throws IOException {
        if (out == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        writeAtomically(out, tmp -> {
            try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
        }, classification.isPresent());
    }

    private interface Content {
        void writeInto(Path tmp) throws IOException;
    }

    private static void writeAtomically(Path out, Content content, boolean classified) throws IOException {
        checkWritable(out);
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp;
        try {
            // created private before any content is written: nothing classified is ever readable by others
            tmp = posix(target)
                    ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp",
                            PosixFilePermissions.asFileAttribute(PRIVATE))
                    : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + reason(e));
        }
        try {
            content.writeInto(tmp);
            setPermissions(tmp, target, classified);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the message names the user's file, never the temporary one
            throw new UsageException("cannot write " + out + ": " + reason(e));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The operating system's reason without file names, e.g. "no space left on device". */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getClass().getSimpleName();
    }
}
