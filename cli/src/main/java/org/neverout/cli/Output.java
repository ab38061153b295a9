package org.neverout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's result goes: standard output, or {@code --out FILE} written atomically (a
 * temporary file in the same directory, then a rename) so a failed run never leaves half a file.
 */
public final class Output {
    private Output() {
    }

    public static void write(String content, Path out, PrintWriter stdout) throws IOException {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        writeAtomically(out, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a result produced piece by piece (so it is never held whole in memory). */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.Writer out) throws IOException;
    }

    /**
     * Streams {@code body} to standard output, or to {@code out} atomically like {@link #writeAtomically}: into
     * a temporary file in the same directory, renamed over the target only once the body is complete.
     */
    public static void stream(Body body, Path out, PrintWriter stdout) throws IOException {
        if (out == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        checkWritable(out);
        Path target = out.toAbsolutePath();
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + reason(e));
        }
        try {
            try (java.io.Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + reason(e));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        keepUsualPermissions(tmp, target);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private (0600); the result gets the target's permissions, or rw-r--r--. */
    private static void keepUsualPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
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
        checkWritable(out);
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + reason(e));
        }
        try {
            Files.write(tmp, bytes);
            moveIntoPlace(tmp, target);
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
