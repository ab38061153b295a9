package org.neverout.server.twin;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The full assessment of the model version in use (the JSON report document the overview, services,
 * compliance and control pages show), computed in the background when a version comes into use: a page
 * asked for before it is done says so instead of waiting. One worker; a newer version replaces an older
 * one's answer.
 */
public final class Assessments implements AutoCloseable {
    /** Where the assessment of one version stands: {@code pending}, {@code ready} or {@code failed}. */
    public record Status(long modelVersion, String state, JsonNode document, String error) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RunAssessor assessor;
    private final java.time.Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neverout-assessment");
        t.setDaemon(true);
        return t;
    });
    private volatile Status status = new Status(0, "pending", null, null);

    public Assessments(RunAssessor assessor, java.time.Clock clock) {
        this.assessor = assessor;
        this.clock = clock;
    }

    /** Starts assessing {@code version}; returns at once. */
    public void assess(ModelVersion version) {
        synchronized (this) {
            if (status.modelVersion() < version.version()) {
                status = new Status(version.version(), "pending", null, null);
            }
        }
        worker.execute(() -> {
            Status done;
            try {
                String json = assessor.assess(version.model(), LocalDate.ofInstant(clock.instant(), clock.getZone()));
                done = new Status(version.version(), "ready", MAPPER.readTree(json), null);
            } catch (Exception | StackOverflowError e) {
                done = new Status(version.version(), "failed", null, String.valueOf(e.getMessage()));
            }
            synchronized (this) {
                if (status.modelVersion() <= done.modelVersion()) {
                    status = done;
                }
            }
        });
    }

    /** The assessment of the newest version asked for (pending until it is done). */
    public Status status() {
        return status;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
