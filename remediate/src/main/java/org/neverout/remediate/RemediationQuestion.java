package org.neverout.remediate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.neverout.engine.AnalysisQuestion;

/**
 * What to plan.
 *
 * @param analysis    the cut-set question of every analysis (order, event kinds, threads: candidates are
 *                    analysed in parallel, one thread each; its time limit is ignored, see {@code timeLimit})
 * @param steps       at most this many steps, at least 1
 * @param candidates  the user's candidates, or null to generate them from the model
 * @param timeLimit   stop after this long with the steps found so far (null = none)
 */
public record RemediationQuestion(AnalysisQuestion analysis, int steps, List<Action> candidates, Duration timeLimit) {
    public RemediationQuestion {
        Objects.requireNonNull(analysis, "analysis");
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
        candidates = candidates == null ? null : List.copyOf(candidates);
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
        }
        analysis = analysis.withTimeLimit(null).withMaxCutSets(0);
    }
}
