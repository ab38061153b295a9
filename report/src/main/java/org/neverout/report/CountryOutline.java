package org.neverout.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled country outlines drawn behind the network map (Natural Earth 1:10m, public domain, via
 * world-atlas, ISC; see ATTRIBUTION.md beside the resource): the Netherlands and its neighbours, as
 * polygon rings of (longitude, latitude) in degrees.
 *
 * @param countries  country name to its rings
 * @param minLon     bounding box of all rings
 */
record CountryOutline(Map<String, List<double[][]>> countries, double minLon, double minLat, double maxLon,
                      double maxLat) {
    private static final String RESOURCE = "nl-outline.json";
    /** Parsed once; the resource is small (about 36 kB) and immutable. */
    private static final CountryOutline BUNDLED = load();

    static CountryOutline bundled() {
        return BUNDLED;
    }

    /** Whether the outline's bounding box overlaps the given one. */
    boolean overlaps(double west, double south, double east, double north) {
        return west <= maxLon && east >= minLon && south <= maxLat && north >= minLat;
    }

    private static CountryOutline load() {
        try (InputStream in = CountryOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled map outline " + RESOURCE + " is missing from the jar");
            }
            JsonNode root = JsonReportWriter.MAPPER.readTree(in);
            Map<String, List<double[][]>> countries = new LinkedHashMap<>();
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            root.get("countries").fields().forEachRemaining(entry -> {
                List<double[][]> rings = new ArrayList<>();
                for (JsonNode ring : entry.getValue()) {
                    double[][] points = new double[ring.size()][];
                    for (int i = 0; i < ring.size(); i++) {
                        double lon = ring.get(i).get(0).asDouble();
                        double lat = ring.get(i).get(1).asDouble();
                        points[i] = new double[] {lon, lat};
                        box[0] = Math.min(box[0], lon);
                        box[1] = Math.min(box[1], lat);
                        box[2] = Math.max(box[2], lon);
                        box[3] = Math.max(box[3], lat);
                    }
                    rings.add(points);
                }
                countries.put(entry.getKey(), List.copyOf(rings));
            });
            return new CountryOutline(java.util.Collections.unmodifiableMap(countries), box[0], box[1], box[2], box[3]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled map outline " + RESOURCE, e);
        }
    }
}
