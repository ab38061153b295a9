package org.neverout.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.NetworkState;
import org.neverout.engine.ProgressListener;
import org.neverout.model.Authorisation;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.ModelIndex;
import org.neverout.model.Node;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.Supplier;

/**
 * The control analysis ("military owned and controlled") of a model.
 *
 * <p>A service is <b>controlled</b> when it is up after every supplier event at once: it runs on
 * defence-operated elements alone. It is <b>owned</b> when it is up with every node and link whose
 * {@code owner} is not defence down (MODEL.md 1.1 "Owned"). For an uncontrolled service that is up with no failure,
 * {@link MinimumDependenceSearch} finds what it cannot do without. Per supplier, its own event alone
 * gives the services lost; {@link SensitiveKnowledge} defines sensitive knowledge; authorisations are
 * judged against {@code asOf}.
 *
 * <p>Cost: O(suppliers + 3) network evaluations of O(V + E + services), plus per uncontrolled service
 * the exact minimum trees of {@link MinimumDependenceSearch} (a Dijkstra pass for two endpoint entries;
 * under a second for a thousand such services on a thousand nodes) and, only where those leave the
 * answer open, its bounded search; plus (without a given analysis) an order-2 node and link cut set
 * analysis.
 */
public final class ControlAnalysis {
    private ControlAnalysis() {
    }

    /** Analyses with the default limits. See {@link #analyze(Model, CompiledModel, AnalysisResult, LocalDate, ControlLimits)}. */
    public static ControlReport analyze(Model model, CompiledModel compiled, AnalysisResult analysis, LocalDate asOf) {
        return analyze(model, compiled, analysis, asOf, ControlLimits.DEFAULT);
    }

    /**
     * @param analysis  cut sets of the model (used to find critical elements for sensitive knowledge);
     *                  when null, or when it did not enumerate node and link events or went below order 2,
     *                  an order-2 node and link analysis is run here
     * @param asOf      the date authorisations are judged at (the CLI's {@code --as-of}, default today)
     */
    public static ControlReport analyze(Model model, CompiledModel compiled, AnalysisResult analysis, LocalDate asOf,
                                        ControlLimits limits) {
        ModelIndex index = ModelIndex.of(model);
        boolean[] baseline = new NetworkState(compiled).serviceStates();
        boolean[] withoutSuppliers = statesAfter(compiled, model.suppliers().stream()
                .map(s -> "supplier:" + s.id()).toList());
        boolean[] ownedOnly = NetworkState.evaluate(compiled, notOwnedByDefence(model));

        SupplierOperated operated = new SupplierOperated(model, compiled, index);
        MinimumDependenceSearch search = new MinimumDependenceSearch(model, compiled, operated, limits);
        List<ServiceControl> services = new ArrayList<>();
        for (int s = 0; s < model.services().size(); s++) {
            Service service = model.services().get(s);
            boolean controlled = withoutSuppliers[s];
            SupplierDependence dependence = !controlled && baseline[s] ? search.search(s) : null;
            services.add(new ServiceControl(service.id(), service.name(), service.kind(), service.users(),
                    service.category(), controlled, ownedOnly[s], !baseline[s], dependence));
        }

        SensitiveKnowledge knowledge = new SensitiveKnowledge(model, index, criticalSource(compiled, analysis));
        List<SupplierControl> suppliers = new ArrayList<>();
        for (Supplier top : index.topSuppliers()) {
            addSupplier(top, 0, model, compiled, index, baseline, knowledge, asOf, limits, suppliers);
        }
        String worst = suppliers.stream()
                .filter(s -> !s.servicesLost().isEmpty())
                .min(Comparator.comparingInt((SupplierControl s) -> -s.vitalServicesLost().size())
                        .thenComparingLong(s -> -s.usersLost())
                        .thenComparingInt(s -> -s.servicesLost().size()))
                .map(SupplierControl::id).orElse(null);
        return new ControlReport(model.name(), asOf, limits.expiryWarningDays(), services, suppliers,
                knowledge.order(), worst);
    }

