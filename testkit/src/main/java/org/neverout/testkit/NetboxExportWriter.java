package org.neverout.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Site;
import org.neverout.model.Supplier;

/**
 * Writes a model as a NetBox 4.x export directory (one saved list response per endpoint, in the
 * serializers' shapes), independently of the importer: the oracle side of the NetBox round trip. A link
 * operated by defence becomes a cable between two interfaces; one operated by a supplier a circuit of
 * that provider, with A and Z terminations cabled to the two devices' interfaces. Each site's feeds hang
 * off one power panel {@code pp} of that site (a feed of several sites: one NetBox feed per site). The
 * given ids of planned devices and links get status planned. Objects are written in a shuffled order
 * (NetBox ids stay as assigned), and some cable ends list two interfaces of the same device.
 */
public final class NetboxExportWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NetboxExportWriter() {
    }

    /** Writes {@code model} into {@code dir} (created if needed). */
    public static void write(Model model, Set<String> planned, long seed, Path dir) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(dir);
        Map<String, ObjectNode> siteRefs = new HashMap<>();
        ArrayNode sites = JSON.createArrayNode();
        for (Site s : model.sites()) {
            ObjectNode ref = ref(sites.size() + 1, s.id());
            ref.put("slug", s.id());
            siteRefs.put(s.id(), ref);
            ObjectNode o = ref.deepCopy();
            o.set("status", choice("active"));
            if (s.lat() != null) {
                o.put("latitude", s.lat());
                o.put("longitude", s.lon());
            }
            o.set("tags", JSON.createArrayNode());
            sites.add(o);
        }
        ArrayNode providers = JSON.createArrayNode();
        for (Supplier p : model.suppliers()) {
            ObjectNode o = ref(providers.size() + 1, p.name() == null ? p.id() : p.name());
            o.put("slug", p.id());
            providers.add(o);
        }
        ArrayNode panels = JSON.createArrayNode();
        ArrayNode feeds = JSON.createArrayNode();
        Map<String, PowerFeed> feedById = new HashMap<>();
        model.powerFeeds().forEach(f -> feedById.put(f.id(), f));
        for (Site s : model.sites()) {
            if (s.power().isEmpty()) {
                continue;
            }
            ObjectNode panel = ref(panels.size() + 1, "pp");
            panel.set("site", siteRefs.get(s.id()));
            panels.add(panel);
            for (String f : s.power()) {
                ObjectNode feed = ref(feeds.size() + 1, f);
                feed.set("power_panel", ref(panels.size(), "pp"));
                feed.set("status", choice("active"));
                feed.set("tags", tags(feedById.get(f).groups()));
                feeds.add(feed);
            }
        }
        Map<String, ObjectNode> deviceRefs = new HashMap<>();
        ArrayNode devices = JSON.createArrayNode();
        for (Node n : model.nodes()) {
            ObjectNode ref = ref(devices.size() + 1, n.id());
            deviceRefs.put(n.id(), ref);
            ObjectNode o = ref.deepCopy();
            o.set("site", n.site() == null ? null : siteRefs.get(n.site()));
            o.set("role", n.role() == null ? null : slugRef(1, n.role()));
            ObjectNode type = ref(1, "type");
            type.set("manufacturer", n.vendor() == null ? null : slugRef(1, n.vendor()));
            o.set("device_type", type);
            o.set("platform", n.software() == null ? null : slugRef(1, n.software()));
            o.set("status", choice(planned.contains(n.id()) ? (random.nextBoolean() ? "planned" : "decommissioning")
                    : "active"));
            ObjectNode cf = o.putObject("custom_fields");
            cf.put("operator", Model.DEFENCE.equals(n.operator()) ? null : n.operator());
            cf.put("owner", Model.DEFENCE.equals(n.owner()) ? null : n.owner());
            o.set("tags", tags(n.groups()));
            devices.add(o);
        }
        ArrayNode cables = JSON.createArrayNode();
        ArrayNode circuits = JSON.createArrayNode();
        ArrayNode terminations = JSON.createArrayNode();
        int[] interfaces = {0};
        for (Link l : model.links()) {
            String status = planned.contains(l.id()) ? "planned" : "connected";
            if (Model.DEFENCE.equals(l.operator())) {
                ObjectNode c = JSON.createObjectNode();
                c.put("id", cables.size() + 1);
                c.put("label", l.id());
                c.set("a_terminations", ends(deviceRefs.get(l.a()), interfaces, random));
                c.set("b_terminations", ends(deviceRefs.get(l.b()), interfaces, random));
                c.set("status", choice(status));
                if (l.lengthKm() != null) {
                    c.put("length", l.lengthKm() * 1000);
                    c.set("length_unit", choice("m"));
                }
                c.set("tags", tags(l.groups()));
                cables.add(c);
                continue;
            }
            int circuitId = circuits.size() + 1;
            ObjectNode circuit = ref(circuitId, l.id());
            circuit.put("cid", l.id());
            circuit.set("provider", slugRef(1, l.operator()));
            circuit.set("status", choice(status.equals("planned") ? "planned" : "active"));
            if (l.capacityGbps() != null) {
                circuit.put("commit_rate", Math.round(l.capacityGbps() * 1_000_000));
            }
            circuit.set("tags", tags(l.groups()));
            circuits.add(circuit);
            for (String side : List.of("A", "Z")) {
                ObjectNode t = ref(terminations.size() + 1, l.id() + " " + side);
                ObjectNode nestedCircuit = ref(circuitId, l.id());
                nestedCircuit.put("cid", l.id());
                t.set("circuit", nestedCircuit);
                t.put("term_side", side);
                t.put("termination_type", "dcim.site");
                ArrayNode peers = JSON.createArrayNode();
                ObjectNode peer = ref(++interfaces[0], "eth" + interfaces[0]);
                peer.set("device", deviceRefs.get(side.equals("A") ? l.a() : l.b()));
                peers.add(peer);
                t.set("link_peers", peers);
                t.put("link_peers_type", "dcim.interface");
                terminations.add(t);
                // the cable from the device to the termination: not a link of its own
                ObjectNode c = JSON.createObjectNode();
                c.put("id", cables.size() + 1);
                ArrayNode a = JSON.createArrayNode();
                a.addObject().put("object_type", "dcim.interface").put("object_id", peer.get("id").asInt())
                        .set("object", peer);
                ArrayNode b = JSON.createArrayNode();
                b.addObject().put("object_type", "circuits.circuittermination").put("object_id", t.get("id").asInt())
                        .set("object", ref(t.get("id").asInt(), "term"));
                c.set("a_terminations", a);
                c.set("b_terminations", b);
                c.set("status", choice("connected"));
                c.put("length", 10);
                c.set("length_unit", choice("m"));
                cables.add(c);
            }
        }
        save(dir, "sites", sites, random);
        save(dir, "providers", providers, random);
        save(dir, "power-panels", panels, random);
        save(dir, "power-feeds", feeds, random);
        save(dir, "devices", devices, random);
        save(dir, "cables", cables, random);
        save(dir, "circuits", circuits, random);
        save(dir, "circuit-terminations", terminations, random);
    }

    /** One or (one time in four) two interfaces of a device as a cable end. */
    private static ArrayNode ends(ObjectNode device, int[] interfaces, Random random) {
        ArrayNode ends = JSON.createArrayNode();
        int count = random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            ObjectNode iface = ref(++interfaces[0], "eth" + interfaces[0]);
            iface.set("device", device);
            ends.addObject().put("object_type", "dcim.interface").put("object_id", interfaces[0]).set("object", iface);
        }
        return ends;
    }

    private static ObjectNode ref(int id, String name) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("url", "https://netbox.test/api/x/" + id + "/");
        o.put("display", name);
        o.put("name", name);
        return o;
    }

    private static ObjectNode slugRef(int id, String slug) {
        ObjectNode o = ref(id, slug);
        o.put("slug", slug);
        return o;
    }

    private static ObjectNode choice(String value) {
        ObjectNode o = JSON.createObjectNode();
        o.put("value", value);
        o.put("label", value.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + value.substring(1));
        return o;
    }

    private static ArrayNode tags(List<String> groups) {
        ArrayNode tags = JSON.createArrayNode();
        for (String g : groups) {
            tags.add(slugRef(tags.size() + 1, "srlg-" + g));
        }
        tags.add(slugRef(99, "monitored")); // a tag that is no group
        return tags;
    }

    private static void save(Path dir, String name, ArrayNode results, Random random) throws IOException {
        List<com.fasterxml.jackson.databind.JsonNode> shuffled = new java.util.ArrayList<>();
        results.forEach(shuffled::add);
        java.util.Collections.shuffle(shuffled, random);
        ObjectNode page = JSON.createObjectNode();
        page.put("count", shuffled.size());
        page.putNull("next");
        page.putNull("previous");
        page.putArray("results").addAll(shuffled);
        Files.writeString(dir.resolve(name + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(page));
    }
}
