package org.neverout.model;

import java.util.List;

/**
 * A physical location. Its nodes fail with it (basic event: the site's id) and draw power from its
 * feeds unless a node lists its own.
 */
public record Site(String id, String name, Double lat, Double lon, Double x, Double y,
                   List<String> power, Security security, Reliability reliability) implements Element {
    public Site {
        power = List.copyOf(power);
    }
}
