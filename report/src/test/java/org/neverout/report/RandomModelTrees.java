package org.neverout.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/**
 * Seeded random models as MODEL.md JSON trees (so tests can edit them before loading): a few sites with
 * power feeds, nodes with software and operators (defence or one of two suppliers, one a subcontractor),
 * links (some in a shared duct), and services with single and alternative endpoints, dependencies and
 * never-out requirements.
 */
public final class RandomModelTrees {
    static final ObjectMapper JSON = new ObjectMapper();

    private RandomModelTrees() {
    }

    public static ObjectNode generate(long seed) {
        Random random = new Random(seed);
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "random-" + seed);
        int siteCount = 2 + random.nextInt(2);
        ArrayNode sites = root.putArray("sites");
        ArrayNode feeds = root.putArray("power_feeds");
        for (int s = 0; s < siteCount; s++) {
            ArrayNode power = sites.addObject().put("id", "S" + s).put("lat", 51.5 + random.nextDouble())
                    .put("lon", 4.5 + random.nextDouble()).putArray("power");
            power.add("p" + s);
            feeds.addObject().put("id", "p" + s);
        }
        ArrayNode suppliers = root.putArray("suppliers");
        suppliers.addObject().put("id", "telco");
        suppliers.addObject().put("id", "sub").put("parent", "telco");
        int nodeCount = 4 + random.nextInt(4);
        ArrayNode nodes = root.putArray("nodes");
        for (int n = 0; n < nodeCount; n++) {
            ObjectNode node = nodes.addObject().put("id", "n" + n).put("site", "S" + random.nextInt(siteCount));
            node.put("software", random.nextBoolean() ? "os-a" : "os-b");
            node.put("operator", operator(random));
        }
        ArrayNode links = root.putArray("links");
        int linkId = 0;
        for (int n = 1; n < nodeCount; n++) {
            addLink(links, "l" + linkId++, "n" + random.nextInt(n), "n" + n, random);
        }
        int extra = random.nextInt(nodeCount);
        for (int e = 0; e < extra; e++) {
            int a = random.nextInt(nodeCount);
            int b = random.nextInt(nodeCount);
            if (a != b) {
                addLink(links, "l" + linkId++, "n" + a, "n" + b, random);
            }
        }
        ArrayNode services = root.putArray("services");
        int serviceCount = 1 + random.nextInt(3);
        for (int s = 0; s < serviceCount; s++) {
            ObjectNode service = services.addObject().put("id", "svc" + s)
                    .put("kind", random.nextBoolean() ? "vital" : "infrastructure")
                    .put("never_out", random.nextInt(3));
            ArrayNode endpoints = service.putArray("endpoints");
            endpoints.add("n" + random.nextInt(nodeCount));
            ArrayNode alternatives = endpoints.addArray();
            alternatives.add("n" + random.nextInt(nodeCount));
            alternatives.add("n" + random.nextInt(nodeCount));
            if (s > 0 && random.nextBoolean()) {
                service.putArray("depends_on").add("svc" + random.nextInt(s));
            }
        }
        return root;
    }

    private static void addLink(ArrayNode links, String id, String a, String b, Random random) {
        ObjectNode link = links.addObject().put("id", id).put("a", a).put("b", b).put("operator", operator(random));
        if (random.nextInt(4) == 0) {
            link.putArray("groups").add("duct");
        }
    }

    private static String operator(Random random) {
        int r = random.nextInt(4);
        return r == 0 ? "telco" : r == 1 ? "sub" : "defence";
    }

    /** The kinds of edit a network engineer makes to a model in a merge request. */
    public enum Edit {
        REMOVE_LINK, ADD_LINK, CHANGE_OPERATOR, ADD_DEPENDENCY, SPLIT_ALTERNATIVES, RAISE_NEVER_OUT,
        /** A node moves to diverse software of its own (the August-2024 time-server fix). */
        DIVERSE_SOFTWARE,
        /** A service's never_out goes down by one (to 0: it can no longer regress). */
        LOWER_NEVER_OUT,
        /** A new service with a never-out requirement (its old profile is all zeros). */
        ADD_SERVICE,
        /** A service nothing depends on is removed (it cannot regress). */
        REMOVE_SERVICE
    }

    /** A copy of the model with one random edit of that kind applied (unchanged when it does not apply). */
    public static ObjectNode edit(ObjectNode model, Edit edit, Random random) {
        ObjectNode copy = model.deepCopy();
        ArrayNode links = (ArrayNode) copy.get("links");
        ArrayNode nodes = (ArrayNode) copy.get("nodes");
        ArrayNode services = (ArrayNode) copy.get("services");
        switch (edit) {
            case REMOVE_LINK:
                if (links.size() > 0) {
                    links.remove(random.nextInt(links.size()));
                }
                break;
            case ADD_LINK:
                int a = random.nextInt(nodes.size());
                int b = (a + 1 + random.nextInt(nodes.size() - 1)) % nodes.size();
                addLink(links, "added", "n" + a, "n" + b, random);
                break;
            case CHANGE_OPERATOR:
                ArrayNode pool = random.nextBoolean() ? nodes : links;
                if (pool.size() > 0) {
                    ObjectNode element = (ObjectNode) pool.get(random.nextInt(pool.size()));
                    String now = element.path("operator").asText("defence");
                    element.put("operator", now.equals("defence") ? "sub" : "defence");
                }
                break;
            case ADD_DEPENDENCY:
                if (services.size() > 1) {
                    int to = random.nextInt(services.size() - 1);
                    int from = to + 1 + random.nextInt(services.size() - 1 - to);
                    ObjectNode service = (ObjectNode) services.get(from);
                    ArrayNode deps = service.has("depends_on") ? (ArrayNode) service.get("depends_on")
                            : service.putArray("depends_on");
                    List<String> present = new ArrayList<>();
                    deps.forEach(d -> present.add(d.asText()));
                    if (!present.contains("svc" + to)) {
                        deps.add("svc" + to);
                    }
                }
                break;
            case SPLIT_ALTERNATIVES:
                // "change an operator" of the fault tree: an OR of alternatives becomes an AND of both
                ObjectNode service = (ObjectNode) services.get(random.nextInt(services.size()));
                ArrayNode endpoints = (ArrayNode) service.get("endpoints");
                ArrayNode alternatives = (ArrayNode) endpoints.get(1);
                ArrayNode split = RandomModelTrees.JSON.createArrayNode();
                split.add(endpoints.get(0));
                alternatives.forEach(split::add);
                service.set("endpoints", split);
                break;
            case DIVERSE_SOFTWARE:
                ((ObjectNode) nodes.get(random.nextInt(nodes.size()))).put("software", "diverse-os");
                break;
            case LOWER_NEVER_OUT:
                ObjectNode lowered = (ObjectNode) services.get(random.nextInt(services.size()));
                lowered.put("never_out", Math.max(0, lowered.get("never_out").asInt() - 1));
                break;
            case ADD_SERVICE:
                ObjectNode fresh = services.addObject().put("id", "fresh").put("kind", "vital")
                        .put("never_out", 1 + random.nextInt(2));
                ArrayNode ends = fresh.putArray("endpoints");
                ends.add("n" + random.nextInt(nodes.size()));
                ends.add("n" + random.nextInt(nodes.size()));
                break;
            case REMOVE_SERVICE:
                List<String> needed = new ArrayList<>();
                services.forEach(x -> x.path("depends_on").forEach(d -> needed.add(d.asText())));
                for (int i = services.size() - 1; i >= 0; i--) {
                    if (!needed.contains(services.get(i).get("id").asText())) {
                        services.remove(i);
                        break;
                    }
                }
                break;
            default:
                ObjectNode raised = (ObjectNode) services.get(random.nextInt(services.size()));
                raised.put("never_out", raised.get("never_out").asInt() + 1);
        }
        return copy;
    }

    public static Model load(ObjectNode tree, String file) {
        try {
            return ModelLoader.parse(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree), file, Format.JSON);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
