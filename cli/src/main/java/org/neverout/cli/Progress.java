package org.neverout.cli;

import java.io.Closeable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.neverout.engine.ProgressListener;

/**
 * A progress bar on standard error for long runs, shown only when a terminal is attached (never in
 * pipes, files or CI logs, so redirected output stays clean).
 */
final class Progress implements ProgressListener, Closeable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, boolean quiet) {
        // Java 17 cannot ask whether standard error is a terminal; the launcher script can (-t 2) and says so
        boolean terminal = System.console() != null || Boolean.getBoolean("neverout.stderr.tty");
        if (quiet || !terminal) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(1)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                .build();
        return new Progress(bar);
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (bar != null) {
            if (bar.getMax() != total) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
