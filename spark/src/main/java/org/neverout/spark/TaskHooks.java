package org.neverout.spark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Faults planted by tests in local mode, where executors run in the driver's JVM: task attempts that fail
 * (Spark must retry them without changing the result) and a shipped model text replaced on its way to the
 * executors (an executor that cannot read the model). Inert unless a test sets them; never set by the
 * commands.
 */
public final class TaskHooks {
    private static final AtomicInteger FAILING_ATTEMPTS = new AtomicInteger();
    private static final AtomicReference<String> EXECUTOR_TEXT = new AtomicReference<>();
    private static final AtomicLong TASKS_STARTED = new AtomicLong();

    private TaskHooks() {
    }

    /** The next {@code attempts} task attempts (any task) fail once each before doing any work. */
    public static void failNextAttempts(int attempts) {
        FAILING_ATTEMPTS.set(attempts);
    }

    /** Planted failures not yet spent. */
    public static int pendingFailures() {
        return FAILING_ATTEMPTS.get();
    }

    /** Executors read {@code text} instead of the shipped model text (null: the shipped text). */
    public static void executorsRead(String text) {
        EXECUTOR_TEXT.set(text);
    }

    /** Task attempts started in this JVM (local mode: all of them), so tests see the work went through Spark. */
    public static long tasksStarted() {
        return TASKS_STARTED.get();
    }

    /** Called first by every task: fails the attempt when a test planted a failure. */
    static void taskStarts(String task) {
        TASKS_STARTED.incrementAndGet();
        if (FAILING_ATTEMPTS.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("planted failure of " + task + " (test hook): Spark retries the task");
        }
    }

    static String shippedText(String text) {
        String planted = EXECUTOR_TEXT.get();
        return planted == null ? text : planted;
    }
}
