package org.neverout.model;

import java.util.List;

/**
 * A network node. {@code power} is null when the node inherits its site's feeds; a non-null list (even
 * empty) replaces them. {@code operator} and {@code owner} are {@link Model#DEFENCE} or a supplier id.
 * {@code status} is null for a node in service, or e.g. "planned" for one not installed yet (imports),
 * like {@link Link#status()}: informational, the analyses treat the node as present.
 */
public record Node(String id, String name, String site, String role, String vendor, String software,
                   String operator, String owner, List<String> groups, List<String> power,
                   Double lat, Double lon, Double x, Double y, Reliability reliability, String status)
        implements Element {
    public Node {
        groups = List.copyOf(groups);
        power = power == null ? null : List.copyOf(power);
    }

    /** A node in service (no status). */
    public Node(String id, String name, String site, String role, String vendor, String software,
                String operator, String owner, List<String> groups, List<String> power,
                Double lat, Double lon, Double x, Double y, Reliability reliability) {
        this(id, name, site, role, vendor, software, operator, owner, groups, power, lat, lon, x, y, reliability,
                null);
    }
}
