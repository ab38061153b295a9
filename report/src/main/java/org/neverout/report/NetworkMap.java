package org.neverout.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * The network map as inline SVG: one marker per site (or per node without a site), links as lines,
 * weak links and single-point markers highlighted, every element with a hover title.
 *
 * <p>Geographic coordinates (lat/lon on nodes or their sites) are drawn in an equirectangular projection
 * whose longitude is scaled by the cosine of the mid latitude, which keeps shapes true to within a few
 * per cent across a country the size of the Netherlands; the bundled country outline is drawn behind
 * when it overlaps the network's bounding box. Pixel coordinates (x/y, imports) are drawn as given, y
 * downwards, without an outline. Nodes without any position are left out (the caption says how many).
 * Cost: O(V + E + outline points).
 */
final class NetworkMap {
    static final double WIDTH = 760;
    private static final double PAD = 28;

    /** A drawn marker: a site or a lone node, with its projected position. */
    private record Marker(String key, String label, String title, double x, double y, boolean singlePoint,
                          boolean weakInside, int nodes) {
    }

    /**
     * How a link is drawn: its CSS classes (after {@code link}), a line of its hover title, and a rank;
     * where parallel links share a line the highest rank wins, and higher ranks are drawn on top.
     */
    record Paint(int rank, String cssClass, String note) {
    }

    private final Model model;
    private final Map<String, String> weakLinks;
    private final Map<String, List<String>> singlePointEvents;
    private final Map<String, String> singlePointNodes;
    private final java.util.function.Function<Link, Paint> paint;
    /** The SVG's element id; its title and clip path ids derive from it, so two maps can share a page. */
    private final String id;
    private final String caption;

    /** The report's map: weak links and single points highlighted. */
    NetworkMap(Model model, ReportFacts facts) {
        this.model = model;
        this.weakLinks = facts.weakLinks();
        this.singlePointEvents = facts.singlePointEvents();
        this.singlePointNodes = facts.singlePointNodes();
        this.paint = link -> {
            String reason = weakLinks.get(link.id());
            return reason == null ? new Paint(0, "", null) : new Paint(1, "weak", "weak: " + reason);
        };
        this.id = "network-map";
        this.caption = "Network map of ";
    }

    /**
     * A map with links painted by the caller (e.g. by utilisation) and no single-point markers.
     *
     * @param id      the SVG element's id, unique on the page
     * @param caption the SVG title's words before the model name, e.g. "Link utilisation of "
     */
    NetworkMap(Model model, java.util.function.Function<Link, Paint> paint, String id, String caption) {
        this.model = model;
        this.weakLinks = Map.of();
        this.singlePointEvents = Map.of();
        this.singlePointNodes = Map.of();
        this.paint = paint;
        this.id = id;
        this.caption = caption;
    }

