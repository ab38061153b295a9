package org.neverout.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Problem;

/**
 * Imports GraphML, generic and with the Internet Topology Zoo's conventions.
 *
 * <ul>
 *   <li>Data keys are resolved by their {@code attr.name}, never by key id (ids differ per file); any
 *       {@code attr.type}, including the non-standard "integer", is accepted: values are read by meaning.</li>
 *   <li>Every node becomes a node: {@code label} is its name, {@code Latitude}/{@code Longitude} its
 *       {@code lat}/{@code lon} (a pair out of range is dropped with a warning), {@code x}/{@code y} its
 *       pixel coordinates; role: a {@code role} attribute, else {@code hyperedge} for Zoo hyperedge
 *       pseudo-nodes, {@code external} for {@code Internal=0}, else {@code core}.</li>
 *   <li>Every edge except a self-loop becomes a link (directed edges as undirected links; self-loops
 *       dropped with a warning; parallel edges kept): {@code LinkLabel} its name, {@code LinkSpeedRaw}
 *       (bit/s) or {@code LinkSpeed}+{@code LinkSpeedUnits} (G/M/K/T) its capacity in Gbit/s,
 *       {@code LinkType} normalised to a medium, {@code LinkStatus} Future/Planned/Proposed: status
 *       {@code planned} (dropped, with a warning, under {@link ImportOptions#excludePlanned()}).</li>
 *   <li>Ids: a node's is the slug of its label when no other node's label gives the same slug, else
 *       {@code n<graphml id>-<slug>} (so duplicate labels never merge nodes); a link's is
 *       {@code l-<a>-<b>}, with {@code -2}, {@code -3}, ... for parallel edges.</li>
 * </ul>
 *
 * <p>Streaming StAX parse, O(file size) time and memory.
 */
public final class GraphMlImporter implements Importer {

    /** What one {@code <node>}, {@code <edge>} or {@code <graph>} carried. */
    private static final class Item {
        final String kind;
        final String id;
        final String source;
        final String target;
        final boolean directed;
        final Location location;
        final Map<String, String> data = new HashMap<>();

        Item(String kind, String id, String source, String target, boolean directed, Location location) {
            this.kind = kind;
            this.id = id;
            this.source = source;
            this.target = target;
            this.directed = directed;
            this.location = location;
        }
    }

    /** A {@code <key>} declaration. */
    private record Key(String forWhat, String name, String defaultValue) {
    }

    @Override
    public ImportResult importBytes(byte[] content, String fileName, String sha256, ImportOptions options) {
        List<Item> nodes = new ArrayList<>();
        List<Item> edges = new ArrayList<>();
        List<Item> graphs = new ArrayList<>();
        Map<String, Key> keys = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        int skippedHyperedges = 0;
        try (XmlCursor xml = new XmlCursor(content, fileName, options)) {
            String root = xml.root();
            if (!root.equals("graphml")) {
                throw xml.error("root element is <" + root + ">, not <graphml>: not a GraphML file");
            }
            Deque<Item> owners = new ArrayDeque<>();
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.localName();
                    if (name.equals("node") || name.equals("edge") || name.equals("graph")) {
                        owners.pop();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                Location at = xml.location();
                switch (xml.localName()) {
                    case "key":
                        readKey(xml, keys, at);
                        break;
                    case "graph": {
                        Item graph = new Item("graph", xml.attribute("id"), null, null,
                                "directed".equals(xml.attribute("edgedefault")), at);
                        graphs.add(graph);
                        owners.push(graph);
                        break;
                    }
                    case "node": {
                        String id = xml.attribute("id");
                        if (id == null) {
                            throw xml.error(at, "<node> without an id attribute");
                        }
                        Item node = new Item("node", id, null, null, false, at);
                        nodes.add(node);
                        owners.push(node);
                        break;
                    }
                    case "edge": {
                        String source = xml.attribute("source");
                        String target = xml.attribute("target");
                        if (source == null || target == null) {
                            throw xml.error(at, "<edge> without source and target attributes");
                        }
                        String directed = xml.attribute("directed");
                        boolean isDirected = directed == null
                                ? !owners.isEmpty() && owners.peek().directed : "true".equals(directed);
                        Item edge = new Item("edge", xml.attribute("id"), source, target, isDirected, at);
                        edges.add(edge);
                        owners.push(edge);
                        break;
                    }
                    case "data": {
                        String key = xml.attribute("key");
                        if (key == null) {
                            throw xml.error(at, "<data> without a key attribute");
                        }
                        String value = xml.text();
                        if (!owners.isEmpty()) {
                            owners.peek().data.put(key, value);
                        }
                        break;
                    }
                    case "hyperedge":
                        skippedHyperedges++;
                        xml.skipElement();
                        break;
                    case "desc":
                        xml.skipElement();
                        break;
                    default:
                        // graphml, port, locator, foreign extensions: nothing of ours inside
                }
            }
        }
        if (skippedHyperedges > 0) {
            warnings.add(fileName + ": " + skippedHyperedges
                    + " GraphML <hyperedge> elements skipped (only Zoo-style hyperedge pseudo-nodes are imported)");
        }
        return build(fileName, sha256, options, nodes, edges, graphs, keys, warnings);
    }

