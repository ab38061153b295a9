package org.neverout.report;

import org.neverout.engine.TargetVerdict;
import static org.neverout.report.HtmlContext.esc;

import java.util.List;
import java.util.Locale;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;

/**
 * The report's first page, what a CIO decides on: the overall verdict, the services meeting, violating and
 * unverified, the headline numbers, the top five root causes (each with the services and users it
 * threatens, who operates and owns what it takes down, and a recommended action) and the trend against the
 * previous period (or that none is recorded).
 */
final class HtmlDecisionPage implements HtmlSection {
    /** Services named per root cause before "+n more". */
    private static final int SERVICES_NAMED = 5;
    /** Changed services in the trend table; the others are named in one line below it. */
    private static final int TREND_ROWS = 3;

    private final HtmlContext c;

    HtmlDecisionPage(HtmlContext context) {
        this.c = context;
    }

    @Override
    public String id() {
        return "decision";
    }

    @Override
    public String navLabel() {
        return "Decision";
    }

    @Override
    public void render(StringBuilder html) {
        ReportFacts facts = c.facts;
        html.append("<section id=\"decision\" class=\"card decision\"><h2>Decision page</h2><p class=\"verdict-line\">")
                .append("<span class=\"verdict ").append(tone(facts)).append("\">")
                .append(esc(HtmlContext.capitalised(facts.headline()))).append("</span> ")
                .append(esc(sentence(facts))).append("</p>");
        kpis(html, facts);
        String attack = AttackHeadline.of(c.input.attack());
        if (attack != null) {
            // on screen a sentence; on paper the KPI tile below says it (the decision page keeps to one page)
            html.append("<p class=\"lead attack-line\"><a href=\"#attack\">Adversary view</a>: ").append(esc(attack))
                    .append("</p>");
        }
        CapacitySection capacity = c.input.capacity();
        if (capacity != null && capacity.result().demands() > 0) {
            // on screen only, like the adversary sentence: the printed KPI grid is full (two rows of five)
            html.append("<p class=\"lead capacity-line\"><a href=\"#capacity\">Capacity under failure</a>: ")
                    .append(esc(CapacityHeadline.of(capacity.result()))).append("</p>");
        }
        if (c.input.sectors() != null && c.input.sectors().widest() != null) {
            // on screen a sentence naming the single cause that reaches the most sectors; on paper the tile says it
            html.append("<p class=\"lead sectors-line\"><a href=\"#sectors\">Across sectors</a>: ")
                    .append(esc(org.neverout.sectors.SectorText.headline(c.input.sectors()))).append("</p>");
        }
        if (!c.input.analysis().complete()) {
            html.append("<p class=\"warning\"><strong>The analysis is incomplete</strong>: ")
                    .append(esc(c.input.analysis().incompleteReason()))
                    .append(". Services not shown to meet their requirement are unverified, never met.</p>");
        }
        rootCauses(html);
        plan(html);
        trend(html);
        html.append("</section>\n");
    }

    static String tone(ReportFacts facts) {
        return facts.passes() ? "pass" : facts.servicesInBreach() > 0 ? "fail"
                : facts.hasRequirements() ? "unsure" : "none";
    }

    private String sentence(ReportFacts facts) {
        long required = required(facts);
        if (!facts.hasRequirements()) {
            return "The model declares no never-out requirement: nothing is shown to be met.";
        }
        return String.format(Locale.ROOT, "Of %d service%s with a never-out requirement, %d meet%s it, %d %s violated "
                        + "and %d %s unverified (analysed to %d simultaneous failures%s).", required,
                required == 1 ? "" : "s", facts.count(NeverOutVerdict.Status.MEETS),
                facts.count(NeverOutVerdict.Status.MEETS) == 1 ? "s" : "", facts.servicesInBreach(),
                facts.servicesInBreach() == 1 ? "is" : "are", facts.servicesUnverified(),
                facts.servicesUnverified() == 1 ? "is" : "are", c.input.analysis().order(),
                c.input.analysis().complete() ? ", completely" : ", cut short");
    }

    private static long required(ReportFacts facts) {
        return facts.verdicts().stream().filter(v -> v.verdict().neverOut() > 0).count();
    }

