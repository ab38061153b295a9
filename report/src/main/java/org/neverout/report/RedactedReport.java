package org.neverout.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neverout.engine.Figures;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.TargetVerdict;
import org.neverout.model.Classification;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * The report for publication ({@code report --redact}): what the periodic analysis found, with nothing that
 * identifies the network. It holds no element id, element or site name, supplier name or coordinate, and no
 * map: services appear by their {@code public_name} or as "vital service A-7K2Q" (kind, category and a keyed
 * {@link Pseudonyms} tag), root causes by the kind of what fails ("a shared software version", "a cable
 * duct", "a supplier") with the number of services and users they threaten. Built only from the report's
 * input; every string in it is either fixed text of this class, a number, a date, a period label, a
 * compliance pack name, a public name, or a pseudonym. O(services + findings x cut-set size + periods).
 *
 * @param marking       the redacted report's own marking ({@code --redact-classification}), usually none
 * @param title         the title (never the model's name unless the user gave it as {@code --title})
 * @param asOf          the date the analysis speaks for
 * @param toolVersion   NeverOut's version
 * @param order         the order analysed
 * @param complete      whether every enumeration finished (false: figures are lower bounds, verdicts may be unverified)
 * @param verdicts      services per never-out verdict token (meets, violated, unverified, none), in that order
 * @param resilience    services per resilience: "0", "1", "2", ... or "more than K" (no cut set up to the order),
 *                      or "unknown" (cut short first), in increasing order
 * @param services      every service, in the model's order, by its public label
 * @param rootCauses    the root causes, worst first (the report's findings order), at most {@link #MAX_CAUSES}
 * @param rootCausesTotal how many root causes there are in all
 * @param causesByKind  root causes per kind of cause in words (e.g. "a cable duct"), most first
 * @param availability  services per availability verdict against their targets (met, not met, undecided,
 *                      no target), or null when availability was not analysed
 * @param compliance    findings per compliance pack, or null when compliance was not checked
 * @param rulesChecked  compliance rules evaluated (0 when unknown or not checked)
 * @param trend         the trend against recorded periods, or null without a history store
 */
public record RedactedReport(Classification marking, String title, LocalDate asOf, String toolVersion, int order,
                             boolean complete, Map<String, Integer> verdicts, Map<String, Integer> resilience,
                             List<ServiceRow> services, List<CauseRow> rootCauses, int rootCausesTotal,
                             Map<String, Integer> causesByKind, Map<String, Integer> availability,
                             List<PackRow> compliance, int rulesChecked, Trend trend) {
    /** Root causes listed one by one; the rest are counted. */
    public static final int MAX_CAUSES = 10;
    /** The default title: it names no network. */
    public static final String DEFAULT_TITLE = "Resilience analysis for publication";

    public RedactedReport {
        Objects.requireNonNull(marking, "marking");
        verdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        resilience = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resilience));
        services = List.copyOf(services);
        rootCauses = List.copyOf(rootCauses);
        causesByKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(causesByKind));
        availability = availability == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(availability));
        compliance = compliance == null ? null : List.copyOf(compliance);
    }

    /**
     * One service as published.
     *
     * @param label         its public name, or "vital service A-7K2Q"
     * @param category      "A", "B" or null
     * @param neverOut      its never-out requirement (0: none)
     * @param verdict       the never-out verdict token
     * @param resilience    the resilience in words ("2", "more than 3", "unknown")
     * @param availability  its availability as a percentage, or null without figures
     * @param target        its availability target as a percentage, or null
     * @param targetVerdict how the availability compares with the target, or null without figures
     */
    public record ServiceRow(String label, String category, int neverOut, String verdict, String resilience,
                             String availability, String target, String targetVerdict) {
    }

    /**
     * One root cause as published: what kind of thing fails, and what that threatens.
     *
     * @param kinds     the kinds of the failing things in words, e.g. "a cable duct and a supplier"
     * @param failures  how many things fail together (the cut set's size)
     * @param services  how many services it violates
     * @param vital     how many of them are vital
     * @param users     the users of those services
     * @param severity  critical, high or medium
     */
    public record CauseRow(String kinds, int failures, int services, int vital, long users, String severity) {
    }

    /** Findings of one compliance pack, per severity token (most severe first). */
    public record PackRow(String pack, int findings, Map<String, Integer> bySeverity) {
        public PackRow {
            bySeverity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
        }
    }

    /**
     * The trend, as published.
     *
     * @param previousLabel    the previous period's label, or null when none is recorded
     * @param direction        better, worse, mixed or unchanged, or null without a previous period
     * @param rootCausesThen   root causes in the previous period, or null
     * @param rootCausesNow    root causes now
     * @param changes          services whose resilience changed (or that are new): label, direction, then, now
     * @param periods          every period charted, oldest first
     */
    public record Trend(String previousLabel, String direction, Integer rootCausesThen, int rootCausesNow,
                        List<Change> changes, List<PeriodRow> periods) {
        public Trend {
            changes = List.copyOf(changes);
            periods = List.copyOf(periods);
        }
    }

    /** A service whose resilience changed since the previous period (by its public label): better, worse or new. */
    public record Change(String label, String direction, String then, String now) {
    }

    /** One period: its label and date, and the services per verdict then, and the worst availability (no name). */
    public record PeriodRow(String label, LocalDate asOf, int violated, int unverified, int meeting,
                            String worstAvailability) {
    }

    /**
     * The redacted report of {@code input}.
     *
     * @param pseudonyms  the tags of services without a public name
     * @param marking     the redacted report's own marking
     * @param title       the title given by the user, or null for {@link #DEFAULT_TITLE}
     */
    public static RedactedReport of(ReportInput input, Pseudonyms pseudonyms, Classification marking, String title) {
        ReportFacts facts = ReportFacts.of(input);
        Map<String, String> labels = labels(input.model().services(), pseudonyms);
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (NeverOutVerdict.Status s : List.of(NeverOutVerdict.Status.MEETS, NeverOutVerdict.Status.VIOLATED,
                NeverOutVerdict.Status.UNVERIFIED, NeverOutVerdict.Status.NONE)) {
            verdicts.put(s.token(), (int) facts.count(s));
        }
        Map<Integer, Integer> byResilience = new TreeMap<>();
        int beyond = 0;
        int unknown = 0;
        List<ServiceRow> rows = new ArrayList<>();
        AvailabilitySection avail = input.availability();
        for (ServiceVerdict v : facts.verdicts()) {
            NeverOutVerdict nv = v.verdict();
            if (nv.resilience() != null) {
                byResilience.merge(nv.resilience(), 1, Integer::sum);
            } else if (nv.resilienceAtLeast() != null) {
                beyond++;
            } else {
                unknown++;
            }
            ServiceAvailabilityRow a = avail == null ? null : avail.service(v.id());
            Service s = v.service();
            rows.add(new ServiceRow(labels.get(s.id()), s.category(), s.neverOut(), nv.status().token(),
                    resilience(nv), a == null ? null : Figures.availabilityPercent(a.unavailability()),
                    s.availabilityTarget() == null ? null : Figures.targetPercent(s.availabilityTarget()),
                    a == null ? null : a.verdict().token()));
        }
        Map<String, Integer> resilience = new LinkedHashMap<>();
        byResilience.forEach((r, n) -> resilience.put(String.valueOf(r), n));
        if (beyond > 0) {
            resilience.put("more than " + input.analysis().order(), beyond);
        }
        if (unknown > 0) {
            resilience.put("unknown", unknown);
        }
        EventLabels events = new EventLabels(input.model());
        List<CauseRow> causes = new ArrayList<>();
        Map<String, Integer> byKind = new HashMap<>();
        for (Finding f : input.findings()) {
            String kinds = kinds(events, f.cutSet());
            byKind.merge(kinds, 1, Integer::sum);
            if (causes.size() < MAX_CAUSES) {
                causes.add(new CauseRow(kinds, f.cutSet().size(), f.services().size(), f.vital(), f.users(),
                        f.severity().token()));
            }
        }
        Map<String, Integer> causesByKind = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> causesByKind.put(e.getKey(), e.getValue()));
        return new RedactedReport(marking, title == null ? DEFAULT_TITLE : title, input.meta().asOf(),
                input.meta().toolVersion(), input.analysis().order(), input.analysis().complete(), verdicts,
                resilience, rows, causes, input.findings().size(), causesByKind, availability(avail),
                compliance(input.compliance()), input.compliance() == null ? 0 : input.compliance().rulesChecked(),
                trend(input, facts, labels));
    }

    /** Public name, else "vital service A-7K2Q"; tags lengthen (for every service) until no two labels are equal. */
    static Map<String, String> labels(List<Service> services, Pseudonyms pseudonyms) {
        for (int length = 4; ; length += 2) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Service s : services) {
                labels.put(s.id(), s.publicName() != null ? s.publicName()
                        : kindWord(s.kind()) + " " + (s.category() == null ? "" : s.category() + "-")
                                + pseudonyms.tag("service", s.id(), length));
            }
            if (new TreeSet<>(labels.values()).size() == labels.size() || length >= 52) {
                return labels;
            }
        }
    }

    private static String kindWord(ServiceKind kind) {
        return switch (kind) {
            case VITAL -> "vital service";
            case INFRASTRUCTURE -> "shared service";
            default -> "service";
        };
    }

    private static String resilience(NeverOutVerdict v) {
        if (v.resilience() != null) {
            return String.valueOf(v.resilience());
        }
        return v.resilienceAtLeast() != null ? "more than " + v.order() : "unknown";
    }

    /**
     * The kinds of a cut set's events in words, each kind once with its count, sorted, joined:
     * "a cable duct and a supplier", "2 network nodes and a site".
     */
    static String kinds(EventLabels events, List<String> cutSet) {
        if (cutSet.isEmpty()) {
            return "nothing (down without any failure)";
        }
        Map<String, Integer> counts = new TreeMap<>();
        cutSet.forEach(id -> counts.merge(noun(events.kind(id)), 1, Integer::sum));
        List<String> words = new ArrayList<>();
        counts.forEach((noun, n) -> words.add(n == 1 ? article(noun) + " " + noun : n + " " + plural(noun)));
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The kind of an event as a reader of a publication understands it (never its name). */
    private static String noun(String kind) {
        return switch (kind) {
            case "site" -> "site";
            case "power feed" -> "power feed";
            case "node" -> "network node";
            case "link" -> "connection";
            case "conduit group" -> "cable duct";
            case "building group" -> "building";
            case "region group" -> "region";
            case "power group" -> "shared power supply";
            case "supplier", "subcontractor" -> "supplier";
            case "software version" -> "shared software version";
            case "service (intrinsic failure)" -> "shared service";
            default -> "shared dependency";
        };
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static Map<String, Integer> availability(AvailabilitySection section) {
        if (section == null) {
            return null;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (TargetVerdict t : TargetVerdict.values()) {
            out.put(t.token(), 0);
        }
        section.services().forEach(r -> out.merge(r.verdict().token(), 1, Integer::sum));
        return out;
    }

    private static List<PackRow> compliance(ComplianceSection section) {
        if (section == null) {
            return null;
        }
        Map<String, Map<String, Integer>> packs = new TreeMap<>();
        for (RuleFindingRow r : section.findings()) {
            Map<String, Integer> bySeverity = packs.computeIfAbsent(r.pack() == null ? "other" : r.pack(),
                    k -> new TreeMap<>());
            bySeverity.merge(r.severity().token(), 1, Integer::sum);
        }
        List<PackRow> out = new ArrayList<>();
        packs.forEach((pack, counts) -> {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (org.neverout.model.Severity s : org.neverout.model.Severity.values()) {
                if (counts.containsKey(s.token())) {
                    ordered.put(s.token(), counts.get(s.token()));
                }
            }
            out.add(new PackRow(pack, counts.values().stream().mapToInt(Integer::intValue).sum(), ordered));
        });
        return out;
    }

    private static Trend trend(ReportInput input, ReportFacts facts, Map<String, String> labels) {
        if (input.previous() == null && input.periods() == null) {
            return null;
        }
        String previousLabel = null;
        String direction = null;
        Integer causesThen = null;
        List<Change> changes = new ArrayList<>();
        if (input.previous() != null) {
            PeriodTrend t = PeriodTrend.of(input.previous(), facts.verdicts());
            previousLabel = input.previous().label();
            direction = t.overall().word();
            causesThen = RootCauseTrend.of(input.previous(), input.findings()).then();
            for (PeriodTrend.Change c : t.changes()) {
                if (c.direction() != PeriodTrend.Direction.SAME) {
                    changes.add(new Change(labels.get(c.service()), c.direction().word(), standing(c.then()),
                            standing(c.now())));
                }
            }
        }
        List<PeriodRow> periods = new ArrayList<>();
        if (input.periods() != null) {
            for (PeriodSeries.Period p : input.periods().points(input, facts)) {
                periods.add(new PeriodRow(p.label(), p.asOf(), p.violated(), p.unverified(), p.meeting(),
                        p.worstAvailability() == null ? null : Figures.availabilityPercent(1 - p.worstAvailability())));
            }
        }
        return new Trend(previousLabel, direction, causesThen, input.findings().size(), changes, periods);
    }

    private static String standing(PreviousRun.ServiceStanding s) {
        if (s == null) {
            return "not there";
        }
        return s.verdict() + (s.resilience() == null ? "" : ", resilience " + s.resilience());
    }
}