    private static void readKey(XmlCursor xml, Map<String, Key> keys, Location at) {
        String id = xml.attribute("id");
        if (id == null) {
            throw xml.error(at, "<key> without an id attribute");
        }
        String name = xml.attribute("attr.name");
        String forWhat = xml.attribute("for");
        String defaultValue = null;
        int level = 0;
        for (int event = xml.next(); ; event = xml.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (level == 0 && xml.localName().equals("default")) {
                    defaultValue = xml.text();
                } else {
                    level++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level-- == 0) {
                    break;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw xml.error("unexpected end of document inside <key>");
            }
        }
        // a key without attr.name (e.g. yEd graphics) is known by its id
        keys.put(id, new Key(forWhat == null ? "all" : forWhat, name == null ? id : name, defaultValue));
    }

    /** Resolves data by attribute name (key defaults included) for one item. */
    private static Map<String, String> attributes(Item item, Map<String, Key> keys) {
        Map<String, String> named = new HashMap<>();
        for (Key key : keys.values()) {
            if (key.defaultValue() != null && (key.forWhat().equals(item.kind) || key.forWhat().equals("all"))) {
                named.put(key.name(), key.defaultValue());
            }
        }
        for (Map.Entry<String, String> d : item.data.entrySet()) {
            Key key = keys.get(d.getKey());
            named.put(key == null ? d.getKey() : key.name(), d.getValue());
        }
        return named;
    }

    private static ImportResult build(String fileName, String sha256, ImportOptions options, List<Item> nodeItems,
                                      List<Item> edgeItems, List<Item> graphs, Map<String, Key> keys,
                                      List<String> warnings) {
        List<Problem> problems = new ArrayList<>();
        IdAllocator ids = new IdAllocator();
        Map<String, Location> locations = new LinkedHashMap<>();

        List<Map<String, String>> nodeAttributes = new ArrayList<>();
        Map<String, Integer> slugCounts = new HashMap<>();
        for (Item item : nodeItems) {
            Map<String, String> attributes = attributes(item, keys);
            nodeAttributes.add(attributes);
            slugCounts.merge(IdAllocator.slug(attributes.get("label")), 1, Integer::sum);
        }
        Map<String, String> nodeIds = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < nodeItems.size(); i++) {
            Item item = nodeItems.get(i);
            Map<String, String> attributes = nodeAttributes.get(i);
            if (nodeIds.containsKey(item.id)) {
                problems.add(new Problem(item.location, "duplicate node id '" + item.id + "'"));
                continue;
            }
            String label = blankToNull(attributes.get("label"));
            String slug = IdAllocator.slug(label);
            String id = ids.allocate(!slug.isEmpty() && slugCounts.get(slug) == 1 ? slug : qualified(item.id, slug, i));
            nodeIds.put(item.id, id);
            locations.put(id, item.location);
            nodes.add(node(id, label, attributes, item.location, warnings));
        }