    private void kpis(StringBuilder page, ReportFacts facts) {
        long required = required(facts);
        long meets = facts.count(NeverOutVerdict.Status.MEETS);
        long breach = facts.servicesInBreach();
        long unverified = facts.servicesUnverified();
        StringBuilder html = new StringBuilder();
        kpi(html, meets == required ? "good" : "warn", meets + " / " + required, "services meeting never-out",
                "verified: analysed to at least their never_out, completely");
        kpi(html, breach > 0 ? "bad" : "good", breach + " / " + required, "services violated",
                "services with a never-out requirement that a cut set within it takes down");
        kpi(html, unverified > 0 ? "warn" : "good", unverified + " / " + required, "unverified",
                "requirement not checked (order below never_out, or the analysis was cut short): not met");
        kpi(html, facts.violationCount() > 0 ? "bad" : "good", String.valueOf(facts.violationCount()),
                "never-out findings", "root causes: each cut set within some service's never-out requirement, once");
        kpi(html, facts.singlePointEvents().isEmpty() ? "good" : "warn",
                String.valueOf(facts.singlePointEvents().size()), "single points of failure",
                "distinct events that alone take down a critical service");
        if (c.input.control() != null) {
            List<ServiceVerdict> critical = facts.criticalVerdicts();
            long uncontrolled = facts.uncontrolledCriticalServices().size();
            long owned = critical.stream().filter(v -> {
                ServiceControlRow sc = c.input.control().service(v.id());
                return sc != null && sc.ownedAndControlled();
            }).count();
            kpi(html, uncontrolled > 0 ? "bad" : "good", (critical.size() - uncontrolled) + " / " + critical.size(),
                    "under defence control", "critical services that survive on defence-operated elements alone");
            kpi(html, owned < critical.size() ? "warn" : "good", owned + " / " + critical.size(),
                    "military owned and controlled",
                    "critical services that survive on defence-owned and on defence-operated elements alone");
        }
        if (c.input.availability() != null) {
            long miss = c.input.availability().services().stream()
                    .filter(a -> a.verdict() == TargetVerdict.NOT_MET).count();
            long undecided = c.input.availability().services().stream()
                    .filter(a -> a.verdict() == TargetVerdict.UNDECIDED).count();
            // an undecided target is not a met one: the tile is never green while any is undecided
            kpi(html, miss > 0 ? "bad" : undecided > 0 ? "warn" : "good", String.valueOf(miss),
                    "availability targets missed" + (undecided > 0 ? " (" + undecided + " undecided)" : ""),
                    "services whose availability is below their target; undecided: the target lies inside the "
                            + "reported interval");
        }
        if (c.input.compliance() != null) {
            int n = c.input.compliance().findings().size();
            kpi(html, n > 0 ? "warn" : "good", String.valueOf(n), "compliance findings", "rules not met");
        }
        if (c.input.attack() != null) {
            List<org.neverout.adversary.ServiceAttack> ranked = c.input.attack().vitalRanked();
            kpi(html, ranked.isEmpty() ? "good" : "warn", ranked.isEmpty() ? "none"
                    : org.neverout.adversary.AttackText.cost(ranked.get(0).cheapest().cost()),
                    "cheapest attack on a vital service", AttackHeadline.of(c.input.attack()));
        }
        org.neverout.sectors.SharedCause widest = c.input.sectors() == null ? null : c.input.sectors().widest();
        if (widest != null) {
            // on paper this tile names the cause (the sentence above is screen only: one printed page)
            kpi(html, widest.groups().size() > 2 ? "bad" : "warn", String.valueOf(widest.groups().size()),
                    "sectors one cause reaches: " + String.join(" + ", widest.cutSet()),
                    org.neverout.sectors.SectorText.headline(c.input.sectors()));
        }
        // more than ten tiles take six columns on paper, so they stay two rows
        int tiles = html.toString().split("<div class=\"kpi ", -1).length - 1;
        page.append(tiles > 10 ? "<div class=\"kpis many\">" : "<div class=\"kpis\">").append(html).append("</div>");
    }

    private static void kpi(StringBuilder html, String tone, String value, String label, String hint) {
        html.append("<div class=\"kpi ").append(tone).append("\" title=\"").append(esc(hint)).append("\">")
                .append("<div class=\"value\">").append(esc(value)).append("</div><div class=\"label\">")
                .append(esc(label)).append("</div></div>");
    }

