package org.neverout.server.twin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Problem;

/**
 * The model the server holds: the last version of the file that loaded completely, and the problems of
 * the file's newest version when that one does not load (shown on the pages; the old version stays in
 * use, so no request ever sees a half model).
 *
 * <p>{@link #refresh()} reloads when the file's modification time or size changed since the last
 * look; the server calls it about once a second. Loading is the loader's cost (linear in the file
 * plus compilation); a look without change is one {@code stat}.
 */
public final class LiveModel {
    private final Path file;
    private final Function<Path, Model> loader;
    private final Clock clock;
    private final List<Consumer<ModelVersion>> listeners = new CopyOnWriteArrayList<>();
    private volatile ModelVersion current;
    private volatile List<Problem> problems = List.of();
    private FileTime seenTime;
    private long seenSize = -1;

    private LiveModel(Path file, Function<Path, Model> loader, Clock clock, ModelVersion first, FileTime time,
                      long size) {
        this.file = file;
        this.loader = loader;
        this.clock = clock;
        this.current = first;
        this.seenTime = time;
        this.seenSize = size;
    }

    /**
     * Loads the model the server starts with.
     *
     * @throws InvalidModelException when it does not load (the server does not start on a broken model)
     */
    public static LiveModel load(Path file, Function<Path, Model> loader, Clock clock) {
        Objects.requireNonNull(loader, "loader");
        FileTime time = modified(file);
        long size = size(file);
        Model model = loader.apply(file);
        return new LiveModel(file, loader, clock, ModelVersion.of(1, model, clock.instant()), time, size);
    }

    /** A model held without a file (tests, benchmarks): {@link #refresh()} never changes it. */
    public static LiveModel fixed(Model model, Clock clock) {
        return new LiveModel(null, p -> model, clock, ModelVersion.of(1, model, clock.instant()), null, -1);
    }

    /** The version in use. */
    public ModelVersion current() {
        return current;
    }

    /** Why the file's newest version is not in use (empty when it is). */
    public List<Problem> problems() {
        return problems;
    }

    /** The served file, or null for a fixed model. */
    public Path file() {
        return file;
    }

    /** Called with each new version after it is in use. */
    public void onChange(Consumer<ModelVersion> listener) {
        listeners.add(listener);
    }

    /**
     * Reloads the file if it changed since the last look.
     *
     * @return true when a new version is in use
     */
    public synchronized boolean refresh() {
        if (file == null) {
            return false;
        }
        FileTime time = modified(file);
        long size = size(file);
        if (Objects.equals(time, seenTime) && size == seenSize) {
            return false;
        }
        seenTime = time;
        seenSize = size;
        ModelVersion next;
        try {
            if (time == null) {
                throw new InvalidModelException(new Location(file.toString(), 0, 0), "no such file (the last "
                        + "version that loaded stays in use)");
            }
            next = ModelVersion.of(current.version() + 1, loader.apply(file), clock.instant());
        } catch (InvalidModelException e) {
            problems = e.problems();
            return false;
        } catch (RuntimeException e) {
            // an importer's unexpected failure is still a problem of this file, not of the server
            problems = List.of(new Problem(new Location(file.toString(), 0, 0), String.valueOf(e.getMessage())));
            return false;
        }
        current = next;
        problems = List.of();
        listeners.forEach(l -> l.accept(next));
        return true;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
