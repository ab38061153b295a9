package org.neverout.remediate;

import java.util.HashMap;
import java.util.Map;

import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Site;

/**
 * Where nodes are: WGS84 coordinates of the node, else of its site; pixel x/y the same way. Distances
 * are great-circle kilometres when both ends have coordinates, else pixel distances for ranking only.
 */
final class Geography {
    /** A new route is longer than the straight line: the factor. */
    static final double ROUTE_FACTOR = 1.3;
    private static final double EARTH_RADIUS_KM = 6371.0;

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();

    Geography(Model model) {
        model.nodes().forEach(n -> nodes.put(n.id(), n));
        model.sites().forEach(s -> sites.put(s.id(), s));
    }

    /** The site id of a node, or a site of its own ({@code node:<id>}) for a node without one. */
    String siteOf(String node) {
        Node n = nodes.get(node);
        return n != null && n.site() != null ? n.site() : "node:" + node;
    }

    /** Great-circle distance in km, or null when either end lacks WGS84 coordinates. */
    Double km(String a, String b) {
        double[] p = latLon(a);
        double[] q = latLon(b);
        if (p == null || q == null) {
            return null;
        }
        double dLat = Math.toRadians(q[0] - p[0]);
        double dLon = Math.toRadians(q[1] - p[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(p[0]))
                * Math.cos(Math.toRadians(q[0])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The route length of a new link: straight line x {@link #ROUTE_FACTOR}, to 0.1 km; null when unknown. */
    Double routeKm(String a, String b) {
        Double km = km(a, b);
        return km == null ? null : Math.round(km * ROUTE_FACTOR * 10) / 10.0;
    }

    /** A distance for ranking pairs: km, else pixels, else 0 (ties then go by id). */
    double rank(String a, String b) {
        Double km = km(a, b);
        if (km != null) {
            return km;
        }
        double[] p = xy(a);
        double[] q = xy(b);
        return p == null || q == null ? 0 : Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    private double[] latLon(String node) {
        Node n = nodes.get(node);
        if (n == null) {
            return null;
        }
        if (n.lat() != null && n.lon() != null) {
            return new double[] {n.lat(), n.lon()};
        }
        Site s = n.site() == null ? null : sites.get(n.site());
        return s != null && s.lat() != null && s.lon() != null ? new double[] {s.lat(), s.lon()} : null;
    }

    private double[] xy(String node) {
        Node n = nodes.get(node);
        if (n == null) {
            return null;
        }
        if (n.x() != null && n.y() != null) {
            return new double[] {n.x(), n.y()};
        }
        Site s = n.site() == null ? null : sites.get(n.site());
        return s != null && s.x() != null && s.y() != null ? new double[] {s.x(), s.y()} : null;
    }
}