        List<Link> links = new ArrayList<>();
        int planned = 0;
        int directed = 0;
        TreeSet<String> inexactTypes = new TreeSet<>();
        for (Item item : edgeItems) {
            String a = nodeIds.get(item.source);
            String b = nodeIds.get(item.target);
            if (a == null || b == null) {
                problems.add(new Problem(item.location, "edge refers to unknown node '"
                        + (a == null ? item.source : item.target) + "'"));
                continue;
            }
            if (a.equals(b)) {
                warnings.add(item.location + ": self-loop edge on node '" + a + "' dropped");
                continue;
            }
            Map<String, String> attributes = attributes(item, keys);
            String status = status(attributes.get("LinkStatus"));
            if (options.excludePlanned() && "planned".equals(status)) {
                planned++;
                continue;
            }
            directed += item.directed ? 1 : 0;
            String type = blankToNull(attributes.get("LinkType"));
            // an explicit medium (NeverOut's own export) is kept when it is one the loader accepts
            String explicit = blankToNull(attributes.get("medium"));
            String medium = explicit != null && Link.MEDIA.contains(explicit.strip()) ? explicit.strip()
                    : LinkMedium.normalise(explicit != null ? explicit : type);
            if (type != null && !LinkMedium.isExact(type, medium)) {
                inexactTypes.add(type.strip());
            }
            String id = ids.allocate("l-" + a + "-" + b);
            locations.put(id, item.location);
            String name = blankToNull(attributes.get("LinkLabel")) != null ? attributes.get("LinkLabel") : blankToNull(attributes.get("label"));
            links.add(Imported.link(id, name, a, b,
                    capacityGbps(attributes, item.location, warnings),
                    positive(attributes.get("length_km"), "length_km", item.location, warnings),
                    medium, status, null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        if (planned > 0) {
            warnings.add(fileName + ": " + planned + " planned link" + (planned == 1 ? "" : "s")
                    + " (LinkStatus Future/Planned/Proposed) excluded");
        }
        if (directed > 0) {
            warnings.add(fileName + ": " + directed + " directed edge" + (directed == 1 ? "" : "s")
                    + " read as undirected links");
        }
        if (!inexactTypes.isEmpty()) {
            warnings.add(fileName + ": link types that name no medium imported as medium 'other': "
                    + String.join(", ", inexactTypes));
        }
        Model.Source source = new Model.Source(fileName, sha256, locations);
        return new ImportResult(Imported.model(modelName(fileName, graphs, keys), nodes, links, List.of(), source),
                warnings);
    }

    /** {@code n<id>-<slug>} for numeric GraphML ids (the Zoo's), else {@code <slug of id>-<slug>}. */
    private static String qualified(String graphmlId, String labelSlug, int index) {
        String idSlug = IdAllocator.slug(graphmlId);
        String prefix = idSlug.isEmpty() ? "n" + index : Character.isDigit(idSlug.charAt(0)) ? "n" + idSlug : idSlug;
        return labelSlug.isEmpty() || labelSlug.equals(idSlug) ? prefix : prefix + "-" + labelSlug;
    }

    private static Node node(String id, String label, Map<String, String> attributes, Location at,
                             List<String> warnings) {
        Double lat = null;
        Double lon = null;
        String latText = blankToNull(attributes.get("Latitude"));
        String lonText = blankToNull(attributes.get("Longitude"));
        if (latText != null || lonText != null) {
            Double la = Numbers.parse(latText);
            Double lo = Numbers.parse(lonText);
            if (la == null || lo == null || !Numbers.isLatitude(la) || !Numbers.isLongitude(lo)) {
                warnings.add(at + ": node '" + id + "': coordinates Latitude=" + shorten(latText) + " Longitude="
                        + shorten(lonText) + " are not a valid pair (latitude -90..90, longitude -180..180): dropped");
            } else {
                lat = la;
                lon = lo;
            }
        }
        Double x = null;
        Double y = null;
        if (lat == null && attributes.containsKey("x") && attributes.containsKey("y")) {
            x = Numbers.parse(attributes.get("x"));
            y = Numbers.parse(attributes.get("y"));
            if (x == null || y == null) {
                warnings.add(at + ": node '" + id + "': x/y are not numbers: dropped");
                x = null;
                y = null;
            }
        }
        return Imported.node(id, label, role(attributes), lat, lon, x, y);
    }

    private static String role(Map<String, String> attributes) {
        String role = blankToNull(attributes.get("role"));
        if (role != null) {
            return role.strip();
        }
        String hyperedge = blankToNull(attributes.get("hyperedge"));
        if (hyperedge != null && (hyperedge.strip().equals("1") || hyperedge.strip().equalsIgnoreCase("true"))) {
            return "hyperedge";
        }
        String internal = blankToNull(attributes.get("Internal"));
        if (internal != null && (internal.strip().equals("0") || internal.strip().equalsIgnoreCase("false"))) {
            return "external";
        }
        return "core";
    }

    /** Future, Planned, Proposed, Planning: planned; another value is kept in lower case; none: in service. */
    private static String status(String linkStatus) {
        String s = blankToNull(linkStatus);
        if (s == null) {
            return null;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("future") || t.startsWith("plan") || t.startsWith("propos")) {
            return "planned";
        }
        return t;
    }

    private static Double capacityGbps(Map<String, String> attributes, Location at, List<String> warnings) {
        if (blankToNull(attributes.get("capacity_gbps")) != null) {
            return positive(attributes.get("capacity_gbps"), "capacity_gbps", at, warnings);
        }
        String raw = blankToNull(attributes.get("LinkSpeedRaw"));
        if (raw != null) {
            Double bits = Numbers.parse(raw);
            if (bits != null && bits > 0) {
                return bits / 1e9;
            }
        }
        String speed = blankToNull(attributes.get("LinkSpeed"));
        if (speed == null) {
            return null;
        }
        Double value = Numbers.parse(speed);
        String units = blankToNull(attributes.get("LinkSpeedUnits"));
        double scale = units == null ? Double.NaN : switch (units.strip().toUpperCase(Locale.ROOT)) {
            case "T" -> 1e3;
            case "G" -> 1;
            case "M" -> 1e-3;
            case "K" -> 1e-6;
            default -> Double.NaN;
        };
        if (value == null || value <= 0 || Double.isNaN(scale)) {
            warnings.add(at + ": link speed '" + shorten(speed) + "' with units '" + shorten(units)
                    + "' not understood: no capacity");
            return null;
        }
        return value * scale;
    }

    private static Double positive(String text, String what, Location at, List<String> warnings) {
        if (blankToNull(text) == null) {
            return null;
        }
        Double value = Numbers.parse(text);
        if (value == null || value < 0) {
            warnings.add(at + ": " + what + " '" + shorten(text) + "' is not a non-negative number: dropped");
            return null;
        }
        return value;
    }

    /** The first graph's label (or Zoo {@code Network}), else the file name without directory and extension. */
    private static String modelName(String fileName, List<Item> graphs, Map<String, Key> keys) {
        if (!graphs.isEmpty()) {
            Map<String, String> attributes = attributes(graphs.get(0), keys);
            for (String key : List.of("label", "Network", "name")) {
                String value = blankToNull(attributes.get(key));
                if (value != null) {
                    return value.strip();
                }
            }
        }
        return ModelFiles.baseName(fileName);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A value quoted in a warning, cut short: warnings must stay one readable line. */
    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().replaceAll("\\p{Cntrl}", " ");
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