    private static AnalysisResult criticalSource(CompiledModel compiled, AnalysisResult analysis) {
        if (analysis != null && analysis.order() >= SensitiveKnowledge.CRITICAL_ORDER
                && analysis.kinds().contains(EventKind.NODE) && analysis.kinds().contains(EventKind.LINK)) {
            return analysis;
        }
        AnalysisQuestion question = AnalysisQuestion.defaults().withOrder(SensitiveKnowledge.CRITICAL_ORDER)
                .withKinds(EnumSet.of(EventKind.NODE, EventKind.LINK));
        return CutSetEngine.analyze(compiled, question, ProgressListener.NONE);
    }

    private static void addSupplier(Supplier supplier, int depth, Model model, CompiledModel compiled,
                                    ModelIndex index, boolean[] baseline, SensitiveKnowledge knowledge,
                                    LocalDate asOf, ControlLimits limits, List<SupplierControl> out) {
        boolean[] after = statesAfter(compiled, List.of("supplier:" + supplier.id()));
        List<String> lost = new ArrayList<>();
        List<String> vitalLost = new ArrayList<>();
        long users = 0;
        for (int s = 0; s < baseline.length; s++) {
            if (baseline[s] && !after[s]) {
                Service service = model.services().get(s);
                lost.add(service.id());
                if (service.kind() == ServiceKind.VITAL) {
                    vitalLost.add(service.id());
                }
                users += service.users() == null ? 0 : service.users();
            }
        }
        String id = supplier.id();
        List<String> operatedNodes = model.nodes().stream().filter(n -> id.equals(n.operator())).map(Node::id).toList();
        List<String> operatedLinks = model.links().stream().filter(l -> id.equals(l.operator())).map(Link::id).toList();
        List<String> ownedNodes = model.nodes().stream().filter(n -> id.equals(n.owner())).map(Node::id).toList();
        List<String> ownedLinks = model.links().stream().filter(l -> id.equals(l.owner())).map(Link::id).toList();
        List<AuthorisationStatus> authorisations = new ArrayList<>();
        boolean valid = false;
        for (Authorisation a : supplier.authorisations()) {
            AuthorisationStatus status = judge(a, asOf, limits.expiryWarningDays());
            valid |= status.state() != AuthorisationStatus.State.EXPIRED;
            authorisations.add(status);
        }
        boolean operates = !operatedNodes.isEmpty() || !operatedLinks.isEmpty();
        List<String> sensitive = knowledge.elements(supplier);
        out.add(new SupplierControl(id, supplier.name(), supplier.parent(), depth, lost, vitalLost, users,
                operatedNodes, operatedLinks, ownedNodes, ownedLinks, supplier.knows(), sensitive,
                knowledge.services(sensitive), authorisations, operates && !valid));
        for (Supplier child : index.children(id)) {
            addSupplier(child, depth + 1, model, compiled, index, baseline, knowledge, asOf, limits, out);
        }
    }

    /** Expired before {@code asOf}; expiring on or before {@code asOf + warningDays}; valid after that or without end date. */
    static AuthorisationStatus judge(Authorisation a, LocalDate asOf, int warningDays) {
        if (a.validUntil() == null) {
            return new AuthorisationStatus(a.scope(), null, AuthorisationStatus.State.VALID, null);
        }
        long days = ChronoUnit.DAYS.between(asOf, a.validUntil());
        AuthorisationStatus.State state = days < 0 ? AuthorisationStatus.State.EXPIRED
                : days <= warningDays ? AuthorisationStatus.State.EXPIRING : AuthorisationStatus.State.VALID;
        return new AuthorisationStatus(a.scope(), a.validUntil(), state, days);
    }

    /** Node and link ids whose legal owner is not defence (their events, for the "owned" state). */
    private static List<String> notOwnedByDefence(Model model) {
        List<String> out = new ArrayList<>();
        model.nodes().stream().filter(n -> !Model.DEFENCE.equals(n.owner())).forEach(n -> out.add(n.id()));
        model.links().stream().filter(l -> !Model.DEFENCE.equals(l.owner())).forEach(l -> out.add(l.id()));
        return out;
    }

    private static boolean[] statesAfter(CompiledModel compiled, List<String> events) {
        NetworkState state = new NetworkState(compiled);
        for (String id : events) {
            state.apply(compiled.eventIndex(id));
        }
        return state.serviceStates();
    }
}
