package org.neverout.spark;

import java.util.function.Supplier;

import org.neverout.cli.UsageException;

/**
 * Runs a Spark job on the driver and turns its failure into NeverOut's: bad input found on an executor
 * ({@link ExecutorProblem}, after Spark's retries) is a plain usage error (exit 2); anything else is an
 * error naming the job and the task's failure.
 */
final class SparkJobs {
    private static final String MARKER = ExecutorProblem.class.getName() + ": ";

    private SparkJobs() {
    }

    static <T> T run(String job, Supplier<T> body) {
        try {
            return body.get();
        } catch (Exception e) { // SparkException is checked in Java's eyes, but Scala throws it undeclared
            String problem = executorProblem(e);
            if (problem != null) {
                throw new UsageException(problem);
            }
            if (e instanceof UsageException usage) {
                throw usage;
            }
            throw new IllegalStateException("the Spark job '" + job + "' failed: " + SparkRuntime.firstLine(e), e);
        }
    }

    /** The message of an executor's {@link ExecutorProblem} behind a job failure, or null. */
    static String executorProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExecutorProblem) {
                return t.getMessage();
            }
            String message = t.getMessage();
            int at = message == null ? -1 : message.indexOf(MARKER);
            if (at >= 0) { // a remote failure arrives as text: the task's exception and its stack
                String rest = message.substring(at + MARKER.length());
                int nl = rest.indexOf('\n');
                return nl < 0 ? rest : rest.substring(0, nl);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
