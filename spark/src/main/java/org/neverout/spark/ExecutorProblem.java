package org.neverout.spark;

/**
 * Bad input found on an executor (the shipped model unreadable there, a sampling plan that differs): the
 * driver reports its message plainly and exits 2, as for bad input on one machine. Serializable with its
 * message, so it reaches the driver as the task failure's cause.
 */
public final class ExecutorProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExecutorProblem(String message) {
        super(message);
    }
}
