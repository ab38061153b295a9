package org.neverout.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neverout.model.Authorisation;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Reliability;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;
import org.neverout.model.SoftwareVersion;
import org.neverout.model.Supplier;

/** Renders the text summary of {@code neverout show}. */
final class ModelSummary {
    private ModelSummary() {
    }

    /** The summary; authorisations are judged expired against {@code asOf}. */
    static String render(Model m, java.time.LocalDate asOf) {
        return render(m, asOf, false);
    }

    /** The summary, with the per-site listing when {@code bySite}. */
    static String render(Model m, java.time.LocalDate asOf, boolean bySite) {
        StringBuilder sb = new StringBuilder();
        sb.append("Model ").append(m.name()).append("  (").append(m.source().file());
        if (m.source().sha256() != null) {
            sb.append(", sha256 ").append(m.source().sha256(), 0, 12);
        }
        sb.append(")\n\n");

        Set<String> groups = usedGroups(m);
        Set<String> software = new java.util.TreeSet<>();
        m.nodes().forEach(n -> {
            if (n.software() != null) {
                software.add(n.software());
            }
        });
        m.softwareVersions().forEach(v -> software.add(v.id())); // declared ones are events too
        sb.append("Elements\n");
        row(sb, "sites", m.sites().size());
        row(sb, "power feeds", m.powerFeeds().size());
        row(sb, "nodes", m.nodes().size());
        row(sb, "links", m.links().size());
        sb.append(String.format("  %-20s %6d  (%d declared)%n", "shared-risk groups", groups.size(), m.groups().size()));
        row(sb, "software versions", software.size());
        row(sb, "suppliers", m.suppliers().size());
        row(sb, "services", m.services().size());
        row(sb, "external parties", m.externalParties().size());
        int events = m.sites().size() + m.powerFeeds().size() + m.nodes().size() + m.links().size()
                + groups.size() + software.size() + m.suppliers().size() + m.services().size();
        sb.append(String.format("  %-20s %6d%n", "basic events", events));

        sb.append(SiteListing.siteRules(m));
        if (bySite) {
            sb.append(SiteListing.render(m));
        }
        appendSoftware(sb, m, software);
        appendSuppliers(sb, m, asOf);
        appendServices(sb, m);
        appendWarnings(sb, m);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, int n) {
        sb.append(String.format("  %-20s %6d%n", label, n));
    }

    static Set<String> usedGroups(Model m) {
        Set<String> g = new LinkedHashSet<>();
        m.groups().forEach(x -> g.add(x.id()));
        m.powerFeeds().forEach(x -> g.addAll(x.groups()));
        m.nodes().forEach(x -> g.addAll(x.groups()));
        m.links().forEach(x -> g.addAll(x.groups()));
        return g;
    }

    /** Each software version: vendor, how many nodes run it, and the figures its event fails with. */
    private static void appendSoftware(StringBuilder sb, Model m, Set<String> versions) {
        if (versions.isEmpty()) {
            return;
        }
        Map<String, SoftwareVersion> declared = new HashMap<>();
        m.softwareVersions().forEach(v -> declared.put(v.id(), v));
        Map<String, Integer> running = new HashMap<>();
        m.nodes().stream().filter(n -> n.software() != null).forEach(n -> running.merge(n.software(), 1, Integer::sum));
        sb.append("\nSoftware versions (event software:<id>)\n");
        for (String id : versions) {
            SoftwareVersion v = declared.get(id);
            sb.append("  ").append(id);
            if (v != null && v.vendor() != null) {
                sb.append(" (").append(v.vendor()).append(')');
            }
            int nodes = running.getOrDefault(id, 0);
            sb.append(": run by ").append(nodes).append(nodes == 1 ? " node; " : " nodes; ")
                    .append(figures(v == null ? Reliability.NONE : v.reliability(), m.defaults().get("software")))
                    .append('\n');
        }
    }

