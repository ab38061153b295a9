package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.testkit.RandomModels;
import org.neverout.testkit.TopologyZoo;

/**
 * MODEL.md 1.1 "Authoring large models": a seeded random model, written out whole, and the same model
 * authored with random {@code assign} rules and attribute {@code defaults} (every field a rule or default
 * would give is left out, at random) and its lists split at random points into nested included files,
 * load to the same model: the same {@link ModelWriter} output (the resolved export) and the same
 * analysis. The authoring here is derived from the whole model by its own glob matcher and precedence
 * (element, first matching rule, default), sharing no code with the loader's.
 */
class AuthoringResolvesAsWrittenOutTest {
    private static final List<String> NODE_FIELDS = List.of("site", "role", "vendor", "software", "operator", "owner",
            "groups", "power");
    private static final List<String> LINK_FIELDS = List.of("operator", "owner", "groups", "medium", "capacity_gbps",
            "cost");
    private static final List<String> LISTS = List.of("sites", "power_feeds", "nodes", "links", "groups", "suppliers",
            "services", "external_parties", "software_versions");
    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        long seed = 0;
        for (String graph : TopologyZoo.SMALL) {
            for (int i = 0; i < 6; i++) {
                cases.add(new Object[] {graph, seed++});
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void includesRulesAndDefaultsResolveToTheModelWrittenOut(String graph, long seed, @TempDir Path dir)
            throws Exception {
        Model generated = RandomModels.generate(TopologyZoo.load(graph), RandomModels.Spec.everyEventKind(), seed);
        Path whole = dir.resolve("whole.yaml");
        Files.writeString(whole, ModelWriter.toYaml(generated));
        Model expected = ModelLoader.load(whole);

        Random random = new Random(seed);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new ObjectMapper().readValue(ModelWriter.toJson(expected), LinkedHashMap.class);
        author(tree, "nodes", NODE_FIELDS, "node", random);
        author(tree, "links", LINK_FIELDS, "link", random);
        Path main = split(tree, dir.resolve("authored"), random);
        Model authored = ModelLoader.load(main);

        assertThat(ModelWriter.toYaml(authored)).isEqualTo(ModelWriter.toYaml(expected));
        assertThat(analyze(authored)).isEqualTo(analyze(expected));
        assertThat(authored.source().sha256()).isNotEqualTo(expected.source().sha256());
    }

    private static List<ServiceResult> analyze(Model model) {
        AnalysisQuestion question = AnalysisQuestion.defaults().withOrder(2).withThreads(1);
        return CutSetEngine.analyze(CompiledModel.compile(model), question, ProgressListener.NONE).services();
    }

    /** A rule of the authored model: a glob and the fields it sets. */
    private record Rule(String glob, Pattern pattern, Map<String, Object> sets) {
    }

    /**
     * Adds random rules (and defaults) for the elements of {@code list}, then leaves out of each element
     * every field that resolution gives back the same, with probability 3/4; a field the element leaves
     * out but a rule or default would set is written explicitly (null for "none").
     */
    @SuppressWarnings("unchecked")
    private static void author(Map<String, Object> tree, String list, List<String> fields, String kind,
                               Random random) {
        List<Map<String, Object>> elements = (List<Map<String, Object>>) tree.getOrDefault(list, List.of());
        if (elements.isEmpty()) {
            return;
        }
        List<Rule> rules = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            Map<String, Object> donor = elements.get(random.nextInt(elements.size()));
            String glob = glob((String) donor.get("id"), random);
            Map<String, Object> sets = new LinkedHashMap<>();
            for (String f : fields) {
                if (random.nextInt(3) == 0) {
                    sets.put(f, donor.get(f)); // null where the donor has none: that value is not set below
                }
            }
            sets.values().removeIf(Objects::isNull);
            if (!sets.isEmpty()) {
                rules.add(new Rule(glob, globPattern(glob), sets));
            }
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        Map<String, Object> donor = elements.get(random.nextInt(elements.size()));
        for (String f : fields) {
            if (random.nextInt(3) == 0 && donor.get(f) != null) {
                defaults.put(f, donor.get(f));
            }
        }
        for (Map<String, Object> e : elements) {
            String id = (String) e.get("id");
            for (String f : fields) {
                Object resolved = defaults.get(f);
                for (Rule r : rules) {
                    if (r.pattern.matcher(id).matches() && r.sets.containsKey(f)) {
                        resolved = r.sets.get(f);
                        break;
                    }
                }
                Object own = e.get(f);
                if (Objects.equals(own, resolved)) {
                    if (random.nextInt(4) != 0) {
                        e.remove(f);
                    }
                } else if (own == null) {
                    e.put(f, implicit(f)); // a rule or default would set it: write the 1.0 default out
                }
            }
        }
        List<Map<String, Object>> assign = (List<Map<String, Object>>) tree.computeIfAbsent("assign",
                k -> new ArrayList<>());
        for (Rule r : rules) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put(list, r.glob);
            rule.putAll(r.sets);
            assign.add(rule);
        }
        if (!defaults.isEmpty()) {
            Map<String, Object> d = (Map<String, Object>) tree.computeIfAbsent("defaults", k -> new LinkedHashMap<>());
            Map<String, Object> own = (Map<String, Object>) d.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            own.putAll(defaults);
        }
    }

    /** What a field left out means in 1.0, written explicitly. */
    private static Object implicit(String field) {
        return switch (field) {
            case "operator", "owner" -> "defence";
            case "groups" -> List.of();
            default -> null; // no site, role, ...; for power: the site's feeds
        };
    }

    /** A glob matching the donor's id and maybe more: the id, a prefix with *, or ? in place of characters. */
    private static String glob(String id, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> id;
            case 1 -> id.substring(0, random.nextInt(id.length() + 1)) + "*";
            case 2 -> id.chars().mapToObj(c -> random.nextInt(3) == 0 ? "?" : String.valueOf((char) c))
                    .reduce("", String::concat);
            default -> "*" + id.substring(random.nextInt(id.length()));
        };
    }

