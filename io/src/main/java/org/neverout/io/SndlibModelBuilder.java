package org.neverout.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Link;
import org.neverout.model.Location;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Problem;
import org.neverout.model.Service;

/**
 * Turns an {@link SndlibNetwork} into a model.
 *
 * <p>Ids: SNDlib reuses one name for a node, a link and a demand (india35: {@code 0} is all three), so
 * ids are made unique across kinds the same way every time: a node keeps its SNDlib id; a link is
 * always {@code l-<link id>} and a demand always {@code d-<demand id>} (the SNDlib ids stay as the
 * elements' names). Should a prefixed id still meet a node id, {@link IdAllocator} adds {@code -2};
 * characters a model id cannot hold (white space, control characters) become {@code _}.
 *
 * <p>Values: every link as listed (both directions where the file lists both; a self-loop is dropped
 * with a warning); capacity = the pre-installed capacity when positive, else the largest module
 * capacity, else none; a positive routing cost becomes the link's {@code cost}, rounded to a positive integer; each demand becomes a
 * service of kind {@code other} between its two nodes with its {@code demand} value. Capacities and
 * demands are converted to Gbit/s where the file states its unit (bit/s, kbit/s, Mbit/s, Gbit/s); else
 * they stay in the file's own unit (so they compare with each other): {@code capacity_gbps} is then not
 * in Gbit/s, a warning says so and {@link ImportResult#unit()} too. O(nodes + links + demands).
 */
final class SndlibModelBuilder {
    private SndlibModelBuilder() {
    }

    static ImportResult build(SndlibNetwork network, String fileName, String sha256) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        IdAllocator ids = new IdAllocator();
        Map<String, Location> locations = new LinkedHashMap<>();
        Map<String, String> nodeIds = new HashMap<>();

        boolean geographical = geographical(network, fileName, warnings);
        List<Node> nodes = new ArrayList<>();
        for (SndlibNetwork.SNode n : network.nodes()) {
            if (nodeIds.containsKey(n.id())) {
                problems.add(new Problem(n.location(), "duplicate node id '" + n.id() + "'"));
                continue;
            }
            String id = ids.allocate(IdAllocator.valid(n.id()));
            nodeIds.put(n.id(), id);
            locations.put(id, n.location());
            nodes.add(geographical
                    ? Imported.node(id, null, null, n.y(), n.x(), null, null)
                    : Imported.node(id, null, null, null, null, n.x(), n.y()));
        }

        Double scale = toGbits(network.unit());
        List<Link> links = new ArrayList<>();
        for (SndlibNetwork.SLink l : network.links()) {
            String a = endpoint(nodeIds, l.source(), "link '" + l.id() + "'", l.location(), problems);
            String b = endpoint(nodeIds, l.target(), "link '" + l.id() + "'", l.location(), problems);
            if (a == null || b == null) {
                continue;
            }
            if (a.equals(b)) {
                warnings.add(l.location() + ": self-loop link '" + l.id() + "' dropped");
                continue;
            }
            String id = ids.allocate(IdAllocator.valid("l-" + l.id()));
            locations.put(id, l.location());
            links.add(Imported.link(id, l.id(), a, b, scaled(capacity(l), scale), null, null, null,
                    igpCost(l, warnings)));
        }

        List<Service> services = new ArrayList<>();
        for (SndlibNetwork.SDemand d : network.demands()) {
            String a = endpoint(nodeIds, d.source(), "demand '" + d.id() + "'", d.location(), problems);
            String b = endpoint(nodeIds, d.target(), "demand '" + d.id() + "'", d.location(), problems);
            if (a == null || b == null) {
                continue;
            }
            String id = ids.allocate(IdAllocator.valid("d-" + d.id()));
            locations.put(id, d.location());
            services.add(Imported.demand(id, d.id(), a, b, scaled(d.value(), scale)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        boolean figures = links.stream().anyMatch(l -> l.capacityGbps() != null) || !services.isEmpty();
        String unit;
        if (scale != null) {
            unit = ImportResult.GBITS + " (converted from the file's " + network.unit() + ")";
        } else {
            unit = "the file's own unit (" + (network.unit() == null ? "not stated" : network.unit())
                    + "; capacity_gbps holds it so capacities and demands compare)";
            if (figures) {
                warnings.add(fileName + ": capacities and demands are in the file's unit ("
                        + (network.unit() == null ? "not stated" : network.unit())
                        + "), not converted: capacity_gbps holds that unit so the two compare");
            }
        }
        Model.Source source = new Model.Source(fileName, sha256, locations);
        return new ImportResult(Imported.model(ModelFiles.baseName(fileName), nodes, links, services, source), warnings,
                unit);
    }

    /**
     * The factor from an SNDlib {@code unit} to Gbit/s, or null for a unit it does not state or we do
     * not know (then the figures stay as they are, and the output says so).
     */
    static Double toGbits(String unit) {
        if (unit == null) {
            return null;
        }
        switch (unit.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "BITSPERSEC":
            case "BITPERSEC":
                return 1e-9;
            case "KBITSPERSEC":
            case "KBITPERSEC":
                return 1e-6;
            case "MBITSPERSEC":
            case "MBITPERSEC":
                return 1e-3;
            case "GBITSPERSEC":
            case "GBITPERSEC":
                return 1.0;
            default:
                return null;
        }
    }

    private static Double scaled(Double value, Double scale) {
        return value == null || scale == null ? value : Double.valueOf(value * scale);
    }

    /**
     * SNDlib's routing cost as the link's IGP {@code cost} (MODEL.md 1.1: a positive integer): none when
     * it is not positive, else rounded to the nearest integer of at least 1, with a warning when rounding
     * changed it.
     */
    private static Double igpCost(SndlibNetwork.SLink l, List<String> warnings) {
        Double c = l.routingCost();
        if (c == null || !(c > 0)) {
            return null;
        }
        double rounded = Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(c + 0.5)));
        if (rounded != c) {
            warnings.add(l.location() + ": routing cost " + c + " of link '" + l.id() + "' rounded to the IGP cost "
                    + (long) rounded + " (a cost is a positive integer)");
        }
        return rounded;
    }

    private static boolean geographical(SndlibNetwork network, String fileName, List<String> warnings) {
        boolean inRange = network.nodes().stream().allMatch(n -> n.x() == null
                || Numbers.isLongitude(n.x()) && Numbers.isLatitude(n.y()));
        switch (network.coordinates()) {
            case PIXEL:
                return false;
            case GEOGRAPHICAL:
                if (!inRange) {
                    warnings.add(fileName + ": coordinates declared geographical but outside longitude/latitude "
                            + "ranges: imported as x/y");
                }
                return inRange;
            default:
                return inRange;
        }
    }

    private static String endpoint(Map<String, String> nodeIds, String sndlibId, String what, Location at,
                                   List<Problem> problems) {
        String id = nodeIds.get(sndlibId);
        if (id == null) {
            problems.add(new Problem(at, what + " refers to unknown node '" + GraphMlImporter.shorten(sndlibId) + "'"));
        }
        return id;
    }

    private static Double capacity(SndlibNetwork.SLink link) {
        if (link.preInstalledCapacity() != null && link.preInstalledCapacity() > 0) {
            return link.preInstalledCapacity();
        }
        return link.moduleCapacities().stream().filter(c -> c > 0).max(Double::compare).orElse(null);
    }
}
