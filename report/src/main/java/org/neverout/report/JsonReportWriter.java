package org.neverout.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;

/**
 * The JSON report: the analysis contract of MODEL.md ({@code model}, {@code order},
 * {@code services[].id/up/complete/cut_sets}) plus verdicts, findings, the summary, the optional
 * control, availability and compliance sections (present only when analysed) and report metadata.
 * Field names are snake_case; the ones MODEL.md names are the contract.
 */
public final class JsonReportWriter implements ReportWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        MAPPER.writeValue(out, toJson(input));
        out.write('\n');
    }

    /** The report as a JSON tree. */
    public ObjectNode toJson(ReportInput input) {
        ReportFacts facts = ReportFacts.of(input);
        ObjectNode root = MAPPER.createObjectNode();
        if (input.model().classification().isPresent()) {
            root.put("classification", input.model().classification().marking()); // absent when unclassified
        }
        root.put("model", input.model().name());
        root.put("order", input.analysis().order());
        ArrayNode events = root.putArray("events");
        input.analysis().kinds().stream().sorted().map(EventKind::token).forEach(events::add);
        root.put("complete", input.analysis().complete());
        if (!input.analysis().complete()) {
            root.put("incomplete_reason", input.analysis().incompleteReason());
        }
        ArrayNode services = root.putArray("services");
        for (ServiceVerdict v : facts.verdicts()) {
            services.add(service(v, input.control() == null ? null : input.control().service(v.id())));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : input.findings()) {
            ObjectNode node = findings.addObject();
            node.put("kind", f.kind());
            node.put("rule", RuleIds.neverOut(f.cutSet()));
            cutSet(node.putArray("cut_set"), f.cutSet());
            cutSet(node.putArray("services"), f.services());
            node.put("vital", f.vital());
            node.put("users", f.users());
            node.put("severity", f.severity().token());
            node.put("message", f.message());
        }
        root.set("summary", summary(facts));
        if (input.connectivity() != null) {
            input.connectivity().json(root.putObject("connectivity"));
        }
        if (input.control() != null) {
            root.set("control", control(input.control()));
        }
        if (input.availability() != null) {
            root.set("availability", availability(input.availability()));
        }
        if (input.compliance() != null) {
            root.set("compliance", compliance(input.compliance()));
        }
        if (input.previous() != null || input.periods() != null) {
            root.set("trend", trend(input, facts));
        }
        if (input.attack() != null) {
            ObjectNode attack = MAPPER.valueToTree(org.neverout.adversary.AttackJson.toJson(input.attack()));
            attack.put("headline", AttackHeadline.of(input.attack()));
            root.set("adversary", attack);
        }
        if (input.capacity() != null) {
            // the fields of 'neverout capacity --format json' (MODEL.md 1.1 and ours), as that command writes them
            root.set("capacity", MAPPER.valueToTree(org.neverout.capacity.CapacityRenderer.toJson(
                    input.capacity().result(), input.capacity().unit())));
        }
        if (input.sectors() != null && input.sectors().sectorsNamed()) {
            ObjectNode sectors = MAPPER.valueToTree(org.neverout.sectors.SectorJson.toJson(input.sectors()));
            sectors.put("headline", org.neverout.sectors.SectorText.headline(input.sectors()));
            root.set("sectors", sectors);
        }
        root.set("report", meta(input));
        return root;
    }

    /** The trend against the previous period and every recorded period (docs/HISTORY.md, "Trend"). */
    private static ObjectNode trend(ReportInput input, ReportFacts facts) {
        ObjectNode node = MAPPER.createObjectNode();
        PreviousRun previous = input.previous();
        if (previous == null) {
            node.putNull("previous");
        } else {
            ObjectNode p = node.putObject("previous").put("label", previous.label())
                    .put("recorded_at", previous.recordedAt().toString());
            if (previous.hash() == null) {
                p.putNull("hash");
            } else {
                p.put("hash", previous.hash());
            }
            PeriodTrend t = PeriodTrend.of(previous, facts.verdicts());
            node.put("overall", t.overall().word());
            ArrayNode services = node.putArray("services");
            for (PeriodTrend.Change ch : t.changes()) {
                ObjectNode s = services.addObject().put("service", ch.service());
                standing(s, "then", ch.then());
                standing(s, "now", ch.now());
                s.put("direction", ch.direction().word());
            }
            RootCauseTrend causes = RootCauseTrend.of(previous, input.findings());
            if (causes == null) {
                node.putNull("root_causes_added");
                node.putNull("root_causes_removed");
            } else {
                ArrayNode added = node.putArray("root_causes_added");
                causes.added().forEach(cut -> cutSet(added.addArray(), cut));
                ArrayNode removed = node.putArray("root_causes_removed");
                causes.removed().forEach(cut -> cutSet(removed.addArray(), cut));
            }
            ArrayNode availability = node.putArray("availability");
            for (AvailabilityTrend.Row r : AvailabilityTrend.of(previous, input.availability()).rows()) {
                ObjectNode a = availability.addObject().put("service", r.service());
                number(a, "then", r.then());
                number(a, "now", r.now());
            }
        }
        if (input.periods() != null) {
            ArrayNode periods = node.putArray("periods");
            for (PeriodSeries.Period p : input.periods().points(input, facts)) {
                ObjectNode n = periods.addObject().put("label", p.label());
                if (p.unrecorded()) {
                    n.putNull("recorded_at");
                    n.putNull("hash");
                } else {
                    n.put("recorded_at", p.recordedAt().toString());
                    if (p.hash() == null) {
                        n.putNull("hash");
                    } else {
                        n.put("hash", p.hash());
                    }
                }
                n.put("as_of", p.asOf().toString()).put("recorded", !p.unrecorded())
                        .put("services_violated", p.violated()).put("services_unverified", p.unverified())
                        .put("services_meeting", p.meeting());
                if (p.worstAvailability() == null) {
                    n.putNull("worst_availability");
                } else {
                    n.putObject("worst_availability").put("service", p.worstService())
                            .put("availability", p.worstAvailability());
                }
            }
        }
        return node;
    }

    private static void standing(ObjectNode node, String field, PreviousRun.ServiceStanding s) {
        if (s == null) {
            node.putNull(field);
            return;
        }
        ObjectNode n = node.putObject(field).put("verdict", s.verdict());
        if (s.resilience() == null) {
            n.putNull("resilience");
        } else {
            n.put("resilience", s.resilience());
        }
    }

    private static void number(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static ObjectNode service(ServiceVerdict v, ServiceControlRow control) {
        ServiceResult r = v.result();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", r.id());
        if (v.service().name() != null) {
            node.put("name", v.service().name());
        }
        node.put("kind", v.service().kind().token());
        node.put("never_out", v.service().neverOut());
        if (v.service().category() != null) {
            node.put("category", v.service().category());
        }
        node.put("up", r.up());
        node.put("complete", r.complete());
        if (!r.complete()) {
            node.put("incomplete_reason", r.incompleteReason());
        }
        node.put("verdict", v.verdict().status().token());
        node.put("resilience", v.verdict().resilience());
        node.put("resilience_at_least", v.verdict().resilienceAtLeast());
        if (control != null) {
            node.put("controlled", control.controlled());
            node.put("owned", control.owned());
        }
        node.put("violations", v.violations().size());
        node.put("single_points_of_failure", v.singlePoints());
        ArrayNode sets = node.putArray("cut_sets");
        for (List<String> cut : r.cutSets()) {
            cutSet(sets.addArray(), cut);
        }
        return node;
    }

    private static ObjectNode summary(ReportFacts facts) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("verdict", facts.passes() ? "pass" : facts.servicesInBreach() > 0 ? "fail"
                : facts.hasRequirements() ? "unverified" : "none");
        node.put("headline", facts.headline());
        node.put("services", facts.verdicts().size());
        node.put("critical_services", facts.criticalVerdicts().size());
        node.put("services_in_breach", facts.servicesInBreach());
        node.put("services_meeting", facts.count(NeverOutVerdict.Status.MEETS));
        node.put("services_unverified", facts.servicesUnverified());
        node.put("violations", facts.violationCount());
        if (facts.worstSeverity() != null) {
            node.put("worst_severity", facts.worstSeverity().token());
        }
        reasons(node.putArray("weak_links"), facts.weakLinks());
        reasons(node.putArray("single_point_nodes"), facts.singlePointNodes());
        return node;
    }

    private static void reasons(ArrayNode array, Map<String, String> reasons) {
        reasons.forEach((id, reason) -> array.addObject().put("id", id).put("reason", reason));
    }

    private static ObjectNode control(ControlSection section) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode services = node.putArray("services");
        for (ServiceControlRow c : section.services()) {
            ObjectNode s = services.addObject().put("id", c.id()).put("controlled", c.controlled())
                    .put("owned", c.owned());
            cutSet(s.putArray("needs"), c.needs());
        }
        ArrayNode suppliers = node.putArray("suppliers");
        for (SupplierImpact i : section.suppliers()) {
            cutSet(suppliers.addObject().put("id", i.id()).putArray("services_lost"), i.servicesLost());
        }
        return node;
    }

    private static ObjectNode availability(AvailabilitySection section) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode services = node.putArray("services");
        for (ServiceAvailabilityRow a : section.services()) {
            ObjectNode s = services.addObject();
            s.put("id", a.id());
            s.put("unavailability", a.unavailability());
            if (a.lower() != null) {
                s.put("lower", a.lower());
            }
            if (a.upper() != null) {
                s.put("upper", a.upper());
            }
            s.put("downtime_min_per_year", a.downtimeMinPerYear());
            if (a.method() != null) {
                s.put("method", a.method());
            }
            if (a.target() != null) {
                s.put("target", a.target());
            }
            s.put("verdict", a.verdict().token());
            s.put("decided_by", a.decidedBy());
        }
        node.put("crown_jewels_weighting", section.weighting());
        ArrayNode jewels = node.putArray("crown_jewels");
        for (CrownJewel j : section.crownJewels()) {
            jewels.addObject().put("event", j.event()).put("birnbaum", j.birnbaum())
                    .put("fussell_vesely", j.fussellVesely()).put("raw", j.raw());
        }
        return node;
    }

    private static ObjectNode compliance(ComplianceSection section) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rules_checked", section.rulesChecked());
        ArrayNode findings = node.putArray("findings");
        for (RuleFindingRow f : section.findings()) {
            ObjectNode n = findings.addObject().put("rule", f.rule());
            if (f.title() != null) {
                n.put("title", f.title());
            }
            n.put("severity", f.severity().token()).put("subject", f.subject()).put("message", f.message());
        }
        return node;
    }

    private static ObjectNode meta(ReportInput input) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", input.meta().title());
        node.put("as_of", input.meta().asOf().toString());
        node.put("generated_at", input.meta().generatedAt().toString());
        node.put("tool", "NeverOut");
        node.put("version", input.meta().toolVersion());
        node.put("model_file", input.model().source().file());
        if (input.model().source().sha256() != null) {
            node.put("model_sha256", input.model().source().sha256());
        }
        if (input.meta().ledgerHash() != null) {
            node.put("ledger_hash", input.meta().ledgerHash());
        }
        node.put("scenarios_evaluated", input.analysis().scenariosEvaluated());
        node.put("elapsed_ms", input.analysis().elapsed().toMillis());
        return node;
    }

    private static void cutSet(ArrayNode array, List<String> ids) {
        ids.forEach(array::add);
    }
}