    /** {@code mtbf 87600 h, mttr 19 h}, marked when from {@code defaults:}, or {@code no figures}. */
    static String figures(Reliability own, Reliability fallback) {
        Reliability r = own.isPresent() ? own : fallback;
        if (r == null || !r.isPresent()) {
            return "no figures";
        }
        return String.format("mtbf %s h, mttr %s h%s", plain(r.mtbfH()), plain(r.mttrH()),
                own.isPresent() ? "" : " (defaults)");
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void appendSuppliers(StringBuilder sb, Model m, java.time.LocalDate asOf) {
        sb.append("\nSuppliers and subcontractors (operates / legally owns)\n");
        if (m.suppliers().isEmpty()) {
            sb.append("  none: every element is operated and owned by defence\n");
            return;
        }
        Map<String, int[]> counts = new HashMap<>();
        for (Node n : m.nodes()) {
            counts.computeIfAbsent(n.operator(), k -> new int[4])[0]++;
            counts.computeIfAbsent(n.owner(), k -> new int[4])[2]++;
        }
        for (Link l : m.links()) {
            counts.computeIfAbsent(l.operator(), k -> new int[4])[1]++;
            counts.computeIfAbsent(l.owner(), k -> new int[4])[3]++;
        }
        Map<String, List<Supplier>> children = new TreeMap<>();
        for (Supplier s : m.suppliers()) {
            children.computeIfAbsent(s.parent() == null ? "" : s.parent(), k -> new ArrayList<>()).add(s);
        }
        appendSupplierTree(sb, children, counts, "", "  ", new HashSet<>(), m.defaults(), asOf);
        int[] defence = counts.getOrDefault(Model.DEFENCE, new int[4]);
        sb.append(String.format("  defence itself: operates %d nodes, %d links; owns %d nodes, %d links%n",
                defence[0], defence[1], defence[2], defence[3]));
    }

    private static void appendSupplierTree(StringBuilder sb, Map<String, List<Supplier>> children,
                                           Map<String, int[]> counts, String parent, String indent, Set<String> seen,
                                           Map<String, Reliability> defaults, java.time.LocalDate asOf) {
        for (Supplier s : children.getOrDefault(parent, List.of())) {
            if (!seen.add(s.id())) {
                continue;
            }
            int[] c = counts.getOrDefault(s.id(), new int[4]);
            sb.append(indent).append(parent.isEmpty() ? "" : "└─ ").append(s.id());
            if (s.name() != null) {
                sb.append(" (").append(s.name()).append(')');
            }
            sb.append(String.format(": operates %d nodes, %d links; owns %d nodes, %d links", c[0], c[1], c[2], c[3]));
            if (s.reliability().isPresent() || defaults.get("supplier") != null) {
                sb.append("; ").append(figures(s.reliability(), defaults.get("supplier")));
            }
            if (!s.knows().isEmpty()) {
                sb.append("; knows ").append(String.join(", ", s.knows()));
            }
            sb.append('\n');
            for (Authorisation a : s.authorisations()) {
                sb.append(indent).append(parent.isEmpty() ? "   " : "      ")
                        .append("authorisation ").append(a.scope()).append(" valid until ").append(a.validUntil())
                        .append(a.validUntil() != null && a.validUntil().isBefore(asOf) ? "  EXPIRED" : "")
                        .append('\n');
            }
            appendSupplierTree(sb, children, counts, s.id(), parent.isEmpty() ? indent + "  " : indent + "   ", seen,
                    defaults, asOf);
        }
    }

    private static void appendServices(StringBuilder sb, Model m) {
        sb.append("\nServices\n");
        for (ServiceKind kind : ServiceKind.values()) {
            List<Service> of = m.services().stream().filter(s -> s.kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            sb.append("  ").append(kind.token()).append(" (").append(of.size()).append(")\n");
            Map<String, List<Service>> byCategory = new TreeMap<>(Comparator.naturalOrder());
            for (Service s : of) {
                byCategory.computeIfAbsent(s.category() == null ? "-" : s.category(), k -> new ArrayList<>()).add(s);
            }
            for (Map.Entry<String, List<Service>> e : byCategory.entrySet()) {
                String label = e.getKey().equals("-") ? "no category" : "category " + e.getKey();
                sb.append("    ").append(label).append(": ");
                sb.append(e.getValue().stream().map(ModelSummary::describe).collect(Collectors.joining(", "))).append('\n');
            }
        }
    }

    private static String describe(Service s) {
        StringBuilder d = new StringBuilder(s.id());
        List<String> facts = new ArrayList<>();
        if (s.neverOut() > 0) {
            facts.add("never_out " + s.neverOut());
        }
        if (s.users() != null) {
            facts.add(String.format("%,d users", s.users()));
        }
        if (!s.dependsOn().isEmpty()) {
            List<String> entries = new ArrayList<>();
            for (List<String> entry : s.dependsOn()) {
                entries.add(entry.size() == 1 ? entry.get(0) : "(" + String.join(" or ", entry) + ")");
            }
            facts.add("needs " + String.join("+", entries));
        }
        if (!facts.isEmpty()) {
            d.append(" [").append(String.join("; ", facts)).append(']');
        }
        return d.toString();
    }

    private static void appendWarnings(StringBuilder sb, Model m) {
        List<String> warnings = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (Link l : m.links()) {
            linked.add(l.a());
            linked.add(l.b());
        }
        List<String> isolated = m.nodes().stream().map(Node::id).filter(id -> !linked.contains(id)).toList();
        if (!isolated.isEmpty()) {
            warnings.add(isolated.size() + " isolated node(s) with no link: " + abbreviate(isolated));
        }
        List<String> noNeverOut = m.services().stream().filter(s -> s.neverOut() == 0).map(Service::id).toList();
        if (!noNeverOut.isEmpty()) {
            warnings.add(noNeverOut.size() + " service(s) without a never_out requirement: " + abbreviate(noNeverOut));
        }
        List<String> noEndpoints = m.services().stream().filter(s -> s.endpoints().isEmpty()).map(Service::id).toList();
        if (!noEndpoints.isEmpty()) {
            warnings.add(noEndpoints.size() + " service(s) without endpoints (up while their dependencies are): " + abbreviate(noEndpoints));
        }
        sb.append("\nWarnings\n");
        if (warnings.isEmpty()) {
            sb.append("  none\n");
        }
        for (String w : warnings) {
            sb.append("  - ").append(w).append('\n');
        }
    }

    private static String abbreviate(List<String> ids) {
        int shown = Math.min(ids.size(), 12);
        String s = String.join(", ", ids.subList(0, shown));
        return ids.size() > shown ? s + ", ... (" + (ids.size() - shown) + " more)" : s;
    }
}
