package org.neverout.cli;

import java.util.ArrayList;
import java.util.List;

import java.time.LocalDate;

import org.neverout.compliance.ComplianceResult;
import org.neverout.control.ControlAnalysis;
import org.neverout.control.ControlReport;
import org.neverout.control.SupplierControl;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.report.ControlSection;
import org.neverout.report.ServiceControl;
import org.neverout.report.SupplierImpact;
import org.neverout.compliance.Finding;
import org.neverout.engine.Severity;
import org.neverout.quant.AvailabilityReport;
import org.neverout.quant.ImportanceMeasure;
import org.neverout.report.AvailabilitySection;
import org.neverout.report.ComplianceFinding;
import org.neverout.report.ComplianceSection;
import org.neverout.report.CrownJewel;
import org.neverout.report.ServiceAvailability;
import org.neverout.report.TargetVerdict;

/** Maps the analyses' own results into the report's neutral section records. */
final class Sections {
    /** Crown jewels a report lists. */
    static final int CROWN_JEWELS = 10;

    private Sections() {
    }

    static ControlSection control(Model model, CompiledModel compiled, AnalysisResult analysis, LocalDate asOf) {
        return control(ControlAnalysis.analyze(model, compiled, analysis, asOf));
    }

    static ControlSection control(ControlReport report) {
        List<ServiceControl> services = new ArrayList<>();
        for (org.neverout.control.ServiceControl s : report.services()) {
            List<String> needs = s.dependence() == null ? List.of() : s.dependence().topSuppliers();
            services.add(new ServiceControl(s.id(), s.controlled(), s.owned(), needs));
        }
        List<SupplierImpact> suppliers = new ArrayList<>();
        for (SupplierControl s : report.suppliers()) {
            suppliers.add(new SupplierImpact(s.id(), s.servicesLost()));
        }
        return new ControlSection(services, suppliers);
    }

    static ComplianceSection compliance(ComplianceResult result) {
        List<ComplianceFinding> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(new ComplianceFinding(f.rule(), f.title(), Severity.valueOf(f.severity().name()), f.subject(),
                    f.message()));
        }
        return new ComplianceSection(findings, result.rules().size());
    }

    static AvailabilitySection availability(AvailabilityReport report) {
        List<ServiceAvailability> services = new ArrayList<>();
        for (org.neverout.quant.ServiceAvailability s : report.services()) {
            services.add(new ServiceAvailability(s.id(), s.unavailability(), s.lower(), s.upper(),
                    s.downtimeMinutesPerYear(), s.method().token(), s.target(), verdict(s.verdict())));
        }
        List<CrownJewel> jewels = new ArrayList<>();
        for (ImportanceMeasure m : report.crownJewels().subList(0, Math.min(CROWN_JEWELS, report.crownJewels().size()))) {
            jewels.add(new CrownJewel(m.event(), m.birnbaum(), m.fussellVesely(), m.raw() == null ? Double.NaN : m.raw()));
        }
        return new AvailabilitySection(services, jewels);
    }

    private static TargetVerdict verdict(org.neverout.quant.Verdict v) {
        return switch (v) {
            case MET -> TargetVerdict.MEETS;
            case NOT_MET -> TargetVerdict.MISSES;
            case UNDECIDED -> TargetVerdict.UNCERTAIN;
            case NO_TARGET -> TargetVerdict.NO_TARGET;
        };
    }
}
