package org.neverout.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.neverout.adversary.AttackAnalysis;
import org.neverout.adversary.AttackReport;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.EventKind;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Severity;
import org.neverout.model.tree.Format;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.Service;

/** Models and report inputs for the report tests. */
public final class TestModels {
    /** The bundled example, read from the repository (not from /work/shared). */
    static final Path EXAMPLE = Path.of("..", "examples", "nafin-example.yaml");
    static final Instant GENERATED = Instant.parse("2026-11-28T09:00:00Z");

    private TestModels() {
    }

    /** The bundled example model, when this checkout has it. */
    static Optional<Model> example() {
        return Files.isRegularFile(EXAMPLE) ? Optional.of(ModelLoader.load(EXAMPLE)) : Optional.empty();
    }

    public static Model parse(String yaml, String file) {
        return ModelLoader.parse(yaml, file, Format.YAML);
    }

    public static AnalysisResult analyze(Model model, int order) {
        AnalysisQuestion question = new AnalysisQuestion(order, EnumSet.allOf(EventKind.class), 1, 0, null);
        return CutSetEngine.analyze(CompiledModel.compile(model), question, ProgressListener.NONE);
    }

    /** The never-out part of a report of the model at that order, with fixed metadata. */
    public static ReportInput input(Model model, int order) {
        ReportInput input = ReportInput.of(model, analyze(model, order));
        return input.withMeta(new ReportMeta("Resilience analysis " + model.name(), LocalDate.of(2026, 11, 28),
                GENERATED, "0.1.0-test"));
    }

    /**
     * Illustrative control, availability and compliance sections derived from the model and analysis, so
     * the optional sections render (the real ones come from the control, quant and compliance modules).
     * A service counts as controlled when no cut set of one event is a supplier event. The adversary view
     * and capacity are the real analyses.
     */
    public static ReportInput withSampleSections(ReportInput input) {
        Model model = input.model();
        List<ServiceControlRow> control = new ArrayList<>();
        List<ServiceAvailabilityRow> availability = new ArrayList<>();
        for (ServiceResult r : input.analysis().services()) {
            List<String> needs = r.cutSets().stream().filter(c -> c.size() == 1 && c.get(0).startsWith("supplier:"))
                    .map(c -> c.get(0).substring("supplier:".length())).toList();
            control.add(new ServiceControlRow(r.id(), needs.isEmpty(), true, needs));
            Service s = model.services().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
            double q = 2e-6 * (1 + r.singlePointsOfFailure().size()) + 1e-7 * r.cutSets().size();
            Double target = s.availabilityTarget();
            TargetVerdict verdict = target == null ? TargetVerdict.NO_TARGET
                    : 1 - q >= target ? TargetVerdict.MET : TargetVerdict.NOT_MET;
            availability.add(new ServiceAvailabilityRow(r.id(), q, q * 0.9, q * 1.1, q * 525960, "cut sets (rare event)",
                    target, verdict, verdict == TargetVerdict.NO_TARGET ? null : "bounds of order 2"));
        }
        List<SupplierImpact> suppliers = model.suppliers().stream().map(sup -> new SupplierImpact(sup.id(),
                input.analysis().services().stream()
                        .filter(r -> r.cutSets().contains(List.of("supplier:" + sup.id())))
                        .map(ServiceResult::id).toList())).toList();
        List<CrownJewel> jewels = new ArrayList<>();
        ReportFacts.of(input).singlePointEvents().forEach((event, services) -> jewels.add(
                new CrownJewel(event, 1e-3 * services.size(), 0.05 * services.size(), 1 + 10.0 * services.size())));
        jewels.sort((a, b) -> Double.compare(b.raw(), a.raw()));
        List<RuleFindingRow> compliance = new ArrayList<>();
        model.suppliers().forEach(sup -> sup.authorisations().forEach(a -> {
            if (a.validUntil() != null && a.validUntil().isBefore(LocalDate.of(2026, 11, 28))) {
                compliance.add(new RuleFindingRow("SC-01", "Supplier authorisations valid", Severity.HIGH, sup.id(),
                        "authorisation '" + a.scope() + "' of supplier " + sup.id() + " expired on " + a.validUntil()));
            }
        }));
        model.externalParties().forEach(p -> {
            if (!Boolean.TRUE.equals(p.evidence().firewall())) {
                compliance.add(new RuleFindingRow("CC-01", "Firewall at the connection", Severity.CRITICAL, p.id(),
                        "external party " + p.id() + " declares no firewall at its connection"));
            }
        });
        AttackReport attack = AttackAnalysis.run(model, new AnalysisQuestion(input.analysis().order(),
                input.analysis().kinds(), 1, 0, null), ProgressListener.NONE);
        ReportInput sampled = input.withControl(new ControlSection(control, suppliers))
                .withAvailability(new AvailabilitySection(availability, jewels, model.impact().describe()))
                .withCompliance(new ComplianceSection(compliance, 24))
                .withAttack(attack)
                .withSectors(org.neverout.sectors.SectorAnalysis.of(model,
                        org.neverout.engine.CompiledModel.compile(model), input.analysis()));
        // capacity as the report command computes it (n-1 over node,link), when the model has demands
        return org.neverout.capacity.Demands.of(model).isEmpty() ? sampled : sampled.withCapacity(capacity(model));
    }

    /** The capacity section of a model as {@code report} computes it: n-1 over node and link, one thread. */
    public static CapacitySection capacity(Model model) {
        return new CapacitySection(org.neverout.capacity.CapacityAnalysis.analyze(model,
                org.neverout.capacity.CapacityQuestion.defaults()), "Gbit/s");
    }
}