    private void rootCauses(StringBuilder html) {
        List<RootCause> causes = RootCauses.of(c.input, RootCauses.TOP);
        int all = c.input.findings().size();
        html.append("<h3 id=\"root-causes\">Top ").append(Math.min(RootCauses.TOP, all))
                .append(all == 1 ? " root cause" : " root causes").append(" and what to do</h3>");
        if (causes.isEmpty()) {
            html.append("<p class=\"lead\">No never-out finding: no cut set falls within a service's never-out "
                    + "requirement").append(c.facts.servicesUnverified() > 0 ? " among those verified" : "")
                    .append(".</p>");
            return;
        }
        html.append("<ol class=\"causes\">");
        for (RootCause cause : causes) {
            Finding f = cause.finding();
            html.append("<li class=\"cause\"><div class=\"cause-head\">").append(HtmlContext.severityPill(f.severity()))
                    .append(' ').append(f.cutSet().isEmpty() ? "<em>down with no failure</em>" : c.chips(f.cutSet()))
                    .append("</div><dl class=\"cause-facts\"><dt>Threatens</dt><dd>").append(threatened(f))
                    .append("</dd>").append(who(cause))
                    .append("</dd><dt>Action</dt><dd class=\"action\">").append(esc(cause.action()))
                    .append("</dd></dl></li>");
        }
        html.append("</ol>");
        if (all > causes.size()) {
            html.append("<p class=\"note\">").append(all - causes.size()).append(" more root cause")
                    .append(all - causes.size() == 1 ? " is" : "s are")
                    .append(" listed under <a href=\"#findings\">Worst findings</a>.</p>");
        }
    }

    /** The remediation plan's steps, one line each, when the input has one. */
    private void plan(StringBuilder html) {
        ReportPlan plan = c.input.plan();
        if (plan == null) {
            return;
        }
        html.append("<h3 id=\"plan\">Remediation plan (each step proven by re-analysis)</h3>");
        if (plan.steps().isEmpty()) {
            html.append("<p class=\"lead\">No step: ").append(esc(plan.note())).append(".</p>");
            return;
        }
        html.append("<ol class=\"plan\">");
        for (ReportPlan.Step s : plan.steps()) {
            html.append("<li>").append(esc(HtmlContext.capitalised(s.description()))).append(" <span class=\"sub\">(")
                    .append(s.violationsBefore()).append(" &rarr; ").append(s.violationsAfter())
                    .append(" never-out violations");
            if (!s.verdictsChanged().isEmpty()) {
                html.append("; ").append(esc(String.join(", ", s.verdictsChanged())));
            }
            if (s.cost() != null) {
                html.append(String.format(Locale.ROOT, "; cost %.1f", s.cost()));
            }
            html.append(")</span></li>");
        }
        html.append("</ol>");
        if (plan.partial()) {
            html.append("<p class=\"warning\"><strong>Partial plan</strong>: ").append(esc(plan.note()))
                    .append(".</p>");
        }
    }

