package org.neverout.remediate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ProfileChanges;
import org.neverout.engine.ProgressListener;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * Greedy remediation planning (issue 14): each step takes, among all candidates, the one whose model -
 * measured by an exact re-analysis ({@link CutSetEngine}), never an estimate - has the lexicographically
 * smallest summed profile ({@link Violations}), provided it is smaller than now and no service regresses
 * (MODEL.md 1.1's per-service diff rule, {@link ProfileChanges}). Ties go to the candidate whose removed
 * violations weigh the most impact ({@code ImpactWeights.impactOf} of each removed pair's service), then
 * to the lower known cost (unknown last), then to the smaller action id, so the plan is deterministic
 * whatever the number of threads.
 *
 * <p>Candidates that cannot help are pruned soundly first ({@link CandidateScreen}); the others are
 * analysed in parallel, one thread each. The plan ends when the steps asked for are taken, when nothing
 * is left to fix, when no candidate lowers the violations without a regression, or when the time limit
 * passes (then it is partial and lists the steps found so far).
 *
 * <p>Cost per step: candidate generation plus, per candidate, O(model size + F (V + E)) for the screen and
 * one exact analysis for each survivor (O(events^(K-1) (V + E)) each, see {@link CutSetEngine}).
 */
public final class RemediationPlanner {
    private RemediationPlanner() {
    }

    /** A candidate's outcome: its model, its analysis and its violations. */
    private record Evaluation(Action action, Model model, AnalysisResult analysis, Violations violations,
                              double impactRemoved) {
    }

    /** The plan for {@code model}. */
    public static RemediationPlan plan(Model model, RemediationQuestion question) {
        long start = System.nanoTime();
        AnalysisQuestion analysis = question.analysis();
        ExecutorService pool = Executors.newFixedThreadPool(analysis.threads(), r -> {
            Thread t = new Thread(r, "remediate");
            t.setDaemon(true);
            return t;
        });
        try {
            return new Run(model, question, start, pool).run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One planning run (mutable state of the greedy loop). */
    private static final class Run {
        private final Model original;
        private final RemediationQuestion question;
        private final long start;
        private final ExecutorService pool;
        private final Map<String, Service> services = new HashMap<>();
        /** The analysis of the model the current step starts from. */
        private AnalysisResult currentBase;

        Run(Model original, RemediationQuestion question, long start, ExecutorService pool) {
            this.original = original;
            this.question = question;
            this.start = start;
            this.pool = pool;
            original.services().forEach(s -> services.put(s.id(), s));
        }

        RemediationPlan run() {
            AnalysisQuestion q = question.analysis();
            AnalysisResult base = CutSetEngine.analyze(CompiledModel.compile(original), timed(q), ProgressListener.NONE);
            Violations now = Violations.of(original, base);
            long initial = now.violations();
            List<Long> initialProfile = now.profile();
            List<PlanStep> steps = new ArrayList<>();
            if (!base.complete()) {
                return new RemediationPlan(original.name(), q.order(), initial, initialProfile, steps, initial, true,
                        "the analysis of the model itself was cut short (" + base.incompleteReason() + ")",
                        "the model could not be analysed completely", unverified(now));
            }
            Model current = original;
            Set<String> used = new java.util.HashSet<>();
            String stop = null;
            String partial = null;
            while (steps.size() < question.steps()) {
                if (now.violations() == 0) {
                    List<String> open = unverified(now);
                    stop = !open.isEmpty() ? "no never-out violation found up to order " + q.order() + ", but "
                            + open.size() + " service" + (open.size() == 1 ? "'s requirement exceeds" : "s' requirements"
                            + " exceed") + " it (unverified: " + String.join(", ", open) + "); analyse with a higher"
                            + " --order to verify them"
                            : steps.isEmpty() ? "nothing to fix: no service violates its never-out requirement"
                            : "no never-out violation left";
                    break;
                }
                List<Finding> findings = NeverOutFindings.of(current, base);
                List<Action> candidates = candidates(current, findings, used);
                currentBase = base;
                int[] analysed = new int[1];
                List<Evaluation> evaluations = evaluateAll(current, now, findings, candidates, analysed);
                if (evaluations == null) {
                    partial = "time limit reached during step " + (steps.size() + 1);
                    break;
                }
                Evaluation best = best(now, current, base, evaluations);
                if (best == null) {
                    stop = "no candidate lowers the violations without a regression";
                    break;
                }
                steps.add(step(current, now, findings, best, candidates.size(), analysed[0]));
                used.add(best.action().id());
                current = best.model();
                base = best.analysis();
                now = best.violations();
            }
            if (stop == null && partial == null) {
                stop = "the " + question.steps() + " step" + (question.steps() == 1 ? "" : "s") + " asked for";
            }
            return new RemediationPlan(original.name(), q.order(), initial, initialProfile, steps, now.violations(),
                    partial != null, partial, partial != null ? partial : stop, unverified(now));
        }

        /** Services whose verdict is unverified: never reported as fixed or as nothing to fix. */
        private static List<String> unverified(Violations v) {
            List<String> ids = new ArrayList<>();
            v.verdicts().forEach((id, verdict) -> {
                if (verdict.unverified()) {
                    ids.add(id);
                }
            });
            return ids;
        }

        private List<Action> candidates(Model current, List<Finding> findings, Set<String> used) {
            List<Action> all = question.candidates() != null ? question.candidates()
                    : CandidateGenerator.generate(current, findings);
            Map<String, Action> byId = new java.util.TreeMap<>();
            for (Action a : all) {
                if (!used.contains(a.id())) {
                    byId.putIfAbsent(a.id(), a);
                }
            }
            return new ArrayList<>(byId.values());
        }

        /** A candidate that passed the screen: its model and bound. */
        private record Screened(Action action, Model model, CompiledModel compiled, List<Long> bound) {
        }

        /**
         * The evaluations of the candidates that may be chosen, or null when the time limit passed. Every
         * candidate is screened ({@link CandidateScreen}, in parallel); the survivors are analysed in
         * batches of one per thread, most promising bound first, and a candidate whose bound shows it cannot
         * beat the best eligible result of an earlier batch is not analysed (so the choice does not depend
         * on the number of threads).
         */
        private List<Evaluation> evaluateAll(Model current, Violations now, List<Finding> findings,
                                             List<Action> candidates, int[] analysed) {
            List<Screened> screened = new ArrayList<>();
            for (Screened s : all(candidates, a -> screen(current, now, findings, a))) {
                if (s != null && s.bound() != null) {
                    screened.add(s);
                }
            }
            screened.sort(Comparator.<Screened, List<Long>>comparing(Screened::bound, CandidateScreen::compareBounds)
                    .thenComparing(s -> s.action().id()));
            List<Evaluation> out = new ArrayList<>();
            Evaluation best = null;
            int batch = question.analysis().threads();
            for (int i = 0; i < screened.size(); i += batch) {
                List<Screened> next = new ArrayList<>();
                for (Screened s : screened.subList(i, Math.min(screened.size(), i + batch))) {
                    if (best == null || !CandidateScreen.cannotBeat(s.bound(), best.violations().profile())) {
                        next.add(s);
                    }
                }
                List<Evaluation> done = all(next, s -> evaluate(now, s));
                for (Evaluation e : done) {
                    if (e == null) {
                        return null;
                    }
                    analysed[0]++;
                    out.add(e);
                }
                List<Evaluation> contenders = new ArrayList<>(done);
                if (best != null) {
                    contenders.add(best);
                }
                best = best(now, current, currentBase, contenders);
            }
            return out;
        }

        private <T, R> List<R> all(List<T> items, java.util.function.Function<T, R> task) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("remediation interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("evaluating a candidate failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        }

        /** The candidate's model, compiled, and its bound (null: cannot help); null when invalid. */
        private Screened screen(Model current, Violations now, List<Finding> findings, Action action) {
            Model changed = action.patch().applyTo(current);
            CompiledModel compiled;
            try {
                compiled = CompiledModel.compile(changed);
            } catch (InvalidModelException e) {
                return null; // e.g. a user candidate that conflicts with an earlier step
            }
            return new Screened(action, changed, compiled, CandidateScreen.bound(compiled, findings, now.profile()));
        }

        /** One exact re-analysis; null when the time limit passed before or during it. */
        private Evaluation evaluate(Violations now, Screened s) {
            if (timeLeft() != null && timeLeft().isNegative()) {
                return null;
            }
            AnalysisQuestion q = timed(question.analysis().withThreads(1));
            AnalysisResult result = CutSetEngine.analyze(s.compiled(), q, ProgressListener.NONE);
            if (!result.complete()) {
                return null; // only the time limit cuts an analysis short here
            }
            Violations after = Violations.of(s.model(), result);
            return new Evaluation(s.action(), s.model(), result, after, impactRemoved(now, after));
        }

        /** The time left, or null without a limit. */
        private Duration timeLeft() {
            if (question.timeLimit() == null) {
                return null;
            }
            return question.timeLimit().minusNanos(System.nanoTime() - start);
        }

        private AnalysisQuestion timed(AnalysisQuestion q) {
            Duration left = timeLeft();
            if (left == null) {
                return q;
            }
            return q.withTimeLimit(left.isNegative() || left.isZero() ? Duration.ofNanos(1) : left);
        }

        private double impactRemoved(Violations before, Violations after) {
            double sum = 0;
            for (Map.Entry<String, Set<java.util.List<String>>> e : before.pairs().entrySet()) {
                Set<java.util.List<String>> still = after.pairs().getOrDefault(e.getKey(), Set.of());
                long removed = e.getValue().stream().filter(c -> !still.contains(c)).count();
                if (removed > 0) {
                    sum += removed * original.impact().impactOf(services.get(e.getKey()));
                }
            }
            return sum;
        }

        /** The best eligible evaluation: smaller than now, no service regressed; null when none. */
        private Evaluation best(Violations now, Model current, AnalysisResult base, List<Evaluation> evaluations) {
            Comparator<Evaluation> order = Comparator.<Evaluation, Violations>comparing(Evaluation::violations)
                    .thenComparing(Comparator.comparingDouble(Evaluation::impactRemoved).reversed())
                    .thenComparing(e -> e.action().cost(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> e.action().id());
            Evaluation best = null;
            for (Evaluation e : evaluations) {
                if (e.violations().compareTo(now) >= 0) {
                    continue;
                }
                if (best != null && order.compare(e, best) >= 0) {
                    continue;
                }
                if (!ProfileChanges.regressions(ProfileChanges.of(current, base, e.model(), e.analysis())).isEmpty()) {
                    continue;
                }
                best = e;
            }
            return best;
        }

        private PlanStep step(Model current, Violations now, List<Finding> findings, Evaluation best, int candidates,
                              int analysed) {
            Set<List<String>> still = new java.util.HashSet<>();
            best.violations().pairs().values().forEach(still::addAll);
            List<List<String>> resolved = findings.stream().map(Finding::cutSet).filter(c -> !still.contains(c))
                    .toList();
            List<VerdictChange> changes = new ArrayList<>();
            Map<String, NeverOutVerdict> after = new LinkedHashMap<>(best.violations().verdicts());
            now.verdicts().forEach((id, v) -> {
                NeverOutVerdict w = after.get(id);
                if (w != null && w.status() != v.status()) {
                    changes.add(new VerdictChange(id, v.status(), w.status()));
                }
            });
            ModelPatch patch = best.action().patch();
            return new PlanStep(best.action(), List.copyOf(patch.addedTo(current)), List.copyOf(patch.changedIn(current)),
                    now.violations(), best.violations().violations(), now.profile(), best.violations().profile(), changes,
                    resolved, best.impactRemoved(), candidates, analysed);
        }
    }
}
