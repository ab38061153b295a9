package org.neverout.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neverout.compliance.ComplianceResult;
import org.neverout.compliance.RuleFinding;
import org.neverout.control.ControlAnalysis;
import org.neverout.control.ControlReport;
import org.neverout.control.ServiceControl;
import org.neverout.control.SupplierControl;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.model.Model;
import org.neverout.quant.AvailabilityReport;
import org.neverout.quant.ImportanceMeasure;
import org.neverout.quant.ServiceAvailability;
import org.neverout.report.AvailabilitySection;
import org.neverout.report.ComplianceSection;
import org.neverout.report.ControlSection;
import org.neverout.report.CrownJewel;
import org.neverout.report.RuleFindingRow;
import org.neverout.report.ServiceAvailabilityRow;
import org.neverout.report.ServiceControlRow;
import org.neverout.report.SupplierImpact;

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
        List<ServiceControlRow> services = new ArrayList<>();
        for (ServiceControl s : report.services()) {
            List<String> needs = s.dependence() == null ? List.of() : s.dependence().topSuppliers();
            services.add(new ServiceControlRow(s.id(), s.controlled(), s.owned(), needs));
        }
        List<SupplierImpact> suppliers = new ArrayList<>();
        for (SupplierControl s : report.suppliers()) {
            suppliers.add(new SupplierImpact(s.id(), s.servicesLost()));
        }
        return new ControlSection(services, suppliers);
    }

    static ComplianceSection compliance(ComplianceResult result) {
        List<RuleFindingRow> findings = new ArrayList<>();
        for (RuleFinding f : result.findings()) {
            findings.add(new RuleFindingRow(f.rule(), f.title(), f.severity(), f.subject(),
                    f.message(), f.pack()));
        }
        return new ComplianceSection(findings, result.rules().size());
    }

    static AvailabilitySection availability(AvailabilityReport report, Model model) {
        List<ServiceAvailabilityRow> services = new ArrayList<>();
        for (ServiceAvailability s : report.services()) {
            services.add(new ServiceAvailabilityRow(s.id(), s.unavailability(), s.reportedLower(), s.reportedUpper(),
                    s.downtimeMinutesPerYear(), s.method().token(), s.target(), s.verdict(), s.decidedBy()));
        }
        List<CrownJewel> jewels = new ArrayList<>();
        for (ImportanceMeasure m : report.crownJewels().subList(0, Math.min(CROWN_JEWELS, report.crownJewels().size()))) {
            jewels.add(new CrownJewel(m.event(), m.birnbaum(), m.fussellVesely(), m.raw() == null ? Double.NaN : m.raw()));
        }
        return new AvailabilitySection(services, jewels, model.impact().describe());
    }
}
