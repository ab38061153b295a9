package org.neverout.server.twin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The digital twin the server holds: the model in use (reloaded when its file changes), the live state,
 * the margins recomputed in the background on each change, the assessment of the model, and the open
 * pages told of every change. Built once by {@code neverout serve} and shared by all requests.
 */
public final class Twin implements AutoCloseable {
    /** How often the model file is looked at. */
    static final long WATCH_MILLIS = 1000;

    private final LiveModel model;
    private final LiveState state = new LiveState();
    private final LiveMargins margins;
    private final Assessments assessments;
    private final TwinEvents events = new TwinEvents();
    private final RunAssessor assessor;
    private final byte[] webhookToken;
    private final ScheduledExecutorService watcher;

    private Twin(LiveModel model, RunAssessor assessor, byte[] webhookToken, Clock clock, boolean watch) {
        this.model = model;
        this.assessor = assessor;
        this.webhookToken = webhookToken;
        this.margins = new LiveMargins(clock);
        this.assessments = new Assessments(assessor, clock);
        state.onChange(s -> {
            margins.request(model.current(), s);
            events.send("state", Map.of("state_version", s.version(), "down", s.down()));
        });
        model.onChange(v -> {
            margins.request(v, state.snapshot());
            assessments.assess(v);
            events.send("model", Map.of("model_version", v.version()));
        });
        margins.onChange(m -> events.send("margins", Map.of("model_version", m.modelVersion(),
                "state_version", m.stateVersion())));
        margins.request(model.current(), state.snapshot());
        assessments.assess(model.current());
        if (watch && model.file() != null) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "neverout-model-watch");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::refreshQuietly, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            watcher = null;
        }
    }

    /**
     * Starts the twin of {@code model}.
     *
     * @param webhookToken the Alertmanager webhook's bearer token as read and checked at start
     *                     ({@code ServerStartup}), or null: the webhook then refuses every request
     * @param watch        whether to reload the model file when it changes
     */
    public static Twin start(LiveModel model, RunAssessor assessor, String webhookToken, Clock clock, boolean watch) {
        return new Twin(model, assessor, webhookToken == null ? null : webhookToken.getBytes(StandardCharsets.UTF_8),
                clock, watch);
    }

    private void refreshQuietly() {
        try {
            model.refresh();
        } catch (RuntimeException e) {
            // never let one bad look stop the watching
            System.err.println("neverout: model reload failed: " + e.getMessage());
        }
    }

    public LiveModel model() {
        return model;
    }

    public LiveState state() {
        return state;
    }

    public LiveMargins margins() {
        return margins;
    }

    public Assessments assessments() {
        return assessments;
    }

    public TwinEvents events() {
        return events;
    }

    public RunAssessor assessor() {
        return assessor;
    }

    /** The webhook's token, or null when none is configured. */
    byte[] webhookToken() {
        return webhookToken == null ? null : webhookToken.clone();
    }

    /** The model in use and, when the file's newest version does not load, why. */
    Map<String, Object> modelStatus() {
        ModelVersion v = model.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", v.model().name());
        out.put("model_version", v.version());
        out.put("loaded_at", v.loadedAt().toString());
        out.put("file", model.file() == null ? null : model.file().toString());
        out.put("problems", model.problems().stream().map(Object::toString).toList());
        return out;
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        events.forgetAll();
        margins.close();
        assessments.close();
    }
}
