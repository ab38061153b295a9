package org.neverout.server.twin;

import java.time.Instant;
import java.util.Objects;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * One complete, valid version of the served model: never a half model (a file that fails to load
 * leaves the version before it in place).
 *
 * @param version  1 for the model loaded at start, counting up with each reload
 * @param model    the model as loaded
 * @param compiled its compiled form (events, services), shared by every request
 * @param question the cut-set question of the live analyses: order the larger of 2 and the largest
 *                 {@code never_out} (as the CLI's default), every event kind
 * @param loadedAt when it was loaded
 */
public record ModelVersion(long version, Model model, CompiledModel compiled, AnalysisQuestion question,
                           Instant loadedAt) {
    public ModelVersion {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(compiled, "compiled");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    /** Compiles a loaded model as version {@code version}. */
    public static ModelVersion of(long version, Model model, Instant loadedAt) {
        int order = Math.max(2, model.services().stream().mapToInt(Service::neverOut).max().orElse(0));
        AnalysisQuestion question = AnalysisQuestion.defaults()
                .withOrder(Math.min(order, AnalysisQuestion.MAX_ORDER));
        return new ModelVersion(version, model, CompiledModel.compile(model), question, loadedAt);
    }
}
