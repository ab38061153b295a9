package org.neverout.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model (or other input) file that cannot be used: carries every problem found, so the user sees
 * them all at once. The CLI turns it into exit code 2 with one {@code file:line:col: message} line each.
 */
public class InvalidModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidModelException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid model needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidModelException(Location location, String message) {
        this(List.of(new Problem(location, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
