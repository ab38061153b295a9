package org.neverout.adversary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.NetworkState;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * The adversary view (MODEL.md 1.1 "Adversary view", issue 15): per service the cheapest attack of size
 * &lt;= K with its {@code proven} flag and, where it applies, the exact cheapest cut of any size; per
 * element the vital services it would help take down, grouped by site.
 *
 * <p>The cut sets come from the engine ({@link CutSetEngine}), run only over the enumerated kinds that
 * have at least one attackable event: a minimal cut set made of attackable events is minimal whatever
 * else may fail, so leaving out kinds that can never be in an attack changes no answer and saves their
 * enumeration. Cost: one cut-set analysis, plus O(total cut-set size), plus one maximum flow per service
 * the exact cut applies to whose cheapest attack is not proven (a proven one is already the exact answer).
 */
public final class AttackAnalysis {
    private AttackAnalysis() {
    }

    public static AttackReport run(Model model, AnalysisQuestion question, ProgressListener progress) {
        return run(model, CompiledModel.compile(model), question, progress);
    }

    public static AttackReport run(Model model, CompiledModel compiled, AnalysisQuestion question,
                                   ProgressListener progress) {
        return run(model, compiled, question, null, progress);
    }

    /**
     * The same, reusing {@code analysed} (the cut sets of {@code question} already enumerated, e.g. by the
     * report) when it is complete: its minimal cut sets made of attackable events are exactly those of the
     * attackable kinds alone (see above), so no second enumeration is needed. Null or incomplete: enumerates.
     */
    public static AttackReport run(Model model, CompiledModel compiled, AnalysisQuestion question,
                                   AnalysisResult analysed, ProgressListener progress) {
        AttackCosts costs = AttackCosts.of(model, compiled);
        Set<EventKind> attackableKinds = EnumSet.noneOf(EventKind.class);
        List<BasicEvent> events = compiled.events();
        // the two cheapest attackable events of the enumerated kinds: the proven bound excludes one's own
        int cheapest = -1;
        int second = -1;
        for (int e = 0; e < events.size(); e++) {
            if (!costs.attackable(e) || !question.kinds().contains(events.get(e).kind())) {
                continue;
            }
            attackableKinds.add(events.get(e).kind());
            if (cheapest < 0 || costs.cost(e) < costs.cost(cheapest)) {
                second = cheapest;
                cheapest = e;
            } else if (second < 0 || costs.cost(e) < costs.cost(second)) {
                second = e;
            }
        }
        AnalysisResult cuts = attackableKinds.isEmpty() ? null
                : analysed != null && analysed.complete() ? analysed
                : CutSetEngine.analyze(compiled, question.withKinds(attackableKinds), progress);
        boolean[] up = new NetworkState(compiled).serviceStates();
        ElementSites sites = new ElementSites(model);
        AttackWords words = new AttackWords(model);
        MinimumCostCut maxFlow = null;
        List<ServiceAttack> out = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            ServiceResult result = cuts == null ? null : cuts.services().get(s);
            int own = compiled.eventIndex(service.id());
            int lowestEvent = cheapest == own ? second : cheapest;
            Double lowest = lowestEvent < 0 ? null : costs.cost(lowestEvent);
            boolean complete = result == null || result.complete();
            CheapestAttack attack = null;
            List<List<String>> tied = List.of();
            if (result != null) {
                CheapestAttackFinder.Found found = CheapestAttackFinder.find(result, costs);
                if (!found.tied().isEmpty()) {
                    tied = found.tied();
                    List<String> first = tied.get(0);
                    attack = new CheapestAttack(found.cost(), first,
                            complete && CheapestAttackFinder.proven(found.cost(), question.order(), lowest),
                            sites.sitesOf(first));
                }
            }
            MinimumCut anySize = null;
            if (up[s] && MinimumCostCut.applies(service, question.kinds()) && attack != null && attack.proven()) {
                // proven and complete: no set of any size is cheaper, and the attack itself separates the ends
                anySize = new MinimumCut(attack.cost(), attack.cutSet());
            } else if (up[s] && MinimumCostCut.applies(service, question.kinds())) {
                if (maxFlow == null) {
                    maxFlow = new MinimumCostCut(model, costs, question.kinds());
                }
                anySize = maxFlow.between(service.endpoints().get(0).get(0), service.endpoints().get(1).get(0), costs);
            }
            out.add(new ServiceAttack(service.id(), service.name(), service.kind(),
                    service.users() == null ? 0 : service.users(), service.category(), up[s], complete,
                    result == null ? null : result.incompleteReason(), attack, tied,
                    lowest == null ? null : (question.order() + 1) * lowest, anySize));
        }
        List<SiteExposure> exposure = AttackExposure.of(model, compiled, costs, out, sites, words);
        return new AttackReport(model.name(), question.order(), question.kinds(), out, exposure,
                cuts == null || cuts.complete(), cuts == null ? null : cuts.incompleteReason());
    }
}
