package org.neverout.report;

import java.util.List;
import java.util.Objects;
import org.neverout.adversary.AttackReport;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutFindings;
import org.neverout.model.Model;
import org.neverout.sectors.SectorReport;

/**
 * Everything a report (and one side of a diff) is made of. The never-out part is always there; the
 * control, availability and compliance sections are optional: null means "not analysed", and a report
 * shows a section only when its data is present.
 *
 * @param model         the validated model
 * @param analysis      the cut-set analysis of that model
 * @param findings      never-out findings of that analysis (see {@link NeverOutFindings}), worst first
 * @param control       control and supplier section, or null
 * @param availability  availability section, or null
 * @param compliance    compliance section, or null
 * @param meta          title, dates and version
 * @param connectivity  the network's own connectivity (a model without services), or null
 * @param previous      the previous recorded period for the trend, or null when none is recorded
 * @param periods       every recorded period for the trend chart, or null when no history store was consulted
 * @param plan          a remediation plan (the decision page's recommended actions), or null when none was
 *                      computed
 * @param attack        the adversary view (cheapest attacks, places to protect), or null when not analysed
 * @param capacity      capacity under failure (link utilisation in every n-1 or n-2 scenario), or null when not
 *                      analysed or the model has no demands
 * @param sectors       the cross-sector view (causes reaching several sectors, the sector matrix), or null when
 *                      not analysed
 */
public record ReportInput(Model model, AnalysisResult analysis, List<Finding> findings, ControlSection control,
                          AvailabilitySection availability, ComplianceSection compliance, ReportMeta meta,
                          ConnectivitySection connectivity, PreviousRun previous,
                          PeriodSeries periods, ReportPlan plan, AttackReport attack,
                          CapacitySection capacity, SectorReport sectors) {
    public ReportInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(meta, "meta");
        findings = List.copyOf(findings);
    }

    /** An input without the history store's periods, a remediation plan, an adversary view or capacity. */
    public ReportInput(Model model, AnalysisResult analysis, List<Finding> findings, ControlSection control,
                       AvailabilitySection availability, ComplianceSection compliance, ReportMeta meta,
                       ConnectivitySection connectivity, PreviousRun previous) {
        this(model, analysis, findings, control, availability, compliance, meta, connectivity, previous, null, null,
                null, null, null);
    }

    /** An input without a previous period. */
    public ReportInput(Model model, AnalysisResult analysis, List<Finding> findings, ControlSection control,
                       AvailabilitySection availability, ComplianceSection compliance, ReportMeta meta,
                       ConnectivitySection connectivity) {
        this(model, analysis, findings, control, availability, compliance, meta, connectivity, null);
    }

    /** An input without a connectivity section. */
    public ReportInput(Model model, AnalysisResult analysis, List<Finding> findings, ControlSection control,
                       AvailabilitySection availability, ComplianceSection compliance, ReportMeta meta) {
        this(model, analysis, findings, control, availability, compliance, meta, null, null);
    }

    /** The never-out part only, findings computed from the analysis, default title and dates. */
    public static ReportInput of(Model model, AnalysisResult analysis) {
        return new ReportInput(model, analysis, NeverOutFindings.of(model, analysis), null, null, null,
                ReportMeta.defaults(model.name()));
    }

    public ReportInput withControl(ControlSection section) {
        return new ReportInput(model, analysis, findings, section, availability, compliance, meta, connectivity,
                previous, periods, plan, attack, capacity, sectors);
    }

    public ReportInput withAvailability(AvailabilitySection section) {
        return new ReportInput(model, analysis, findings, control, section, compliance, meta, connectivity, previous,
                periods, plan, attack, capacity, sectors);
    }

    public ReportInput withCompliance(ComplianceSection section) {
        return new ReportInput(model, analysis, findings, control, availability, section, meta, connectivity,
                previous, periods, plan, attack, capacity, sectors);
    }

    public ReportInput withConnectivity(ConnectivitySection section) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, section, previous,
                periods, plan, attack, capacity, sectors);
    }

    public ReportInput withMeta(ReportMeta newMeta) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, newMeta, connectivity,
                previous, periods, plan, attack, capacity, sectors);
    }

    public ReportInput withPrevious(PreviousRun run) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity, run,
                periods, plan, attack, capacity, sectors);
    }

    public ReportInput withPeriods(PeriodSeries series) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity,
                previous, series, plan, attack, capacity, sectors);
    }

    /** With a remediation plan: the decision page takes its recommended actions from it. */
    public ReportInput withPlan(ReportPlan newPlan) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity,
                previous, periods, newPlan, attack, capacity, sectors);
    }

    /** With the adversary view. */
    public ReportInput withAttack(AttackReport newAttack) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity,
                previous, periods, plan, newAttack, capacity, sectors);
    }

    /** With the capacity-under-failure section. */
    public ReportInput withCapacity(CapacitySection section) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity,
                previous, periods, plan, attack, section, sectors);
    }

    /** With the cross-sector view. */
    public ReportInput withSectors(SectorReport newSectors) {
        return new ReportInput(model, analysis, findings, control, availability, compliance, meta, connectivity,
                previous, periods, plan, attack, capacity, newSectors);
    }
}