    /** The test's own glob matcher: * any characters, ? exactly one. */
    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * Writes the tree as a main file and included files: each list is cut at random points, every piece
     * after the first goes to a new file, and each new file is included by the main file or by an earlier
     * included file, in an order that appends the pieces exactly in their original order.
     */
    @SuppressWarnings("unchecked")
    private static Path split(Map<String, Object> tree, Path dir, Random random) throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        // a chain main -> f1 -> f2 -> ... appends in depth-first order: piece k of every list goes to file k
        int files = 1 + random.nextInt(4);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            parts.add(new LinkedHashMap<>());
        }
        for (String list : LISTS) {
            List<Object> items = (List<Object>) tree.get(list);
            if (items == null) {
                continue;
            }
            List<Integer> cuts = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                cuts.add(random.nextInt(items.size() + 1));
            }
            cuts.sort(null);
            int from = 0;
            List<Object> own = new ArrayList<>(items.subList(0, cuts.get(0)));
            for (int i = 0; i < files; i++) {
                from = cuts.get(i);
                int to = i + 1 < files ? cuts.get(i + 1) : items.size();
                if (to > from) {
                    parts.get(i).put(list, new ArrayList<>(items.subList(from, to)));
                }
            }
            if (own.isEmpty() && random.nextBoolean()) {
                tree.remove(list);
            } else {
                tree.put(list, own);
            }
        }
        boolean json = random.nextBoolean();
        for (int i = 0; i < files; i++) {
            if (i + 1 < files) {
                parts.get(i).put("include", List.of((json ? "" : "../parts/") + "part" + (i + 1) + ext(i + 1, json)));
            }
        }
        tree.put("include", List.of("parts/part0" + ext(0, json)));
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve("parts").resolve("part" + i + ext(i, json));
            Files.writeString(file, write(parts.get(i), ext(i, json)));
        }
        Path main = dir.resolve("main.yaml");
        Files.writeString(main, write(tree, ".yaml"));
        return main;
    }

    private static String ext(int i, boolean json) {
        return json && i % 2 == 1 ? ".json" : ".yaml";
    }

    private static String write(Map<String, Object> tree, String ext) throws Exception {
        return ext.equals(".json") ? new ObjectMapper().writeValueAsString(tree) : YAML.writeValueAsString(tree);
    }
}
