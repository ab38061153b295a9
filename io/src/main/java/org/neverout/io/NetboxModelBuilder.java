package org.neverout.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Reliability;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Maps a {@link NetboxExport} to a model, as docs/NETBOX.md specifies: sites, devices as nodes, cables
 * between two device interfaces and circuits (through their terminations' link peers) as links,
 * providers as suppliers, power panels and feeds as the power of their site; {@code srlg-} tags as
 * shared-risk groups; status planned/decommissioning as {@code status: planned}.
 *
 * <p>Objects are taken in NetBox id order, so ids are the same whatever the page order. Linear in the
 * number of objects (hash lookups by NetBox id).
 */
final class NetboxModelBuilder {
    static final String MODEL_NAME = "netbox";
    private static final String SRLG = "srlg-";
    private static final String INTERFACE = "dcim.interface";

    private final NetboxExport export;
    private final ImportOptions options;
    private final IdAllocator ids = new IdAllocator();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    /** NetBox site id to site model id; device id to node id (null: left out as planned). */
    private final Map<Long, String> siteIds = new HashMap<>();
    private final Map<Long, String> nodeIds = new HashMap<>();
    private final Set<Long> excludedDevices = new java.util.HashSet<>();
    private final Set<String> supplierIds = new LinkedHashSet<>();
    /** Each shared-risk group and the first object tagged with it, to name it if the group id clashes. */
    private final Map<String, NetboxObject> groupUsers = new LinkedHashMap<>();

    private NetboxModelBuilder(NetboxExport export, ImportOptions options) {
        this.export = export;
        this.options = options;
    }

    /**
     * The model of an export.
     *
     * @throws InvalidModelException for an object of another shape (NetBox 3.x cables included) or a
     *                               reference to an object not in the export, naming its file or URL and id
     */
    static ImportResult build(NetboxExport export, ImportOptions options) {
        return new NetboxModelBuilder(export, options).build();
    }

    private ImportResult build() {
        List<Supplier> suppliers = suppliers();
        Map<String, List<String>> power = new LinkedHashMap<>();
        List<Site> siteRecords = new ArrayList<>();
        List<NetboxObject> sites = sorted(NetboxEndpoint.SITES);
        for (NetboxObject s : sites) {
            String id = ids.allocate(IdAllocator.valid(s.requiredText("slug")));
            siteIds.put((long) s.id(), id);
            locations.put(id, s.at());
            power.put(id, new ArrayList<>());
        }
        List<PowerFeed> feeds = powerFeeds(power);
        for (NetboxObject s : sites) {
            String id = siteIds.get((long) s.id());
            Double[] latLon = latLon(s);
            siteRecords.add(new Site(id, s.text("name"), latLon[0], latLon[1], null, null, power.get(id), null,
                    Reliability.NONE));
        }
        List<Node> nodes = nodes();
        List<Link> links = new ArrayList<>(cables());
        links.addAll(circuits());
        groupUsers.forEach((group, user) -> {
            if (ids.isTaken(group)) {
                throw user.error("tag 'srlg-" + GraphMlImporter.shorten(group) + "' names group '"
                        + GraphMlImporter.shorten(group) + "', which is the id of another element (ids are shared by all kinds)");
            }
        });
        Model.Source source = new Model.Source(export.source(), export.sha256(), locations);
        Model model = new Model(MODEL_NAME, siteRecords, feeds, nodes, links, List.of(), suppliers, List.of(),
                List.of(), Map.of(), List.of(), org.neverout.model.ComplianceSettings.NONE, source);
        return new ImportResult(model, warnings);
    }

    private List<NetboxObject> sorted(NetboxEndpoint endpoint) {
        List<NetboxObject> list = new ArrayList<>(export.of(endpoint));
        list.sort(Comparator.comparingInt(NetboxObject::id));
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).id() == list.get(i - 1).id()) {
                throw list.get(i).error("listed twice (pages overlap, or the list changed while it was read)");
            }
        }
        return list;
    }

    private List<Supplier> suppliers() {
        List<Supplier> suppliers = new ArrayList<>();
        for (NetboxObject p : sorted(NetboxEndpoint.PROVIDERS)) {
            String slug = p.requiredText("slug");
            // suppliers first: their ids are shared with every element, and custom fields name them as they are
            if (!IdAllocator.valid(slug).equals(slug) || slug.equals(Model.DEFENCE) || !supplierIds.add(slug)
                    || !ids.allocate(slug).equals(slug)) {
                throw p.error("slug '" + GraphMlImporter.shorten(slug) + "' is not usable as a supplier id "
                        + "(empty, with white space, 'defence' or used twice)");
            }
            suppliers.add(new Supplier(slug, p.text("name"), null, null, List.of(), List.of(), List.of()));
        }
        return suppliers;
    }

    private List<PowerFeed> powerFeeds(Map<String, List<String>> power) {
        Map<Long, NetboxObject> panels = new HashMap<>();
        for (NetboxObject panel : sorted(NetboxEndpoint.POWER_PANELS)) {
            panels.put((long) panel.id(), panel);
        }
        List<PowerFeed> feeds = new ArrayList<>();
        for (NetboxObject f : sorted(NetboxEndpoint.POWER_FEEDS)) {
            Long panelId = f.nestedId("power_panel");
            NetboxObject panel = panelId == null ? null : panels.get(panelId);
            if (panel == null) {
                throw f.error(panelId == null ? "has no power panel"
                        : "names power panel " + panelId + ", which is not in the export");
            }
            Long siteId = panel.nestedId("site");
            String site = siteId == null ? null : siteIds.get(siteId);
            if (site == null) {
                throw panel.error(siteId == null ? "has no site" : "names site " + siteId + ", which is not in the export");
            }
            if (options.excludePlanned() && planned(f)) {
                warnings.add(f.at() + ": " + f.what() + " is planned: left out (--exclude-planned)");
                continue;
            }
            String wanted = IdAllocator.slug(site + " " + panel.text("name") + " " + f.text("name"));
            String id = ids.allocate(wanted.isEmpty() ? "power-feed-" + f.id() : wanted);
            locations.put(id, f.at());
            String name = (panel.text("name") == null ? "" : panel.text("name") + " / ") + nullToEmpty(f.text("name"));
            feeds.add(new PowerFeed(id, name, groups(f), Reliability.NONE));
            power.get(site).add(id);
        }
        return feeds;
    }

    private List<Node> nodes() {
        List<NetboxObject> devices = sorted(NetboxEndpoint.DEVICES);
        Map<String, Integer> nameCount = new HashMap<>();
        for (NetboxObject d : devices) {
            String name = d.text("name");
            if (name != null) {
                nameCount.merge(name, 1, Integer::sum);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (NetboxObject d : devices) {
            Long siteId = d.nestedId("site");
            String site = siteId == null ? null : siteIds.get(siteId);
            if (siteId != null && site == null) {
                throw d.error("names site " + siteId + ", which is not in the export");
            }
            if (site == null) {
                warnings.add(d.at() + ": " + d.what() + " has no site: imported without one");
            }
            boolean planned = planned(d);
            if (planned && options.excludePlanned()) {
                excludedDevices.add((long) d.id());
                warnings.add(d.at() + ": " + d.what() + " is planned: left out, with its links (--exclude-planned)");
                continue;
            }
            String name = d.text("name");
            String id = ids.allocate(nodeId(d, name, site, nameCount));
            nodeIds.put((long) d.id(), id);
            locations.put(id, d.at());
            String role = d.nestedText("role", "slug");
            if (role == null && d.has("device_role")) {
                role = d.nestedText("device_role", "slug"); // NetBox 3.x name of the same field
            }
            String vendor = null;
            JsonNode type = d.nested("device_type");
            if (type != null && type.get("manufacturer") != null && type.get("manufacturer").isObject()) {
                JsonNode slug = type.get("manufacturer").get("slug");
                vendor = slug != null && slug.isTextual() ? slug.asText() : null;
            }
            Double[] latLon = latLon(d);
            nodes.add(new Node(id, name, site, role, vendor, d.nestedText("platform", "slug"),
                    party(d, "operator"), party(d, "owner"), groups(d), null, latLon[0], latLon[1], null, null,
                    Reliability.NONE, planned ? "planned" : null));
        }
        return nodes;
    }

    /** The device name when it is a valid id no other device has; else {@code <site-slug>-<slug of the name>}. */
    private String nodeId(NetboxObject d, String name, String site, Map<String, Integer> nameCount) {
        if (name != null && IdAllocator.valid(name).equals(name) && nameCount.get(name) == 1 && !ids.isTaken(name)) {
            return name;
        }
        String slug = IdAllocator.slug(name);
        if (slug.isEmpty()) {
            slug = "device-" + d.id();
        }
        return site == null ? slug : site + "-" + slug;
    }

    /** A custom field naming a provider (supplier id), else defence. */
    private String party(NetboxObject d, String field) {
        String slug = d.customFieldSlug(field);
        if (slug == null) {
            return Model.DEFENCE;
        }
        if (!slug.equals(Model.DEFENCE) && !supplierIds.contains(slug)) {
            throw d.error("custom field '" + field + "' names '" + GraphMlImporter.shorten(slug)
                    + "', which is not the slug of a provider in the export");
        }
        return slug;
    }

    private List<Link> cables() {
        List<NetboxObject> cables = sorted(NetboxEndpoint.CABLES);
        Map<String, Integer> labelCount = new HashMap<>();
        for (NetboxObject c : cables) {
            String label = c.text("label");
            if (label != null && !label.isBlank()) {
                labelCount.merge(label, 1, Integer::sum);
            }
        }
        List<Link> links = new ArrayList<>();
        for (NetboxObject c : cables) {
            if (!c.json().has("a_terminations") && (c.json().has("termination_a") || c.json().has("termination_a_type"))) {
                throw c.error("NetBox 3.x cable shape (termination_a/termination_b): this import reads NetBox 4.x "
                        + "exports, whose cables list their ends as a_terminations/b_terminations (NetBox 3.3 and later)");
            }
            Long a = cableEnd(c, "a_terminations");
            Long b = cableEnd(c, "b_terminations");
            if (a == null || b == null) {
                continue; // an end that is not a device interface (circuit termination, patch panel): not a link
            }
            if (excludedDevices.contains(a) || excludedDevices.contains(b)) {
                warnings.add(c.at() + ": " + c.what() + " touches a planned device left out: left out");
                continue;
            }
            if (a.equals(b)) {
                warnings.add(c.at() + ": " + c.what() + " connects two interfaces of one device: not a link");
                continue;
            }
            boolean planned = planned(c);
            if (planned && options.excludePlanned()) {
                warnings.add(c.at() + ": " + c.what() + " is planned: left out (--exclude-planned)");
                continue;
            }
            String label = c.text("label");
            String id = label != null && IdAllocator.valid(label).equals(label) && labelCount.get(label) == 1
                    && !ids.isTaken(label) ? ids.allocate(label) : ids.allocate("cable-" + c.id());
            locations.put(id, c.at());
            links.add(new Link(id, label == null || label.isBlank() ? null : label, nodeIds.get(a), nodeIds.get(b),
                    Model.DEFENCE, Model.DEFENCE, groups(c), null, lengthKm(c), null, medium(c.text("type")),
                    planned ? "planned" : null, null, Reliability.NONE));
        }
        return links;
    }

    /**
     * The device at one end of a cable when every termination of that end is an interface of it; null
     * when the end is anything else (or empty). A device not in the export is an error.
     */
    private Long cableEnd(NetboxObject c, String field) {
        JsonNode ends = c.json().get(field);
        if (ends == null || !ends.isArray()) {
            throw c.error("'" + field + "' is missing or not a list");
        }
        Long device = null;
        for (JsonNode t : ends) {
            JsonNode type = t.get("object_type");
            if (type == null || !type.isTextual()) {
                throw c.error("a termination of '" + field + "' has no 'object_type'");
            }
            if (!INTERFACE.equals(type.asText())) {
                return null;
            }
            Long d = interfaceDevice(c, t.get("object"), field);
            if (device != null && !device.equals(d)) {
                warnings.add(c.at() + ": " + c.what() + ": '" + field + "' spans several devices: not a link");
                return null;
            }
            device = d;
        }
        return device;
    }

    /** The device id of a nested interface ({@code {id, device: {id, name}, name}}), checked against the export. */
    private Long interfaceDevice(NetboxObject owner, JsonNode iface, String field) {
        JsonNode device = iface == null || !iface.isObject() ? null : iface.get("device");
        JsonNode id = device == null || !device.isObject() ? null : device.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw owner.error("an interface of '" + field + "' has no 'device.id'");
        }
        long d = id.asLong();
        if (!nodeIds.containsKey(d) && !excludedDevices.contains(d)) {
            JsonNode name = device.get("name");
            throw owner.error("names device " + d + (name != null && name.isTextual()
                    ? " ('" + GraphMlImporter.shorten(name.asText()) + "')" : "") + ", which is not in the export");
        }
        return d;
    }

    private List<Link> circuits() {
        Map<Long, NetboxObject[]> sides = new HashMap<>();
        Map<Long, NetboxObject> circuits = new HashMap<>();
        for (NetboxObject c : sorted(NetboxEndpoint.CIRCUITS)) {
            circuits.put((long) c.id(), c);
        }
        for (NetboxObject t : sorted(NetboxEndpoint.CIRCUIT_TERMINATIONS)) {
            Long circuit = t.nestedId("circuit");
            if (circuit == null || !circuits.containsKey(circuit)) {
                throw t.error(circuit == null ? "has no circuit" : "names circuit " + circuit + ", which is not in the export");
            }
            String side = t.choice("term_side");
            int index = "A".equals(side) ? 0 : "Z".equals(side) ? 1 : -1;
            if (index < 0) {
                throw t.error("'term_side' is neither A nor Z");
            }
            NetboxObject[] pair = sides.computeIfAbsent(circuit, k -> new NetboxObject[2]);
            if (pair[index] != null) {
                throw t.error("circuit " + circuit + " has two " + side + " terminations");
            }
            pair[index] = t;
        }
        List<Link> links = new ArrayList<>();
        for (NetboxObject c : sorted(NetboxEndpoint.CIRCUITS)) {
            String cid = c.requiredText("cid");
            String provider = c.nestedText("provider", "slug");
            if (provider == null || !supplierIds.contains(provider)) {
                throw c.error(provider == null ? "has no provider"
                        : "names provider '" + GraphMlImporter.shorten(provider) + "', which is not in the export");
            }
            NetboxObject[] pair = sides.getOrDefault((long) c.id(), new NetboxObject[2]);
            Long a = pair[0] == null ? null : peerDevice(pair[0]);
            Long z = pair[1] == null ? null : peerDevice(pair[1]);
            if (a == null || z == null) {
                warnings.add(c.at() + ": " + c.what() + " ('" + GraphMlImporter.shorten(cid) + "'): its "
                        + (a == null ? "A" : "Z") + " side is not cabled to a device interface: not a link");
                continue;
            }
            if (excludedDevices.contains(a) || excludedDevices.contains(z)) {
                warnings.add(c.at() + ": " + c.what() + " touches a planned device left out: left out");
                continue;
            }
            if (a.equals(z)) {
                warnings.add(c.at() + ": " + c.what() + " has both ends on one device: not a link");
                continue;
            }
            boolean planned = planned(c);
            if (planned && options.excludePlanned()) {
                warnings.add(c.at() + ": " + c.what() + " is planned: left out (--exclude-planned)");
                continue;
            }
            String slug = IdAllocator.slug(cid);
            String id = ids.allocate("circuit-" + (slug.isEmpty() ? String.valueOf(c.id()) : slug));
            locations.put(id, c.at());
            Long rate = c.integer("commit_rate");
            if (rate != null && rate < 0) {
                throw c.error("'commit_rate' is negative");
            }
            links.add(new Link(id, cid, nodeIds.get(a), nodeIds.get(z), provider, provider, groups(c),
                    rate == null ? null : rate / 1_000_000.0, null, null, null, planned ? "planned" : null, null,
                    Reliability.NONE));
        }
        return links;
    }

    /** The device behind a circuit termination: its link peers, when they are interfaces of one device. */
    private Long peerDevice(NetboxObject t) {
        JsonNode peers = t.json().get("link_peers");
        if (peers == null || peers.isNull()) {
            return null;
        }
        if (!peers.isArray()) {
            throw t.error("'link_peers' is not a list");
        }
        if (peers.isEmpty() || !INTERFACE.equals(t.text("link_peers_type"))) {
            return null;
        }
        Long device = null;
        for (JsonNode peer : peers) {
            Long d = interfaceDevice(t, peer, "link_peers");
            if (device != null && !device.equals(d)) {
                return null;
            }
            device = d;
        }
        return device;
    }

    /** Shared-risk groups from tags {@code srlg-<group>}. */
    private List<String> groups(NetboxObject o) {
        List<String> groups = new ArrayList<>();
        for (String slug : o.tagSlugs()) {
            if (slug.startsWith(SRLG)) {
                String group = slug.substring(SRLG.length());
                if (group.isEmpty() || !IdAllocator.valid(group).equals(group)) {
                    warnings.add(o.at() + ": " + o.what() + ": tag '" + GraphMlImporter.shorten(slug)
                            + "' names no usable group: ignored");
                } else if (!groups.contains(group)) {
                    groups.add(group);
                    groupUsers.putIfAbsent(group, o);
                }
            }
        }
        return groups;
    }

    private Double lengthKm(NetboxObject c) {
        Double length = c.decimal("length");
        if (length == null) {
            warnings.add(c.at() + ": " + c.what() + " has no length");
            return null;
        }
        String unit = c.choice("length_unit");
        double perUnit = unit == null ? Double.NaN : switch (unit.toLowerCase(Locale.ROOT)) {
            case "km" -> 1;
            case "m" -> 1e-3;
            case "cm" -> 1e-5;
            case "mi" -> 1.609344;
            case "ft" -> 0.0003048;
            case "in" -> 0.0000254;
            default -> Double.NaN;
        };
        if (Double.isNaN(perUnit) || length < 0) {
            warnings.add(c.at() + ": " + c.what() + ": length " + length + " "
                    + (unit == null ? "without a unit" : "in unit '" + GraphMlImporter.shorten(unit) + "'")
                    + " not understood: no length");
            return null;
        }
        return Math.round(length * perUnit * 1e6) / 1e6; // to the millimetre: no binary noise in the model file
    }

    /** NetBox cable types: single/multi-mode fibre, and copper (twisted pair, coax, DAC); others unknown. */
    static String medium(String cableType) {
        if (cableType == null || cableType.isBlank()) {
            return null;
        }
        String t = cableType.toLowerCase(Locale.ROOT);
        if (t.startsWith("smf") || t.startsWith("mmf") || t.startsWith("aoc") || t.contains("fiber")) {
            return "fiber";
        }
        if (t.startsWith("cat") || t.startsWith("dac") || t.startsWith("coax") || t.startsWith("rg-")
                || t.equals("mrj21-trunk") || t.equals("power")) {
            return "copper";
        }
        return null;
    }

    /** NetBox statuses of things not (or no longer) in service: planned, decommissioning. */
    private static boolean planned(NetboxObject o) {
        String status = o.choice("status");
        return "planned".equals(status) || "decommissioning".equals(status);
    }

    /** Latitude and longitude when both are given and in range (a warning otherwise). */
    private Double[] latLon(NetboxObject o) {
        Double lat = o.decimal("latitude");
        Double lon = o.decimal("longitude");
        if (lat == null && lon == null) {
            return new Double[] {null, null};
        }
        if (lat == null || lon == null || !Numbers.isLatitude(lat) || !Numbers.isLongitude(lon)) {
            warnings.add(o.at() + ": " + o.what() + ": latitude/longitude incomplete or out of range: dropped");
            return new Double[] {null, null};
        }
        return new Double[] {lat, lon};
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
