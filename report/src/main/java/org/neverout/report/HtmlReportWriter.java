package org.neverout.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Link;
import org.neverout.model.Severity;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.Supplier;

/**
 * The HTML report: one self-contained file (inline CSS, script and SVG; a Content-Security-Policy that
 * forbids loading anything) for the periodic resilience analysis. Sections: executive summary, service
 * verdicts, network map, charts, worst findings, single points of failure, per-service cut sets,
 * control and suppliers, availability, compliance (each optional section only when its data exists)
 * and the method. Every model string goes through {@link Html#escape}; nothing from the model reaches
 * the script. Printable: a print style sheet expands every section and drops the navigation.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** Cut sets listed per service in the HTML; the JSON report has all of them. */
    static final int MAX_CUT_SET_ROWS = 150;
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public void write(ReportInput input, Writer out) throws IOException {
        out.write(new Page(input).render());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report resource " + name, e);
        }
    }

    /** One rendering of one input; not reused. */
    private static final class Page {
        private final ReportInput input;
        private final ReportFacts facts;
        private final Model model;
        private final EventLabels labels;
        private final StringBuilder html = new StringBuilder(256 * 1024);

        Page(ReportInput input) {
            this.input = input;
            this.facts = ReportFacts.of(input);
            this.model = input.model();
            this.labels = new EventLabels(model);
        }

        String render() {
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"generator\" content=\"NeverOut ").append(esc(input.meta().toolVersion()))
                    .append("\">\n<title>").append(esc(input.meta().title())).append("</title>\n<style>\n")
                    .append(CSS).append("</style>\n</head>\n<body>\n");
            header();
            nav();
            html.append("<main>\n");
            summary();
            if (input.connectivity() != null) {
                html.append(input.connectivity().html());
            }
            serviceTable();
            map();
            charts();
            worstFindings();
            singlePoints();
            cutSets();
            control();
            availability();
            compliance();
            method();
            html.append("</main>\n");
            footer();
            html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
            return html.toString();
        }

        private void header() {
            boolean pass = facts.passes();
            String tone = pass ? "pass" : facts.servicesInBreach() > 0 ? "fail"
                    : facts.hasRequirements() ? "unsure" : "none";
            html.append("<header class=\"masthead\"><div class=\"wrap\"><div class=\"eyebrow\">Periodic independent "
                    + "resilience analysis</div><h1>").append(esc(input.meta().title())).append("</h1>")
                    .append("<div class=\"meta\"><span>Model <strong>").append(esc(model.name()))
                    .append("</strong></span><span>As of <strong>").append(input.meta().asOf())
                    .append("</strong></span><span>Order analysed <strong>").append(input.analysis().order())
                    .append("</strong></span></div>")
                    .append("<div class=\"overall ").append(tone).append("\">")
                    .append(esc(capitalised(facts.headline()))).append("</div></div></header>\n");
        }

        private static String capitalised(String text) {
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private void nav() {
            html.append("<nav class=\"toc\"><div class=\"wrap\"><a href=\"#summary\">Summary</a>"
                    + (input.connectivity() != null ? "<a href=\"#connectivity\">Connectivity</a>" : "")
                    + "<a href=\"#services\">Services</a><a href=\"#map\">Map</a><a href=\"#charts\">Charts</a>"
                    + "<a href=\"#findings\">Findings</a><a href=\"#single-points\">Single points</a>"
                    + "<a href=\"#cut-sets\">Cut sets</a>");
            if (input.control() != null) {
                html.append("<a href=\"#control\">Control</a>");
            }
            if (input.availability() != null) {
                html.append("<a href=\"#availability\">Availability</a>");
            }
            if (input.compliance() != null) {
                html.append("<a href=\"#compliance\">Compliance</a>");
            }
            html.append("<a href=\"#method\">Method</a><button type=\"button\" id=\"print-button\">Print / PDF"
                    + "</button></div></nav>\n");
        }

        private void summary() {
            List<ServiceVerdict> critical = facts.criticalVerdicts();
            long breach = facts.servicesInBreach();
            long owned = input.control() == null ? 0 : critical.stream().filter(v -> {
                ServiceControlRow c = input.control().service(v.id());
                return c != null && c.ownedAndControlled();
            }).count();
            html.append("<section id=\"summary\" class=\"card\"><h2>Executive summary</h2><div class=\"kpis\">");
            long required = facts.verdicts().stream().filter(v -> v.verdict().neverOut() > 0).count();
            long unverified = facts.servicesUnverified();
            kpi(facts.violationCount() > 0 ? "bad" : "good", String.valueOf(facts.violationCount()),
                    "never-out findings", "root causes: each cut set within some service's never-out requirement, once");
            kpi(breach > 0 ? "bad" : "good", breach + " / " + required, "services violated",
                    "services with a never-out requirement that a cut set within it takes down");
            kpi(facts.count(NeverOutVerdict.Status.MEETS) == required ? "good" : "warn",
                    facts.count(NeverOutVerdict.Status.MEETS) + " / " + required,
                    "services meeting never-out", "verified: analysed to at least their never_out, completely");
            if (unverified > 0) {
                kpi("warn", unverified + " / " + required, "unverified",
                        "requirement not checked (order below never_out, or the analysis was cut short): not met");
            }
            kpi(facts.singlePointEvents().isEmpty() ? "good" : "warn", String.valueOf(facts.singlePointEvents().size()),
                    "single points of failure", "distinct events that alone take down a critical service");
            kpi(facts.weakLinks().isEmpty() ? "good" : "warn", String.valueOf(facts.weakLinks().size()), "weak links",
                    "bridges, and links that alone (or through their duct) take down a critical service");
            if (input.control() != null) {
                long uncontrolled = facts.uncontrolledCriticalServices().size();
                kpi(uncontrolled > 0 ? "bad" : "good", (critical.size() - uncontrolled) + " / " + critical.size(),
                        "under defence control", "critical services that survive on defence-operated elements alone");
                kpi(owned < critical.size() ? "warn" : "good", owned + " / " + critical.size(),
                        "military owned and controlled",
                        "critical services that survive on defence-owned and on defence-operated elements alone");
            }
            if (input.compliance() != null) {
                int n = input.compliance().findings().size();
                kpi(n > 0 ? "warn" : "good", String.valueOf(n), "compliance findings", "rules not met");
            }
            html.append("</div><h3>Key messages</h3><ul class=\"messages\">");
            for (String message : keyMessages(critical, breach)) {
                html.append("<li>").append(message).append("</li>");
            }
            html.append("</ul></section>\n");
        }

        /** The summary's sentences; each already HTML (model strings escaped). */
        private List<String> keyMessages(List<ServiceVerdict> critical, long breach) {
            List<String> out = new ArrayList<>();
            int order = input.analysis().order();
            long required = facts.verdicts().stream().filter(v -> v.verdict().neverOut() > 0).count();
            long unverified = facts.servicesUnverified();
            if (!facts.hasRequirements()) {
                out.add("The model declares no never-out requirement: no requirement declared, nothing is met.");
            } else if (breach == 0 && unverified == 0) {
                out.add("All " + required + " services with a never-out requirement meet it (cut sets "
                        + "analysed up to " + order + " simultaneous failures, completely).");
            } else if (breach > 0) {
                String names = facts.verdicts().stream().filter(v -> v.verdict().violated()).limit(6)
                        .map(v -> "<strong>" + esc(v.id()) + "</strong>").collect(Collectors.joining(", "));
                out.add("<strong>" + breach + " of " + required + "</strong> services violate their "
                        + "never-out requirement: " + names + (breach > 6 ? " and " + (breach - 6) + " more" : "")
                        + "; " + facts.count(NeverOutVerdict.Status.MEETS) + " meet it.");
            }
            if (unverified > 0) {
                out.add("<strong>" + unverified + "</strong> service" + (unverified == 1 ? "'s" : "s'")
                        + " never-out requirement is <strong>unverified</strong> (analysed to order " + order
                        + ", or cut short): not shown to be met.");
            }
            List<Finding> causes = input.findings();
            for (Finding f : causes.subList(0, Math.min(3, causes.size()))) {
                out.add("<strong>" + esc(f.severity().token()) + "</strong>: " + esc(f.message()) + ".");
            }
            if (!facts.weakLinks().isEmpty()) {
                out.add(facts.weakLinks().size() + " weak link" + (facts.weakLinks().size() == 1 ? "" : "s")
                        + " (drawn red on the map).");
            }
            if (input.control() != null) {
                List<ServiceControlRow> unc = facts.uncontrolledCriticalServices();
                long notOwned = facts.criticalVerdicts().stream().map(v -> input.control().service(v.id()))
                        .filter(c -> c != null && !c.owned()).count();
                if (notOwned > 0) {
                    out.add("<strong>" + notOwned + "</strong> critical service" + (notOwned == 1 ? "" : "s")
                            + " would not survive on defence-owned elements alone (supplier-owned fibre or nodes).");
                }
                out.add(unc.isEmpty() ? "Every critical service survives on defence-operated elements alone."
                        : "<strong>" + unc.size() + "</strong> critical service" + (unc.size() == 1 ? "" : "s")
                        + " depend on suppliers and would not survive on defence-operated elements alone.");
            }
            if (input.availability() != null) {
                long miss = input.availability().services().stream()
                        .filter(a -> a.verdict() == TargetVerdict.NOT_MET).count();
                if (miss > 0) {
                    out.add("<strong>" + miss + "</strong> service" + (miss == 1 ? " misses its" : "s miss their")
                            + " availability target.");
                }
            }
            if (input.compliance() != null && !input.compliance().findings().isEmpty()) {
                Map<Severity, Long> bySeverity = input.compliance().findings().stream()
                        .collect(Collectors.groupingBy(RuleFindingRow::severity, () -> new java.util.EnumMap<>(
                                Severity.class), Collectors.counting()));
                StringBuilder s = new StringBuilder();
                for (Severity sev : new Severity[] {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW}) {
                    if (bySeverity.containsKey(sev)) {
                        s.append(s.length() == 0 ? "" : ", ").append(bySeverity.get(sev)).append(' ').append(sev.token());
                    }
                }
                out.add(input.compliance().findings().size() + " compliance findings (" + s + ").");
            }
            if (!input.analysis().complete()) {
                out.add("<strong>The analysis is incomplete</strong>: " + esc(input.analysis().incompleteReason())
                        + ". Services not shown to meet their requirement are unverified, never met.");
            }
            return out;
        }

        private void kpi(String tone, String value, String label, String hint) {
            html.append("<div class=\"kpi ").append(tone).append("\" title=\"").append(esc(hint)).append("\">")
                    .append("<div class=\"value\">").append(esc(value)).append("</div><div class=\"label\">")
                    .append(esc(label)).append("</div></div>");
        }

        private void serviceTable() {
            html.append("<section id=\"services\" class=\"card\"><h2>Verdict per service</h2>"
                    + "<p class=\"lead\">Each service against its never-out requirement: the number of simultaneous "
                    + "basic failures it must survive. Critical services first.</p>"
                    + "<table class=\"grid\"><thead><tr><th>Service</th><th>Kind</th><th class=\"num\">Never-out</th>"
                    + "<th>Verdict</th><th class=\"num\">Single points</th><th class=\"num\">Findings</th>"
                    + "<th class=\"num\">Cut sets</th>");
            if (input.control() != null) {
                html.append("<th>Controlled</th><th>Owned</th>");
            }
            if (input.availability() != null) {
                html.append("<th class=\"num\">Downtime/yr</th>");
            }
            html.append("</tr></thead><tbody>");
            List<ServiceVerdict> ordered = new ArrayList<>(facts.criticalVerdicts());
            facts.verdicts().stream().filter(v -> !ReportFacts.isCritical(v.service())).forEach(ordered::add);
            for (ServiceVerdict v : ordered) {
                Service s = v.service();
                html.append("<tr><td><a href=\"#svc-").append(anchor(s.id())).append("\">").append(esc(s.id()))
                        .append("</a>");
                if (s.name() != null) {
                    html.append("<div class=\"sub\">").append(esc(s.name())).append("</div>");
                }
                html.append("</td><td>").append(esc(s.kind().token()))
                        .append(s.category() == null ? "" : " <span class=\"cat\">cat. " + esc(s.category()) + "</span>")
                        .append("</td><td class=\"num\">").append(s.neverOut() == 0 ? "&ndash;" : s.neverOut())
                        .append("</td><td>").append(verdictPill(v, true)).append("</td><td class=\"num\">")
                        .append(v.singlePoints()).append("</td><td class=\"num\">").append(v.violations().size())
                        .append("</td><td class=\"num\">").append(v.result().cutSets().size())
                        .append(v.result().complete() ? "" : "+").append("</td>");
                if (input.control() != null) {
                    ServiceControlRow c = input.control().service(s.id());
                    html.append("<td>").append(c == null ? "&ndash;" : c.controlled()
                            ? "<span class=\"pill good\">defence</span>"
                            : "<span class=\"pill bad\" title=\"needs " + esc(String.join(", ", c.needs())) + "\">"
                            + "needs suppliers</span>").append("</td>");
                    html.append("<td>").append(c == null ? "&ndash;" : c.owned()
                            ? "<span class=\"pill good\">defence</span>"
                            : "<span class=\"pill bad\">supplier-owned</span>").append("</td>");
                }
                if (input.availability() != null) {
                    ServiceAvailabilityRow a = input.availability().service(s.id());
                    html.append("<td class=\"num\">").append(a == null ? "&ndash;"
                            : esc(SvgCharts.minutes(a.downtimeMinPerYear()))).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table></section>\n");
        }

        private String verdictPill(ServiceVerdict v) {
            return verdictPill(v, false);
        }

        /** The verdict as a coloured pill; short: one word, with the full description as hover title. */
        private String verdictPill(ServiceVerdict v, boolean shortText) {
            String tone;
            switch (v.verdict().status()) {
                case VIOLATED:
                    tone = "bad";
                    break;
                case UNVERIFIED:
                    tone = "warn";
                    break;
                case MEETS:
                    tone = "good";
                    break;
                default:
                    tone = "neutral";
            }
            return "<span class=\"pill " + tone + "\" title=\"" + esc(v.describe()) + "\">"
                    + esc(shortText ? v.verdict().label() : v.describe()) + "</span>";
        }

        private void map() {
            NetworkMap map = new NetworkMap(model, facts);
            String svg = map.svg();
            html.append("<section id=\"map\" class=\"card\"><h2>Network map</h2>");
            if (svg == null) {
                html.append("<p class=\"lead\">The model gives no coordinates for its sites or nodes, so no map is "
                        + "drawn.</p></section>\n");
                return;
            }
            html.append("<p class=\"lead\">Sites and links of the model. <span class=\"key weak\"></span> weak link "
                    + "(bridge, or a single point of failure of a critical service, alone or through its duct); "
                    + "<span class=\"key spof\"></span> site holding a single point of failure; "
                    + "<span class=\"key weakin\"></span> site with a weak link inside it. Hover for details."
                    + "</p><figure class=\"map-frame\">").append(svg).append("<figcaption>");
            long unplaced = map.unplacedNodes();
            html.append(model.links().size()).append(" links, ").append(model.nodes().size()).append(" nodes");
            if (unplaced > 0) {
                html.append(" (").append(unplaced).append(" without coordinates, not drawn)");
            }
            html.append(". Country outlines: Natural Earth (public domain).</figcaption></figure>");
            if (!facts.weakLinks().isEmpty()) {
                html.append("<h3>Weak links</h3><table class=\"grid compact\"><thead><tr><th>Link</th><th>Ends</th>"
                        + "<th>Operator</th><th>Why it is weak</th></tr></thead><tbody>");
                Map<String, Link> links = new LinkedHashMap<>();
                model.links().forEach(l -> links.put(l.id(), l));
                facts.weakLinks().forEach((id, reason) -> {
                    Link l = links.get(id);
                    html.append("<tr><td><code>").append(esc(id)).append("</code></td><td>").append(esc(l.a()))
                            .append(" &ndash; ").append(esc(l.b())).append("</td><td>").append(esc(l.operator()))
                            .append("</td><td>").append(esc(reason)).append("</td></tr>");
                });
                html.append("</tbody></table>");
            }
            html.append("</section>\n");
        }

        private void charts() {
            html.append("<section id=\"charts\" class=\"card\"><h2>Charts</h2><h3>Minimal cut sets per service</h3>"
                    + "<p class=\"lead\">How many distinct combinations of basic failures take each service down, by "
                    + "the number of simultaneous failures needed. Red bars are single points of failure.</p>")
                    .append(SvgCharts.cutSetsBySize(facts.verdicts(), input.analysis().order()));
            if (input.availability() != null && !input.availability().services().isEmpty()) {
                html.append("<h3>Expected downtime per service</h3><p class=\"lead\">Minutes per year, computed from "
                        + "the elements' MTBF and MTTR; the tick marks the downtime the service's availability "
                        + "target allows.</p>").append(SvgCharts.downtime(input.availability().services()));
            }
            html.append("</section>\n");
        }

        private void worstFindings() {
            List<Violation> all = facts.mostSevereFindings();
            html.append("<section id=\"findings\" class=\"card\"><h2>Worst findings</h2>");
            if (all.isEmpty()) {
                html.append("<p class=\"lead\">No findings.</p></section>\n");
                return;
            }
            int shown = Math.min(15, all.size());
            html.append("<p class=\"lead\">The ").append(shown).append(" most severe of ").append(all.size())
                    .append(" findings: root causes first (fewest failures, most vital services, most users), "
                            + "one line each with every service it takes down. Rule ids as in the SARIF report.</p><table class=\"grid\"><thead><tr>"
                            + "<th>Severity</th><th>Rule</th><th>Subject</th><th>Finding</th></tr></thead><tbody>");
            for (int i = 0; i < shown; i++) {
                Violation v = all.get(i);
                html.append("<tr><td>").append(severityPill(v.severity())).append("</td><td><code>")
                        .append(esc(v.rule())).append("</code></td><td>").append(esc(facts.subjectOf(i, v))).append("</td><td>");
                if (!v.cutSet().isEmpty()) {
                    html.append(chips(v.cutSet())).append("<div class=\"sub\">").append(esc(v.message()))
                            .append("</div>");
                } else {
                    html.append(esc(v.message()));
                }
                html.append("</td></tr>");
            }
            html.append("</tbody></table></section>\n");
        }

        private void singlePoints() {
            html.append("<section id=\"single-points\" class=\"card\"><h2>Single points of failure</h2>");
            List<Map.Entry<String, List<String>>> entries = new ArrayList<>(facts.singlePointEvents().entrySet());
            if (entries.isEmpty()) {
                html.append("<p class=\"lead\">No single event takes down a critical service.</p></section>\n");
                return;
            }
            entries.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size()).reversed());
            html.append("<p class=\"lead\">Events that alone take down at least one critical service, the most "
                    + "far-reaching first. A service's own intrinsic failure is not held against itself.</p><table class=\"grid compact\"><thead><tr><th>Event</th><th>Kind</th>"
                    + "<th class=\"num\">Services</th><th>Critical services taken down</th></tr></thead><tbody>");
            for (Map.Entry<String, List<String>> e : entries) {
                html.append("<tr><td><code>").append(esc(e.getKey())).append("</code>");
                String name = labels.name(e.getKey());
                if (name != null) {
                    html.append("<div class=\"sub\">").append(esc(name)).append("</div>");
                }
                html.append("</td><td>").append(esc(labels.kind(e.getKey()))).append("</td><td class=\"num\">")
                        .append(e.getValue().size()).append("</td><td>").append(esc(String.join(", ", e.getValue())))
                        .append("</td></tr>");
            }
            html.append("</tbody></table></section>\n");
        }

        private void cutSets() {
            html.append("<section id=\"cut-sets\" class=\"card\"><h2>Minimal cut sets per service</h2><p class=\"lead\">"
                    + "Every minimal set of up to ").append(input.analysis().order()).append(" simultaneous basic "
                    + "failures that takes the service down; rows within the never-out requirement are marked. "
                    + "Expand a service to see its list.</p>");
            for (ServiceVerdict v : facts.verdicts()) {
                List<List<String>> sets = v.result().cutSets();
                boolean open = v.verdict().violated() && ReportFacts.isCritical(v.service());
                html.append("<details class=\"service\" id=\"svc-").append(anchor(v.id())).append("\"")
                        .append(open ? " open" : "").append("><summary><span class=\"svc-name\">").append(esc(v.id()))
                        .append("</span>").append(verdictPill(v)).append("<span class=\"count\">").append(sets.size())
                        .append(sets.size() == 1 ? " cut set" : " cut sets").append("</span></summary>");
                if (!v.result().complete()) {
                    html.append("<p class=\"warning\">Incomplete: ").append(esc(v.result().incompleteReason()))
                            .append("</p>");
                }
                if (sets.isEmpty()) {
                    html.append("<p class=\"lead\">No cut set of up to ").append(input.analysis().order())
                            .append(" events.</p></details>");
                    continue;
                }
                html.append("<table class=\"grid compact cuts\"><thead><tr><th class=\"num\">#</th>"
                        + "<th class=\"num\">Size</th><th>Basic events</th><th>Never-out</th></tr></thead><tbody>");
                int n = v.service().neverOut();
                for (int i = 0; i < Math.min(sets.size(), MAX_CUT_SET_ROWS); i++) {
                    List<String> cut = sets.get(i);
                    boolean violates = n > 0 && cut.size() <= n
                            && !NeverOutVerdict.isOwnEvent(v.id(), cut);
                    html.append("<tr").append(violates ? " class=\"violates\"" : "").append("><td class=\"num\">")
                            .append(i + 1).append("</td><td class=\"num\">").append(cut.size()).append("</td><td>")
                            .append(cut.isEmpty() ? "<em>down with no failure</em>" : chips(cut)).append("</td><td>")
                            .append(violates ? "<span class=\"pill bad\">violation</span>" : "").append("</td></tr>");
                }
                html.append("</tbody></table>");
                if (sets.size() > MAX_CUT_SET_ROWS) {
                    html.append("<p class=\"note\">").append(sets.size() - MAX_CUT_SET_ROWS)
                            .append(" more cut sets are listed in the JSON report.</p>");
                }
                html.append("</details>");
            }
            html.append("</section>\n");
        }

        private void control() {
            ControlSection c = input.control();
            if (c == null) {
                return;
            }
            html.append("<section id=\"control\" class=\"card\"><h2>Control and suppliers</h2><p class=\"lead\">"
                    + "Military owned and controlled: does each service survive on defence-operated elements alone "
                    + "(controlled) and on defence-owned elements alone (owned), and what does losing a supplier "
                    + "(with its subcontractors) take down?</p>"
                    + "<div class=\"two\"><div><h3>Services</h3><table class=\"grid compact\"><thead><tr><th>Service"
                    + "</th><th>Controlled</th><th>Owned</th><th>Cannot do without</th></tr></thead><tbody>");
            for (ServiceControlRow s : c.services()) {
                html.append("<tr><td>").append(esc(s.id())).append("</td><td>").append(s.controlled()
                        ? "<span class=\"pill good\">yes</span>" : "<span class=\"pill bad\">no</span>")
                        .append("</td><td>").append(s.owned()
                        ? "<span class=\"pill good\">yes</span>" : "<span class=\"pill bad\">no</span>")
                        .append("</td><td>").append(esc(String.join(", ", s.needs()))).append("</td></tr>");
            }
            html.append("</tbody></table></div><div><h3>Supplier loss</h3><table class=\"grid compact\"><thead><tr>"
                    + "<th>Supplier</th><th class=\"num\">Services lost</th><th>Which</th></tr></thead><tbody>");
            Map<String, Supplier> suppliers = new LinkedHashMap<>();
            model.suppliers().forEach(s -> suppliers.put(s.id(), s));
            List<SupplierImpact> impacts = new ArrayList<>(c.suppliers());
            impacts.sort(Comparator.comparingInt((SupplierImpact i) -> i.servicesLost().size()).reversed());
            for (SupplierImpact i : impacts) {
                Supplier s = suppliers.get(i.id());
                html.append("<tr><td>").append(esc(i.id()));
                if (s != null && (s.name() != null || s.parent() != null)) {
                    html.append("<div class=\"sub\">").append(esc(s.name() == null ? "" : s.name()))
                            .append(s.parent() == null ? "" : " (subcontractor of " + esc(s.parent()) + ")")
                            .append("</div>");
                }
                html.append("</td><td class=\"num\">").append(i.servicesLost().size()).append("</td><td>")
                        .append(esc(String.join(", ", i.servicesLost()))).append("</td></tr>");
            }
            html.append("</tbody></table></div></div></section>\n");
        }

        private void availability() {
            AvailabilitySection a = input.availability();
            if (a == null) {
                return;
            }
            html.append("<section id=\"availability\" class=\"card\"><h2>Availability</h2><table class=\"grid compact\">"
                    + "<thead><tr><th>Service</th><th class=\"num\">Availability</th><th class=\"num\">Interval"
                    + "</th><th class=\"num\">Downtime/yr</th><th class=\"num\">Target</th><th>Verdict</th>"
                    + "<th>Method</th></tr></thead><tbody>");
            for (ServiceAvailabilityRow s : a.services()) {
                html.append("<tr><td>").append(esc(s.id())).append("</td><td class=\"num\">")
                        .append(percent(s.availability())).append("</td><td class=\"num\">")
                        .append(s.lower() == null || s.upper() == null ? "&ndash;"
                                : percent(1 - s.upper()) + " &ndash; " + percent(1 - s.lower()))
                        .append("</td><td class=\"num\">").append(esc(SvgCharts.minutes(s.downtimeMinPerYear())))
                        .append("</td><td class=\"num\">").append(s.target() == null ? "&ndash;" : percent(s.target()))
                        .append("</td><td>").append(targetPill(s.verdict())).append("</td><td>")
                        .append(esc(s.method())).append("</td></tr>");
            }
            html.append("</tbody></table>");
            if (!a.crownJewels().isEmpty()) {
                html.append("<h3>Crown jewels</h3><p class=\"lead\">Basic events ranked by importance.</p>"
                        + "<table class=\"grid compact\"><thead><tr><th>Event</th><th>Kind</th><th class=\"num\">"
                        + "Birnbaum</th><th class=\"num\">Fussell&ndash;Vesely</th><th class=\"num\">RAW</th></tr>"
                        + "</thead><tbody>");
                for (CrownJewel j : a.crownJewels().subList(0, Math.min(15, a.crownJewels().size()))) {
                    html.append("<tr><td><code>").append(esc(j.event())).append("</code></td><td>")
                            .append(esc(labels.kind(j.event()))).append("</td><td class=\"num\">")
                            .append(sci(j.birnbaum())).append("</td><td class=\"num\">").append(sci(j.fussellVesely()))
                            .append("</td><td class=\"num\">").append(sci(j.raw())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
            html.append("</section>\n");
        }

        private void compliance() {
            ComplianceSection c = input.compliance();
            if (c == null) {
                return;
            }
            html.append("<section id=\"compliance\" class=\"card\"><h2>Compliance</h2><p class=\"lead\">")
                    .append(c.findings().size()).append(c.findings().size() == 1 ? " finding" : " findings");
            if (c.rulesChecked() > 0) {
                html.append(" from ").append(c.rulesChecked()).append(" rules checked");
            }
            html.append(": connection conditions, physical security, supply chain and duty of care.</p>");
            if (!c.findings().isEmpty()) {
                List<RuleFindingRow> sorted = new ArrayList<>(c.findings());
                sorted.sort(ReportFacts.COMPLIANCE_ORDER);
                html.append("<table class=\"grid compact\"><thead><tr><th>Severity</th><th>Rule</th><th>Subject</th>"
                        + "<th>Finding</th></tr></thead><tbody>");
                for (RuleFindingRow f : sorted) {
                    html.append("<tr><td>").append(severityPill(f.severity())).append("</td><td><code>")
                            .append(esc(f.rule())).append("</code>");
                    if (f.title() != null) {
                        html.append("<div class=\"sub\">").append(esc(f.title())).append("</div>");
                    }
                    html.append("</td><td>").append(esc(f.subject())).append("</td><td>").append(esc(f.message()))
                            .append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
            html.append("</section>\n");
        }

        private void method() {
            var a = input.analysis();
            html.append("<section id=\"method\" class=\"card\"><h2>Method</h2><div class=\"two\"><dl class=\"facts\">")
                    .append(fact("Order analysed", "every minimal cut set of up to " + a.order()
                            + " simultaneous basic failures"))
                    .append(fact("Event kinds", a.kinds().stream().sorted().map(EventKind::token)
                            .collect(Collectors.joining(", "))))
                    .append(fact("Completeness", a.complete() ? "complete: no limit cut the enumeration short"
                            : "incomplete: " + a.incompleteReason()))
                    .append(fact("Scenarios evaluated", String.format(Locale.ROOT, "%,d", a.scenariosEvaluated())))
                    .append(fact("Analysis time", String.format(Locale.ROOT, "%.2f s", a.elapsed().toMillis() / 1000.0)))
                    .append(fact("Engine", "NeverOut " + input.meta().toolVersion()))
                    .append("</dl><dl class=\"facts\">")
                    .append(fact("Model", model.name()))
                    .append(fact("Model file", model.source().file()))
                    .append(fact("SHA-256", model.source().sha256() == null ? "not recorded" : model.source().sha256()))
                    .append(fact("Contents", model.sites().size() + " sites, " + model.nodes().size() + " nodes, "
                            + model.links().size() + " links, " + model.powerFeeds().size() + " power feeds, "
                            + model.suppliers().size() + " suppliers, " + model.services().size() + " services"))
                    .append(fact("As of", input.meta().asOf().toString()))
                    .append(fact("Generated", GENERATED.format(input.meta().generatedAt())))
                    .append("</dl></div><h3>Definitions</h3><ul class=\"defs\">"
                            + "<li><strong>Basic event</strong>: the failure of one node, link, site, power feed, "
                            + "shared-risk group, software version (all nodes running it), supplier (all it and its "
                            + "subcontractors operate) or a service's own intrinsic failure.</li>"
                            + "<li><strong>Minimal cut set</strong>: a set of basic events after which the service is "
                            + "down, with no proper subset that also takes it down.</li>"
                            + "<li><strong>Never-out N</strong>: the service must survive any N simultaneous basic "
                            + "failures; every cut set of N or fewer events is a violation.</li>"
                            + "<li><strong>Critical service</strong>: a vital service or one with a never-out "
                            + "requirement. <strong>Weak link</strong>: a bridge of the network, or a link that alone or "
                            + "through its shared-risk group takes down a critical service.</li></ul></section>\n");
        }

        private void footer() {
            html.append("<footer><div class=\"wrap\">Generated by NeverOut ").append(esc(input.meta().toolVersion()))
                    .append(" on ").append(GENERATED.format(input.meta().generatedAt()))
                    .append(" from ").append(esc(model.source().file()))
                    .append(". Map outlines made with Natural Earth (public domain).</div></footer>\n");
        }

        private String chips(List<String> events) {
            StringBuilder out = new StringBuilder("<span class=\"chips\">");
            for (String e : events) {
                out.append("<span class=\"chip k-").append(kindClass(e)).append("\" title=\"")
                        .append(esc(labels.describe(e))).append("\">").append(esc(e)).append("</span>");
            }
            return out.append("</span>").toString();
        }

        private String kindClass(String event) {
            String kind = labels.kind(event);
            if (kind.startsWith("software")) {
                return "software";
            }
            if (kind.startsWith("supplier") || kind.startsWith("subcontractor")) {
                return "supplier";
            }
            if (kind.startsWith("service")) {
                return "service";
            }
            if (kind.endsWith("group")) {
                return "group";
            }
            return kind.replace(' ', '-');
        }

        private static String severityPill(Severity s) {
            return "<span class=\"sev " + s.token() + "\">" + s.token() + "</span>";
        }

        private static String targetPill(TargetVerdict v) {
            String tone = v == TargetVerdict.MET ? "good" : v == TargetVerdict.NOT_MET ? "bad"
                    : v == TargetVerdict.UNDECIDED ? "warn" : "neutral";
            return "<span class=\"pill " + tone + "\">" + v.token() + "</span>";
        }

        private static String fact(String term, String value) {
            return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>";
        }

        private static String percent(double fraction) {
            return String.format(Locale.ROOT, "%.5f %%", fraction * 100);
        }

        private static String sci(double value) {
            return value != 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e4)
                    ? String.format(Locale.ROOT, "%.3e", value) : String.format(Locale.ROOT, "%.4f", value);
        }

        /** A fragment id derived from a model id: only [A-Za-z0-9_-], other characters hex-encoded. */
        private static String anchor(String id) {
            StringBuilder out = new StringBuilder();
            for (char c : id.toCharArray()) {
                if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
                    out.append(c);
                } else {
                    out.append('.').append(Integer.toHexString(c));
                }
            }
            return out.toString();
        }

        private static String esc(String text) {
            return Html.escape(text);
        }
    }
}
