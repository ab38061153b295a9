package org.neverout.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.neverout.engine.EventKind;
import org.neverout.engine.Figures;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.model.Model;

/**
 * The Markdown report (GitHub/GitLab flavoured) for wikis and merge requests: the content of the HTML
 * report as headings and tables, without the map and charts (the adversary view and capacity under
 * failure are their own classes, {@link MarkdownAttackSection} and {@link MarkdownCapacitySection}). Every model string is escaped with
 * {@link Markdown}, so ids cannot inject markup or HTML. Long cut set lists are cut at
 * {@link HtmlAppendix.MAX_CUT_SET_ROWS} per service (the JSON report has them all).
 */
public final class MarkdownReportWriter implements ReportWriter {
    private static final java.time.format.DateTimeFormatter SIGNED_AT = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        ReportFacts facts = ReportFacts.of(input);
        Model model = input.model();
        StringBuilder md = new StringBuilder(64 * 1024);
        md.append("# ").append(Markdown.escape(input.meta().title())).append("\n\n");
        md.append("Periodic independent resilience analysis of model ").append(Markdown.code(model.name()))
                .append(", as of ").append(input.meta().asOf()).append(", order ").append(input.analysis().order())
                .append(".\n\n");
        md.append("**Verdict: ").append(facts.headline()).append("**\n\n");

        long required = facts.verdicts().stream().filter(v -> v.verdict().neverOut() > 0).count();
        md.append("## Decision page\n\n| Measure | Value |\n|---|---:|\n");
        md.append("| Never-out findings (root causes) | ").append(facts.violationCount()).append(" |\n");
        md.append("| Services violated | ").append(facts.servicesInBreach()).append(" / ").append(required)
                .append(" |\n");
        md.append("| Services meeting never-out | ").append(facts.count(NeverOutVerdict.Status.MEETS)).append(" / ")
                .append(required).append(" |\n");
        md.append("| Services unverified (never met) | ").append(facts.servicesUnverified()).append(" / ")
                .append(required).append(" |\n");
        md.append("| Single points of failure (distinct events) | ").append(facts.singlePointEvents().size()).append(" |\n");
        md.append("| Weak links | ").append(facts.weakLinks().size()).append(" |\n");
        if (input.control() != null) {
            int critical = facts.criticalVerdicts().size();
            md.append("| Critical services under defence control | ")
                    .append(critical - facts.uncontrolledCriticalServices().size()).append(" / ").append(critical)
                    .append(" |\n");
            long both = facts.criticalVerdicts().stream().map(v -> input.control().service(v.id()))
                    .filter(c -> c != null && c.ownedAndControlled()).count();
            md.append("| Critical services military owned and controlled | ").append(both).append(" / ")
                    .append(critical).append(" |\n");
        }
        if (input.compliance() != null) {
            md.append("| Compliance findings | ").append(input.compliance().findings().size()).append(" |\n");
        }
        if (input.attack() != null && !input.attack().vitalRanked().isEmpty()) {
            org.neverout.adversary.ServiceAttack cheapest = input.attack().vitalRanked().get(0);
            md.append("| Cheapest attack on a vital service (cost) | ")
                    .append(org.neverout.adversary.AttackText.cost(cheapest.cheapest().cost())).append(" |\n");
        }
        if (input.capacity() != null && input.capacity().result().demands() > 0) {
            md.append("| ").append(CapacityHeadline.measure(input.capacity().result())).append(" | ")
                    .append(CapacityHeadline.value(input.capacity().result())).append(" |\n");
        }
        String attack = AttackHeadline.of(input.attack());
        if (attack != null) {
            md.append("\n**Adversary view:** ").append(Markdown.escape(attack)).append("\n");
        }
        if (input.capacity() != null && input.capacity().result().demands() > 0) {
            md.append("\n**Capacity under failure:** ")
                    .append(Markdown.escape(CapacityHeadline.of(input.capacity().result()))).append("\n");
        }
        if (input.sectors() != null && input.sectors().widest() != null) {
            md.append("\n**Across sectors:** ")
                    .append(Markdown.escape(org.neverout.sectors.SectorText.headline(input.sectors()))).append("\n");
        }
        if (!input.analysis().complete()) {
            md.append("\n> **Incomplete analysis:** ").append(Markdown.escape(input.analysis().incompleteReason()))
                    .append("\n");
        }

