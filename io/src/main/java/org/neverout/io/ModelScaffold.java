package org.neverout.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.neverout.model.Model;
import org.neverout.model.Node;

/**
 * {@code neverout init}: a model file to start from. Either the commented starter (a small network
 * that shows sites, feeds, defaults, assign rules, groups and services), or an imported topology
 * turned into a model with one site per {@link SiteRule}: nodes are placed by an id pattern (an
 * {@code assign} rule per pattern) or, for the nodes no pattern matches, on the nearest site with
 * coordinates (one rule per node, by great-circle distance). The role the importers set on every
 * node ({@code core}) is dropped: the supply-chain rules read the role, so it should be the modeller's.
 * Cost: O(nodes x sites).
 */
public final class ModelScaffold {
    /** A site of the scaffold: placed by an id glob, or (pattern null) at coordinates for nearest placement. */
    public record SiteRule(String site, String pattern, Double lat, Double lon) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final Pattern GLOB_CHARS = Pattern.compile("[*?]");

    private ModelScaffold() {
    }

    /** The commented starter model. */
    public static String starter() {
        try (InputStream in = ModelScaffold.class.getResourceAsStream("starter-model.yaml")) {
            if (in == null) {
                throw new IllegalStateException("starter-model.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An imported topology as a model with sites, feeds and assign rules; {@code from} names the source file. */
    @SuppressWarnings("unchecked")
    public static String fromImport(Model imported, String from, List<SiteRule> sites) {
        Map<String, Object> tree;
        try {
            tree = new ObjectMapper().readValue(ModelWriter.toJson(imported), LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model writer's JSON reads back", e);
        }
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) tree.getOrDefault("nodes", List.of());
        nodes.forEach(n -> n.remove("role"));

        List<Map<String, Object>> feeds = new ArrayList<>();
        List<Map<String, Object>> siteList = new ArrayList<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        List<SiteRule> located = new ArrayList<>();
        for (SiteRule s : sites) {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("id", s.site());
            if (s.lat() != null) {
                site.put("lat", s.lat());
                site.put("lon", s.lon());
                located.add(s);
            }
            site.put("power", List.of("grid-" + s.site()));
            if (siteList.stream().noneMatch(x -> x.get("id").equals(s.site()))) {
                siteList.add(site);
                feeds.add(new LinkedHashMap<>(Map.of("id", "grid-" + s.site())));
            }
            if (s.pattern() != null) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("nodes", s.pattern());
                rule.put("site", s.site());
                rules.add(rule);
            }
        }
        int nearest = 0;
        if (!located.isEmpty()) {
            for (Node n : imported.nodes()) {
                if (n.lat() == null || sites.stream().anyMatch(s -> s.pattern() != null && glob(s.pattern(), n.id()))) {
                    continue;
                }
                SiteRule best = null;
                double bestKm = Double.MAX_VALUE;
                for (SiteRule s : located) {
                    double km = greatCircleKm(n.lat(), n.lon(), s.lat(), s.lon());
                    if (km < bestKm) {
                        bestKm = km;
                        best = s;
                    }
                }
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("nodes", n.id());
                rule.put("site", best.site());
                rules.add(rule);
                nearest++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", tree.get("name"));
        if (!feeds.isEmpty()) {
            out.put("power_feeds", feeds);
            out.put("sites", siteList);
        }
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        if (!out.containsKey("services") && nodes.size() >= 2) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", "example");
            service.put("endpoints", List.of(nodes.get(0).get("id"), nodes.get(nodes.size() - 1).get("id")));
            service.put("never_out", 1);
            out.put("services", List.of(service));
        }
        String yaml;
        try {
            yaml = YAML.writeValueAsString(out);
            if (!rules.isEmpty()) {
                // one rule a line, in flow style, right after the name: the part a modeller edits most
                ObjectMapper json = new ObjectMapper();
                StringBuilder assign = new StringBuilder("assign:\n");
                for (Map<String, Object> rule : rules) {
                    assign.append("  - {nodes: ").append(json.writeValueAsString(rule.get("nodes")))
                            .append(", site: ").append(json.writeValueAsString(rule.get("site"))).append("}\n");
                }
                int afterName = yaml.indexOf('\n') + 1;
                yaml = yaml.substring(0, afterName) + assign + yaml.substring(afterName);
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder header = new StringBuilder();
        header.append("# A NeverOut model scaffolded by `neverout init` from ").append(from).append(".\n")
                .append("# Next: give every site its real feeds (a site with one feed loses power with it), set the\n")
                .append("# roles (access, distribution, server, ...), replace the example service with yours, then\n")
                .append("#   neverout lint MODEL && neverout analyze MODEL\n")
                .append("# docs/MODELLING.md walks through each step.\n");
        if (nearest > 0) {
            header.append("# ").append(nearest).append(nearest == 1 ? " node is" : " nodes are")
                    .append(" placed on the nearest site by coordinates (one rule each).\n");
        }
        return header + yaml;
    }

    private static boolean glob(String pattern, String id) {
        if (!GLOB_CHARS.matcher(pattern).find()) {
            return pattern.equals(id);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return id.matches(regex.toString());
    }

    /** Haversine distance on a sphere of radius 6371 km. */
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
