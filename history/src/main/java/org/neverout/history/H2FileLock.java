package org.neverout.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the NeverOut processes (and threads) that use one embedded H2 file store. An H2 file
 * is open in one process at a time; rather than H2's automatic mixed mode, whose hand-over between
 * processes drops the connections of the others mid-transaction, each store operation holds an
 * operating-system lock on {@code PATH.neverout-lock} beside the store. The operating system
 * releases it when a process dies, so a killed {@code record} never blocks the next one.
 */
final class H2FileLock {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MS = 25;

    private H2FileLock() {
    }

    /** The lock file of an embedded H2 file URL, or null for any other URL (server, memory, PostgreSQL). */
    static Path lockFile(StoreLocation location) {
        if (location.kind() != StoreLocation.Kind.H2) {
            return null;
        }
        String rest = location.url().substring("jdbc:h2:".length());
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String remote : new String[] {"mem:", "tcp:", "ssl:", "zip:", "nio", "split:", "async:", "memfs:", "memlz"}) {
            if (lower.startsWith(remote)) {
                return null;
            }
        }
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int semicolon = rest.indexOf(';');
        String path = semicolon >= 0 ? rest.substring(0, semicolon) : rest;
        if (path.startsWith("~")) {
            // H2's own shorthand for the home directory
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path + ".neverout-lock").toAbsolutePath().normalize();
    }

    /** Runs {@code work} holding the store's lock (directly when the store needs none). */
    static <T> T with(StoreLocation location, long timeoutMs, Supplier<T> work) {
        Path file = lockFile(location);
        if (file == null) {
            return work.get();
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!local.tryLock(timeoutMs, TimeUnit.MILLISECONDS)) {
                throw busy(location, timeoutMs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException("interrupted while waiting for the history store " + location, e);
        }
        try {
            if (local.getHoldCount() > 1) {
                return work.get();
            }
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new HistoryException("cannot open the history store " + location + ": cannot create the directory "
                        + file.getParent() + " (" + e.getClass().getSimpleName() + ")", e);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
                    if (System.nanoTime() > deadline) {
                        throw busy(location, timeoutMs);
                    }
                    Thread.sleep(POLL_MS);
                }
                try (FileLock held = lock) {
                    return work.get();
                }
            } catch (IOException e) {
                throw new HistoryException("cannot open the history store " + location + ": cannot lock " + file + " ("
                        + e.getMessage() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HistoryException("interrupted while waiting for the history store " + location, e);
            }
        } finally {
            local.unlock();
        }
    }

    private static HistoryException busy(StoreLocation location, long timeoutMs) {
        return new HistoryException("the history store " + location + " is busy: another NeverOut has held it for more than "
                + timeoutMs / 1000 + " s");
    }
}