        rootCauses(input, md);
        plan(input, md);
        trend(input, facts, md);
        limitationsAndSignOff(input, md);
        if (input.connectivity() != null) {
            md.append('\n').append(input.connectivity().markdown());
        }
        md.append("\n## Verdict per service\n\n| Service | Kind | Never-out | Verdict | Single points | Findings "
                + "| Cut sets |\n|---|---|---:|---|---:|---:|---:|\n");
        for (ServiceVerdict v : facts.verdicts()) {
            md.append("| ").append(Markdown.code(v.id())).append(" | ").append(v.service().kind().token())
                    .append(v.service().category() == null ? "" : " (cat. " + Markdown.escape(v.service().category()) + ")")
                    .append(" | ").append(v.service().neverOut()).append(" | ").append(Markdown.escape(v.describe()))
                    .append(" | ").append(v.singlePoints()).append(" | ").append(v.violations().size()).append(" | ")
                    .append(v.result().cutSets().size()).append(v.result().complete() ? "" : "+").append(" |\n");
        }

        md.append("\n## Network map\n\nThe map is drawn in the HTML report. Weak links:\n\n");
        if (facts.weakLinks().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Link | Why it is weak |\n|---|---|\n");
            facts.weakLinks().forEach((id, reason) -> md.append("| ").append(Markdown.code(id)).append(" | ")
                    .append(Markdown.escape(reason)).append(" |\n"));
        }

        List<Violation> all = facts.mostSevereFindings();
        md.append("\n## Worst findings\n\n");
        if (all.isEmpty()) {
            md.append("No findings.\n");
        } else {
            md.append("| Severity | Rule | Subject | Finding |\n|---|---|---|---|\n");
            for (int i = 0; i < Math.min(15, all.size()); i++) {
                Violation v = all.get(i);
                md.append("| ").append(v.severity().token()).append(" | ").append(Markdown.code(v.rule())).append(" | ")
                        .append(Markdown.code(facts.subjectOf(i, v))).append(" | ").append(Markdown.escape(v.message()))
                        .append(" |\n");
            }
            if (all.size() > 15) {
                md.append("\n").append(all.size() - 15).append(" more findings in the full report.\n");
            }
        }

