package org.neverout.model.tree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Problem;

/**
 * Collects every problem found in an input so that the user sees them all at once. Not thread-safe:
 * one collector per file being read.
 */
public final class Problems {
    private static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final List<Problem> problems = new ArrayList<>();

    public void add(Location location, String message) {
        problems.add(new Problem(location, message));
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** The problems so far, ordered by file position (stable for problems at the same position). */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(BY_POSITION);
        return List.copyOf(copy);
    }

    /** Throws an {@link InvalidModelException} with every problem, in file order, when there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidModelException(sorted());
        }
    }
}