    /** The SVG element, or null when no node has a position. */
    String svg() {
        Map<String, double[]> raw = new LinkedHashMap<>();   // marker key -> (x, y) before projection
        Map<String, String> markerOfNode = new LinkedHashMap<>();
        boolean geographic = collectPositions(raw, markerOfNode);
        if (raw.isEmpty()) {
            return null;
        }
        Projection projection = new Projection(raw.values(), geographic);
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"map\" viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-labelledby=\"%s-title\" xmlns=\"http://www.w3.org/2000/svg\">",
                id, WIDTH, projection.height, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(caption))
                .append(Html.escape(model.name())).append("</title>");
        svg.append(String.format(Locale.ROOT, "<defs><clipPath id=\"%s-clip\"><rect x=\"0\" y=\"0\" width=\"%.0f\" "
                + "height=\"%.0f\"/></clipPath></defs>", id, WIDTH, projection.height));
        svg.append(String.format(Locale.ROOT, "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\"/>",
                WIDTH, projection.height));
        if (geographic) {
            outline(svg, projection, id);
        }
        List<Marker> markers = markers(raw, markerOfNode, projection);
        Map<String, Marker> byKey = new LinkedHashMap<>();
        markers.forEach(m -> byKey.put(m.key(), m));
        links(svg, markerOfNode, byKey);
        svg.append("<g class=\"markers\">");
        for (Marker m : markers) {
            String cls = m.singlePoint() ? "site spof" : m.weakInside() ? "site weak" : "site";
            double r = m.nodes() > 2 ? 5.2 : 4.2;
            svg.append("<g class=\"").append(cls).append("\"><title>").append(Html.escape(m.title())).append("</title>");
            if (m.singlePoint()) {
                svg.append(String.format(Locale.ROOT, "<circle class=\"halo\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                        m.x(), m.y(), r + 4));
            }
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/></g>", m.x(), m.y(), r));
        }
        svg.append("</g><g class=\"labels\" aria-hidden=\"true\">");
        labels(svg, markers);
        svg.append("</g></svg>");
        return svg.toString();
    }

    /**
     * Places each marker's label at the first of right, left, above, below that overlaps no marker and
     * no label placed before it, else where it overlaps least. Greedy, O(M^2) for M markers, which is
     * small (sites); text width is estimated from the character count.
     */
    private static void labels(StringBuilder svg, List<Marker> markers) {
        List<double[]> taken = new ArrayList<>();
        for (Marker m : markers) {
            taken.add(new double[] {m.x() - 5, m.y() - 5, m.x() + 5, m.y() + 5});
        }
        for (Marker m : markers) {
            double w = 5.6 * m.label().length() + 2;
            double h = 10;
            double[][] candidates = {
                {m.x() + 7, m.y() - 6}, {m.x() - 7 - w, m.y() - 6}, {m.x() - w / 2, m.y() - 17}, {m.x() - w / 2, m.y() + 6},
            };
            double[] best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (double[] c : candidates) {
                double[] box = {c[0], c[1], c[0] + w, c[1] + h};
                double overlap = 0;
                for (double[] t : taken) {
                    overlap += Math.max(0, Math.min(box[2], t[2]) - Math.max(box[0], t[0]))
                            * Math.max(0, Math.min(box[3], t[3]) - Math.max(box[1], t[1]));
                }
                if (overlap < bestOverlap - 1e-9) {
                    bestOverlap = overlap;
                    best = box;
                }
            }
            taken.add(best);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">", best[0], best[1] + 8.5))
                    .append(Html.escape(m.label())).append("</text>");
        }
    }

    /** How many nodes could not be placed (no coordinates of their own nor on their site). */
    long unplacedNodes() {
        Map<String, double[]> raw = new LinkedHashMap<>();
        Map<String, String> markerOfNode = new LinkedHashMap<>();
        collectPositions(raw, markerOfNode);
        return model.nodes().size() - markerOfNode.size();
    }

    /** Fills marker positions; returns whether they are geographic (lat/lon) rather than pixels (x/y). */
    private boolean collectPositions(Map<String, double[]> raw, Map<String, String> markerOfNode) {
        Map<String, Site> sites = new LinkedHashMap<>();
        model.sites().forEach(s -> sites.put(s.id(), s));
        boolean geographic = model.nodes().stream().anyMatch(n -> n.lat() != null && n.lon() != null)
                || model.sites().stream().anyMatch(s -> s.lat() != null && s.lon() != null);
        for (Node node : model.nodes()) {
            Site site = node.site() == null ? null : sites.get(node.site());
            double[] own = position(node.lat(), node.lon(), node.x(), node.y(), geographic);
            if (own != null) {
                // a node with its own position gets its own marker, even inside a site
                raw.put("node:" + node.id(), own);
                markerOfNode.put(node.id(), "node:" + node.id());
                continue;
            }
            double[] fromSite = site == null ? null : position(site.lat(), site.lon(), site.x(), site.y(), geographic);
            if (fromSite != null) {
                raw.putIfAbsent("site:" + site.id(), fromSite);
                markerOfNode.put(node.id(), "site:" + site.id());
            }
        }
        return geographic;
    }

    private static double[] position(Double lat, Double lon, Double x, Double y, boolean geographic) {
        if (geographic) {
            return lat != null && lon != null ? new double[] {lon, lat} : null;
        }
        return x != null && y != null ? new double[] {x, y} : null;
    }

    private List<Marker> markers(Map<String, double[]> raw, Map<String, String> markerOfNode, Projection p) {
        Map<String, Site> sites = new LinkedHashMap<>();
        model.sites().forEach(s -> sites.put(s.id(), s));
        Map<String, List<Node>> nodesAt = new LinkedHashMap<>();
        for (Node node : model.nodes()) {
            String key = markerOfNode.get(node.id());
            if (key != null) {
                nodesAt.computeIfAbsent(key, k -> new ArrayList<>()).add(node);
            }
        }
        Map<String, Boolean> weakInside = new LinkedHashMap<>();
        for (Link link : model.links()) {
            String a = markerOfNode.get(link.a());
            if (a != null && a.equals(markerOfNode.get(link.b())) && weakLinks.containsKey(link.id())) {
                weakInside.put(a, true);
            }
        }
        List<Marker> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : raw.entrySet()) {
            String key = e.getKey();
            List<Node> nodes = nodesAt.getOrDefault(key, List.of());
            StringBuilder title = new StringBuilder();
            String label;
            boolean spof = false;
            if (key.startsWith("site:")) {
                Site site = sites.get(key.substring(5));
                label = site.id();
                title.append(site.name() == null ? site.id() : site.name() + " (" + site.id() + ")");
                if (singlePointEvents.containsKey(site.id())) {
                    spof = true;
                    title.append("\nSite is a single point of failure of ")
                            .append(String.join(", ", singlePointEvents.get(site.id())));
                }
            } else {
                label = nodes.isEmpty() ? key.substring(5) : nodes.get(0).id();
                title.append(label);
            }
            for (Node node : nodes) {
                title.append("\n\u2022 ").append(node.id());
                if (node.role() != null) {
                    title.append(" (").append(node.role()).append(')');
                }
                String reason = singlePointNodes.get(node.id());
                if (reason != null) {
                    spof = true;
                    title.append(": ").append(reason);
                }
            }
            double[] xy = p.project(e.getValue());
            out.add(new Marker(key, label, title.toString(), xy[0], xy[1], spof, weakInside.containsKey(key),
                    nodes.size()));
        }
        return out;
    }

    private void links(StringBuilder svg, Map<String, String> markerOfNode, Map<String, Marker> markers) {
        // one line per pair of markers; parallel links share it (their titles are listed together)
        Map<String, List<Link>> pairs = new LinkedHashMap<>();
        for (Link link : model.links()) {
            String a = markerOfNode.get(link.a());
            String b = markerOfNode.get(link.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
        }
        // drawn by rank, highest last (on top); equal ranks keep model order
        java.util.TreeMap<Integer, StringBuilder> layers = new java.util.TreeMap<>();
        for (Map.Entry<String, List<Link>> e : pairs.entrySet()) {
            String[] ends = e.getKey().split("\u0000");
            Marker a = markers.get(ends[0]);
            Marker b = markers.get(ends[1]);
            Paint top = null;
            StringBuilder title = new StringBuilder();
            for (Link link : e.getValue()) {
                if (title.length() > 0) {
                    title.append('\n');
                }
                title.append(link.id()).append(": ").append(link.a()).append(" \u2013 ").append(link.b());
                if (!Model.DEFENCE.equals(link.operator())) {
                    title.append(", operated by ").append(link.operator());
                }
                Paint p = paint.apply(link);
                if (p.note() != null) {
                    title.append("\n  ").append(p.note());
                }
                if (top == null || p.rank() > top.rank()) {
                    top = p;
                }
            }
            int count = e.getValue().size();
            boolean marked = top.rank() > 0;
            String cls = top.cssClass().isEmpty() ? "link" : "link " + top.cssClass();
            layers.computeIfAbsent(top.rank(), r -> new StringBuilder()).append(String.format(Locale.ROOT,
                    "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\">",
                    Html.escape(cls), a.x(), a.y(), b.x(), b.y(), (marked ? 2.6 : 1.4) + 0.8 * (count - 1)))
                    .append("<title>").append(Html.escape(title.toString())).append("</title></line>");
        }
        svg.append("<g class=\"links\">");
        layers.values().forEach(svg::append);
        svg.append("</g>");
    }

    private static void outline(StringBuilder svg, Projection p, String id) {
        CountryOutline outline = CountryOutline.bundled();
        if (!outline.overlaps(p.west, p.south, p.east, p.north)) {
            return;
        }
        svg.append("<g class=\"outline\" clip-path=\"url(#").append(id).append("-clip)\">");
        List<String> names = new ArrayList<>(outline.countries().keySet());
        names.sort((x, y) -> Boolean.compare(x.equals("Netherlands"), y.equals("Netherlands")));
        for (String name : names) {
            StringBuilder d = new StringBuilder();
            for (double[][] ring : outline.countries().get(name)) {
                for (int i = 0; i < ring.length; i++) {
                    double[] xy = p.project(ring[i]);
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", xy[0], xy[1]));
                }
                d.append('Z');
            }
            svg.append("<path class=\"").append(name.equals("Netherlands") ? "land home" : "land")
                    .append("\" d=\"").append(d).append("\"><title>").append(Html.escape(name))
                    .append("</title></path>");
        }
        svg.append("</g>");
    }

    /** Fits the markers' bounding box (padded) into the drawing, keeping the aspect ratio. */
    private static final class Projection {
        final boolean geographic;
        final double west;
        final double south;
        final double east;
        final double north;
        final double cos;
        final double scale;
        final double height;

        Projection(Iterable<double[]> points, boolean geographic) {
            this.geographic = geographic;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] p : points) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            double minSpan = geographic ? 0.4 : 10;
            double spanX = Math.max(maxX - minX, minSpan);
            double spanY = Math.max(maxY - minY, minSpan);
            double cx = (minX + maxX) / 2;
            double cy = (minY + maxY) / 2;
            // a little margin around the outermost markers
            spanX *= 1.08;
            spanY *= 1.08;
            this.west = cx - spanX / 2;
            this.east = cx + spanX / 2;
            this.south = cy - spanY / 2;
            this.north = cy + spanY / 2;
            this.cos = geographic ? Math.cos(Math.toRadians(Math.max(-80, Math.min(80, cy)))) : 1.0;
            double inner = WIDTH - 2 * PAD;
            double aspect = spanY / (spanX * cos);
            double h = inner * aspect;
            double maxHeight = 900 - 2 * PAD;
            double s = inner / (spanX * cos);
            if (h > maxHeight) {
                s = maxHeight / spanY;
                h = maxHeight;
            }
            this.scale = s;
            this.height = Math.max(240, h + 2 * PAD);
        }

        double[] project(double[] p) {
            double centreX = (west + east) / 2;
            double centreY = (south + north) / 2;
            double x = WIDTH / 2 + (p[0] - centreX) * cos * scale;
            double y = geographic ? height / 2 - (p[1] - centreY) * scale : height / 2 + (p[1] - centreY) * scale;
            return new double[] {x, y};
        }
    }
}