        md.append("\n## Single points of failure\n\n");
        if (facts.singlePointEvents().isEmpty()) {
            md.append("No single event takes down a critical service.\n");
        } else {
            md.append("| Event | Critical services taken down |\n|---|---|\n");
            facts.singlePointEvents().entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size()).reversed())
                    .forEach(e -> md.append("| ").append(Markdown.code(e.getKey())).append(" | ")
                            .append(e.getValue().stream().map(Markdown::code).collect(Collectors.joining(", ")))
                            .append(" |\n"));
        }

        if (input.attack() != null) {
            MarkdownAttackSection.render(input.attack(), md);
        }
        if (input.capacity() != null && input.capacity().result().demands() > 0) {
            MarkdownCapacitySection.render(input.capacity(), md);
        }
        if (input.control() != null) {
            md.append("\n## Control and suppliers\n\nMilitary owned and controlled: both must hold.\n\n"
                    + "| Service | Controlled (defence-operated) | Owned (defence-owned) | Cannot do without |\n"
                    + "|---|---|---|---|\n");
            for (ServiceControlRow c : input.control().services()) {
                md.append("| ").append(Markdown.code(c.id())).append(" | ").append(c.controlled() ? "yes" : "**no**")
                        .append(" | ").append(c.owned() ? "yes" : "**no**")
                        .append(" | ").append(c.needs().stream().map(Markdown::code).collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
            md.append("\n| Supplier | Services lost |\n|---|---|\n");
            for (SupplierImpact i : input.control().suppliers()) {
                md.append("| ").append(Markdown.code(i.id())).append(" | ").append(i.servicesLost().isEmpty() ? "none"
                        : i.servicesLost().stream().map(Markdown::code).collect(Collectors.joining(", "))).append(" |\n");
            }
        }
        if (input.availability() != null) {
            md.append("\n## Availability\n\nFigures to three significant digits (the JSON report keeps full "
                    + "precision); the verdict is taken on the reported interval of availability.\n\n"
                    + "| Service | Availability | Interval | Downtime/yr | Target | Verdict | Method | Decided by |\n"
                    + "|---|---:|---:|---:|---:|---|---|---|\n");
            for (ServiceAvailabilityRow a : input.availability().services()) {
                md.append("| ").append(Markdown.code(a.id())).append(" | ")
                        .append(Figures.availabilityPercent(a.unavailability())).append(" | ")
                        .append(a.lower() == null || a.upper() == null || a.lower().equals(a.upper()) ? ""
                                : Figures.availabilityRange(a.lower(), a.upper()))
                        .append(" | ").append(Figures.minutes(a.downtimeMinPerYear())).append(" | ")
                        .append(a.target() == null ? "" : Figures.targetPercent(a.target()))
                        .append(" | ").append(a.verdict().token()).append(" | ").append(Markdown.escape(a.method()))
                        .append(" | ").append(a.decidedBy() == null ? "" : Markdown.escape(a.decidedBy()))
                        .append(" |\n");
            }
            if (!input.availability().crownJewels().isEmpty()) {
                md.append("\nCrown jewels: basic events ranked by importance, each service weighted by its impact: ")
                        .append(Markdown.escape(input.availability().weighting())).append(".\n\n")
                        .append("| Crown jewel | Birnbaum | Fussell-Vesely | RAW |\n|---|---:|---:|---:|\n");
                for (CrownJewel j : input.availability().crownJewels()) {
                    md.append("| ").append(Markdown.code(j.event())).append(" | ").append(Figures.number(j.birnbaum()))
                            .append(" | ").append(Figures.number(j.fussellVesely())).append(" | ")
                            .append(Figures.number(j.raw())).append(" |\n");
                }
            }
        }
        if (input.compliance() != null) {
            md.append("\n## Compliance\n\n");
            if (input.compliance().findings().isEmpty()) {
                md.append("No findings.\n");
            } else {
                md.append("| Severity | Rule | Subject | Finding |\n|---|---|---|---|\n");
                List<RuleFindingRow> sorted = new ArrayList<>(input.compliance().findings());
                sorted.sort(ReportFacts.COMPLIANCE_ORDER);
                for (RuleFindingRow f : sorted) {
                    md.append("| ").append(f.severity().token()).append(" | ").append(Markdown.code(f.rule()))
                            .append(" | ").append(Markdown.code(f.subject())).append(" | ")
                            .append(Markdown.escape(f.message())).append(" |\n");
                }
            }
        }
        var a = input.analysis();
        md.append("\n## Method\n\n| | |\n|---|---|\n")
                .append("| Order analysed | ").append(a.order()).append(" |\n")
                .append("| Event kinds | ").append(a.kinds().stream().sorted().map(EventKind::token)
                        .collect(Collectors.joining(", "))).append(" |\n")
                .append("| Completeness | ").append(a.complete() ? "complete"
                        : "incomplete: " + Markdown.escape(a.incompleteReason())).append(" |\n")
                .append("| Engine | NeverOut ").append(Markdown.escape(input.meta().toolVersion())).append(" |\n")
                .append("| Model file | ").append(Markdown.code(model.source().file())).append(" |\n")
                .append("| SHA-256 | ").append(model.source().sha256() == null ? "not recorded"
                        : Markdown.code(model.source().sha256())).append(" |\n")
                .append("| As of | ").append(input.meta().asOf()).append(" |\n")
                .append("| Generated | ").append(input.meta().generatedAt()).append(" |\n");
        md.append("\n## Appendix: minimal cut sets per service\n");
        for (ServiceVerdict v : facts.verdicts()) {
            List<List<String>> sets = v.result().cutSets();
            md.append("\n### ").append(Markdown.escape(v.id())).append("\n\n").append(Markdown.escape(v.describe()))
                    .append("; ").append(sets.size()).append(sets.size() == 1 ? " cut set" : " cut sets")
                    .append(".\n");
            if (sets.isEmpty()) {
                continue;
            }
            md.append("\n| Size | Basic events | Never-out |\n|---:|---|---|\n");
            int n = v.service().neverOut();
            for (List<String> cut : sets.subList(0, Math.min(sets.size(), HtmlAppendix.MAX_CUT_SET_ROWS))) {
                md.append("| ").append(cut.size()).append(" | ").append(cut.isEmpty() ? "*down with no failure*"
                        : cut.stream().map(Markdown::code).collect(Collectors.joining(", "))).append(" | ")
                        .append(n > 0 && cut.size() <= n && !NeverOutVerdict.isOwnEvent(v.id(), cut) ? "violation" : "")
                        .append(" |\n");
            }
            if (sets.size() > HtmlAppendix.MAX_CUT_SET_ROWS) {
                md.append("\n").append(sets.size() - HtmlAppendix.MAX_CUT_SET_ROWS)
                        .append(" more cut sets in the JSON report.\n");
            }
        }

        out.write(ClassificationBanner.markdown(input.model().classification(), md.toString()));
    }

    private static void rootCauses(ReportInput input, StringBuilder md) {
        List<RootCause> causes = RootCauses.of(input, RootCauses.TOP);
        md.append("\n### Top ").append(causes.size()).append(causes.size() == 1 ? " root cause" : " root causes")
                .append(" and what to do\n\n");
        if (causes.isEmpty()) {
            md.append("No never-out finding: no cut set falls within a service's never-out requirement.\n");
            return;
        }
        int n = 1;
        for (RootCause cause : causes) {
            Finding f = cause.finding();
            md.append(n++).append(". **").append(f.severity().token()).append("** ")
                    .append(f.cutSet().isEmpty() ? "*down with no failure*"
                            : f.cutSet().stream().map(Markdown::code).collect(Collectors.joining(" + ")))
                    .append("  \n   Threatens: ").append(f.services().stream().map(Markdown::code)
                            .collect(Collectors.joining(", ")))
                    .append(String.format(Locale.ROOT, " (%d vital, %,d users)", f.vital(), f.users()))
                    .append("  \n   Operated by: ").append(parties(cause.operators()))
                    .append("  \n   Owned by: ").append(parties(cause.owners()))
                    .append("  \n   **Action:** ").append(Markdown.escape(cause.action())).append('\n');
        }
        if (input.findings().size() > causes.size()) {
            md.append("\n").append(input.findings().size() - causes.size())
                    .append(" more root causes under Worst findings and in the JSON report.\n");
        }
    }

    private static void plan(ReportInput input, StringBuilder md) {
        ReportPlan plan = input.plan();
        if (plan == null) {
            return;
        }
        md.append("\n### Remediation plan (each step proven by re-analysis)\n\n");
        if (plan.steps().isEmpty()) {
            md.append("No step: ").append(Markdown.escape(plan.note())).append(".\n");
            return;
        }
        int n = 1;
        for (ReportPlan.Step s : plan.steps()) {
            md.append(n++).append(". ").append(Markdown.escape(s.description())).append(" (")
                    .append(s.violationsBefore()).append(" -> ").append(s.violationsAfter())
                    .append(" never-out violations");
            if (!s.verdictsChanged().isEmpty()) {
                md.append("; ").append(Markdown.escape(String.join(", ", s.verdictsChanged())));
            }
            if (s.cost() != null) {
                md.append(String.format(Locale.ROOT, "; cost %.1f", s.cost()));
            }
            md.append(")\n");
        }
        if (plan.partial()) {
            md.append("\n**Partial plan:** ").append(Markdown.escape(plan.note())).append(".\n");
        }
    }

    private static String parties(List<Party> parties) {
        return parties.isEmpty() ? "no node or link of the model"
                : parties.stream().map(p -> Markdown.escape(p.describe())).collect(Collectors.joining("; "));
    }

    private static void trend(ReportInput input, ReportFacts facts, StringBuilder md) {
        md.append("\n### Trend against the previous period\n\n");
        PreviousRun previous = input.previous();
        if (previous == null) {
            md.append("No previous period recorded: this report cannot say what changed since the last one.\n");
            periods(input, facts, md);
            return;
        }
        PeriodTrend trend = PeriodTrend.of(previous, facts.verdicts());
        md.append(trend.overall().arrow()).append(" **").append(trend.overall().word()).append("** than ")
                .append(Markdown.escape(previous.label())).append(" (recorded ").append(previous.recordedAt())
                .append(", ledger hash ").append(previous.hash() == null ? "not recorded" : Markdown.code(previous.hash()))
                .append(").\n");
        List<PeriodTrend.Change> changed = trend.changes().stream()
                .filter(ch -> ch.direction() != PeriodTrend.Direction.SAME).toList();
        if (!changed.isEmpty()) {
            md.append("\n| Service | Then | Now | Trend |\n|---|---|---|---|\n");
            for (PeriodTrend.Change ch : changed) {
                md.append("| ").append(Markdown.code(ch.service())).append(" | ")
                        .append(ch.then() == null ? "" : standing(ch.then())).append(" | ").append(standing(ch.now()))
                        .append(" | ").append(ch.direction().arrow()).append(' ').append(ch.direction().word())
                        .append(" |\n");
            }
        }
        rootCauses(RootCauseTrend.of(previous, input.findings()), md);
        availability(AvailabilityTrend.of(previous, input.availability()), md);
        periods(input, facts, md);
    }

    private static void rootCauses(RootCauseTrend t, StringBuilder md) {
        md.append("\n#### Root causes added and removed\n\n");
        if (t == null) {
            md.append("The previous period did not record its root causes.\n");
            return;
        }
        md.append(t.then()).append(" root cause").append(t.then() == 1 ? "" : "s").append(" then, ").append(t.now())
                .append(" now: **").append(t.added().size()).append(" added**, **").append(t.removed().size())
                .append(" removed**.\n");
        for (var side : List.of(Map.entry("Added", t.added()), Map.entry("Removed", t.removed()))) {
            if (!side.getValue().isEmpty()) {
                md.append("\n").append(side.getKey()).append(":\n\n");
                side.getValue().forEach(cut -> md.append("- ").append(cut.isEmpty() ? "down with no failure"
                        : cut.stream().map(Markdown::code).collect(Collectors.joining(" + "))).append('\n'));
            }
        }
    }

    private static void availability(AvailabilityTrend t, StringBuilder md) {
        md.append("\n#### Availability then and now\n\n");
        if (t.empty()) {
            md.append("Availability not recorded then or now.\n");
            return;
        }
        md.append("| Service | Then | Now |\n|---|---:|---:|\n");
        for (AvailabilityTrend.Row r : t.rows()) {
            md.append("| ").append(Markdown.code(r.service())).append(" | ").append(percentOrNot(r.then()))
                    .append(" | ").append(percentOrNot(r.now())).append(" |\n");
        }
    }

    private static String percentOrNot(Double availability) {
        return availability == null ? "not recorded" : Figures.availabilityPercent(1 - availability);
    }

    /** The trend chart's figures as a table: every recorded period, oldest first, then "now" unless recorded. */
    private static void periods(ReportInput input, ReportFacts facts, StringBuilder md) {
        if (input.periods() == null) {
            return;
        }
        md.append("\n#### Every recorded period\n\n| Period | As of | Recorded | Violated | Unverified | Meeting "
                + "| Worst availability |\n|---|---|---|---:|---:|---:|---|\n");
        for (PeriodSeries.Period p : input.periods().points(input, facts)) {
            md.append("| ").append(Markdown.escape(p.label())).append(" | ").append(p.asOf()).append(" | ")
                    .append(p.unrecorded() ? "not recorded (this report)" : SIGNED_AT.format(p.recordedAt()))
                    .append(" | ").append(p.violated()).append(" | ").append(p.unverified()).append(" | ")
                    .append(p.meeting()).append(" | ").append(p.worstAvailability() == null ? "not recorded"
                            : percentOrNot(p.worstAvailability()) + " (" + Markdown.code(p.worstService()) + ")")
                    .append(" |\n");
        }
    }

    private static String standing(PreviousRun.ServiceStanding s) {
        return Markdown.escape(s.verdict()) + (s.resilience() == null ? "" : " (fails with " + s.resilience() + ")");
    }

    private static void limitationsAndSignOff(ReportInput input, StringBuilder md) {
        Limitations l = Limitations.of(input);
        md.append("\n## Limitations\n\n");
        for (Limitations.Statement st : l.statements()) {
            md.append("- **").append(Markdown.escape(st.title())).append("**: ").append(Markdown.escape(st.text()))
                    .append('\n');
        }
        md.append("- **Not covered by the model**:\n");
        l.notCovered().forEach(line -> md.append("  - ").append(Markdown.escape(line)).append('\n'));
        ReportMeta meta = input.meta();
        String sha = input.model().source().sha256();
        md.append("\n## Sign-off\n\n| | |\n|---|---|\n| Analyst | ")
                .append(meta.analyst() == null || meta.analyst().isBlank() ? "not named" : Markdown.escape(meta.analyst()))
                .append(" |\n| Date | ").append(meta.asOf()).append(" (as of); generated ")
                .append(SIGNED_AT.format(meta.generatedAt()))
                .append(" |\n| Model SHA-256 | ").append(sha == null ? "not recorded" : Markdown.code(sha))
                .append(" |\n| Ledger hash | ").append(meta.ledgerHash() == null ? "not recorded"
                        : Markdown.code(meta.ledgerHash()))
                .append(" |\n| Analyst signature and date | |\n| Approved (CIO), signature and date | |\n");
    }
}