    private static String threatened(Finding f) {
        List<String> services = f.services();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(SERVICES_NAMED, services.size()); i++) {
            out.append(i == 0 ? "" : ", ").append("<a href=\"#svc-").append(HtmlContext.anchor(services.get(i)))
                    .append("\">").append(esc(services.get(i))).append("</a>");
        }
        if (services.size() > SERVICES_NAMED) {
            out.append(" and ").append(services.size() - SERVICES_NAMED).append(" more");
        }
        return out.append(String.format(Locale.ROOT, " <span class=\"sub\">(%s, %d vital, %,d users)</span>",
                HtmlContext.plural(services.size(), "service", "services"), f.vital(), f.users())).toString();
    }

    /** "Operated and owned by" when both are the same parties, else a line for each. */
    private static String who(RootCause cause) {
        String operators = parties(cause.operators(), cause);
        if (cause.operators().equals(cause.owners())) {
            return "<dt>Operated, owned by</dt><dd>" + operators + "</dd>";
        }
        return "<dt>Operated by</dt><dd>" + operators + "</dd><dt>Owned by</dt><dd>" + parties(cause.owners(), cause)
                + "</dd>";
    }

    private static String parties(List<Party> parties, RootCause cause) {
        StringBuilder out = new StringBuilder();
        for (Party p : parties) {
            out.append(out.length() == 0 ? "" : "; ").append(esc(p.describe()));
        }
        if (!cause.concerned().services().isEmpty()) {
            out.append(" <span class=\"sub\">(").append(cause.concerned().services().size() == 1
                    ? "shared service " : "shared services ")
                    .append(esc(String.join(", ", cause.concerned().services()))).append(": the nodes it runs on)</span>");
        }
        return out.length() == 0 ? "no node or link of the model" : out.toString();
    }

    private void trend(StringBuilder html) {
        html.append("<h3 id=\"trend\">Trend against the previous period</h3>");
        PreviousRun previous = c.input.previous();
        if (previous == null) {
            html.append("<p class=\"lead trend-none\">No previous period recorded: this report cannot say what "
                    + "changed since the last one.</p>");
            return;
        }
        PeriodTrend trend = PeriodTrend.of(previous, c.facts.verdicts());
        long better = trend.changes().stream().filter(ch -> ch.direction() == PeriodTrend.Direction.BETTER).count();
        long worse = trend.changes().stream().filter(ch -> ch.direction() == PeriodTrend.Direction.WORSE).count();
        html.append("<p class=\"trend ").append(trend.overall().word()).append("\"><span class=\"arrow\">")
                .append(trend.overall().arrow()).append("</span> ").append(esc(HtmlContext.capitalised(
                        trend.overall().word()))).append(" than ").append(esc(previous.label())).append(" (recorded ")
                .append(HtmlContext.GENERATED.format(previous.recordedAt())).append(", ledger hash ")
                .append(shortHash(previous.hash())).append("): ")
                .append(better).append(" better, ").append(worse).append(" worse.</p>");
        // root causes added and removed, availability then and now and the chart follow in HtmlTrendSection:
        // the decision page keeps to one printed page
        // worst news first; the table stays short so the decision page keeps to one printed page
        List<PeriodTrend.Change> changed = trend.changes().stream()
                .filter(ch -> ch.direction() != PeriodTrend.Direction.SAME)
                .sorted(java.util.Comparator.comparingInt(ch -> List.of(PeriodTrend.Direction.WORSE,
                        PeriodTrend.Direction.NEW, PeriodTrend.Direction.BETTER).indexOf(ch.direction())))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder("<table class=\"grid compact\"><thead><tr><th>Service</th>"
                + "<th>Then</th><th>Now</th><th>Trend</th></tr></thead><tbody>");
        for (PeriodTrend.Change ch : changed.subList(0, Math.min(TREND_ROWS, changed.size()))) {
            table.append("<tr><td>").append(esc(ch.service())).append("</td><td>")
                    .append(ch.then() == null ? "&ndash;" : standing(ch.then())).append("</td><td>")
                    .append(standing(ch.now())).append("</td><td>").append(ch.direction().arrow()).append(' ')
                    .append(ch.direction().word()).append("</td></tr>");
        }
        html.append(HtmlContext.scroll(table.append("</tbody></table>").toString()));
        if (changed.size() > TREND_ROWS) {
            // the rest by direction, names only
            html.append("<p class=\"note\">");
            for (PeriodTrend.Direction d : List.of(PeriodTrend.Direction.WORSE, PeriodTrend.Direction.NEW,
                    PeriodTrend.Direction.BETTER)) {
                List<String> rest = changed.subList(TREND_ROWS, changed.size()).stream()
                        .filter(ch -> ch.direction() == d).map(PeriodTrend.Change::service).toList();
                if (!rest.isEmpty()) {
                    html.append("Also ").append(d.word()).append(": ").append(esc(String.join(", ", rest)))
                            .append(". ");
                }
            }
            html.append("</p>");
        }
    }

    private static String standing(PreviousRun.ServiceStanding s) {
        return esc(s.verdict()) + (s.resilience() == null ? "" : " (fails with " + s.resilience() + ")");
    }

    /**
     * A ledger hash as its first 12 hex digits, the whole in the tooltip: enough to recognise it on the
     * decision page (it stays one printed page); the Trend section and the sign-off give it in full.
     */
    static String shortHash(String hash) {
        if (hash == null) {
            return "not recorded";
        }
        String shown = hash.length() > 12 ? hash.substring(0, 12) + "\u2026" : hash;
        return "<code class=\"hash\" title=\"" + esc(hash) + "\">" + esc(shown) + "</code>";
    }
}
