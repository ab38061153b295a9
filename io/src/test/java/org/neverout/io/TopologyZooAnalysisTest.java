package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neverout.engine.AnalysisQuestion;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.CutSetEngine;
import org.neverout.engine.ProgressListener;
import org.neverout.engine.ServiceResult;
import org.neverout.engine.topology.NetworkSplits;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Service;
import org.neverout.model.ServiceKind;

/**
 * Every Topology Zoo file, once imported, analyzes: the bare topology's network splits (what
 * {@code neverout analyze} reports for a model without services) and, with a few generated services,
 * the cut-set engine. Both are checked against an independent union-find oracle on the imported model.
 */
class TopologyZooAnalysisTest {

    /** Files up to this many elements (nodes + links) get an exhaustive brute-force check of double splits. */
    private static final int EXHAUSTIVE_DOUBLES_UP_TO = 300;
    private static final int GENERATED_SERVICES = 5;

    static List<Path> files() throws Exception {
        return TopologyZooImportTest.files().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void bareTopologySplitsMatchAUnionFindOracle(Path file) throws Exception {
        Model model = new GraphMlImporter().importFile(file, ImportOptions.DEFAULTS).model();
        Oracle oracle = new Oracle(model);

        NetworkSplits.Result result = NetworkSplits.analyze(model, 2);

        Connectivity intact = oracle.connectivity(Set.of());
        assertEquals(model.nodes().size(), result.nodes(), "nodes");
        assertEquals(model.links().size(), result.links(), "links");
        assertEquals(intact.components(), result.components(), "components");
        assertEquals(intact.connectedPairs(), result.connectedPairs(), "connected pairs");
        assertThat(result.splits()).allSatisfy(s -> assertThat(s.disconnectedPairs()).as("%s", s.events()).isPositive());

        // single splits: exactly the elements whose loss disconnects a surviving pair, with that loss
        Map<Set<String>, Long> expectedSingles = new HashMap<>();
        for (String e : oracle.elements()) {
            long loss = oracle.disconnectedPairs(Set.of(e), intact);
            if (loss > 0) {
                expectedSingles.put(Set.of(e), loss);
            }
        }
        assertEquals(expectedSingles, asMap(result.ofSize(1)), "single splits");

        // double splits: each reported one is minimal and loses what the oracle says
        Map<Set<String>, Long> doubles = asMap(result.ofSize(2));
        assertEquals(result.ofSize(2).size(), doubles.size(), "no double split listed twice");
        doubles.forEach((set, loss) -> {
            assertThat(set).noneMatch(e -> expectedSingles.containsKey(Set.of(e)));
            assertEquals(oracle.disconnectedPairs(set, intact), loss, "pairs disconnected by " + set);
        });
        // and on small networks none is missing
        List<String> elements = oracle.elements();
        if (elements.size() <= EXHAUSTIVE_DOUBLES_UP_TO) {
            Map<Set<String>, Long> expectedDoubles = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                for (int j = i + 1; j < elements.size(); j++) {
                    String a = elements.get(i);
                    String b = elements.get(j);
                    if (expectedSingles.containsKey(Set.of(a)) || expectedSingles.containsKey(Set.of(b))) {
                        continue;
                    }
                    long loss = oracle.disconnectedPairs(Set.of(a, b), intact);
                    if (loss > 0) {
                        expectedDoubles.put(Set.of(a, b), loss);
                    }
                }
            }
            assertEquals(expectedDoubles, doubles, "double splits");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void withGeneratedServicesTheCutSetEngineCompletesAndMatchesTheOracle(Path file) throws Exception {
        Model bare = new GraphMlImporter().importFile(file, ImportOptions.DEFAULTS).model();
        Model model = withServices(bare, new Random(file.getFileName().toString().hashCode()));
        Oracle oracle = new Oracle(model);

        AnalysisQuestion question = AnalysisQuestion.defaults().withOrder(1).withThreads(1);
        AnalysisResult result = CutSetEngine.analyze(CompiledModel.compile(model), question, ProgressListener.NONE);

        assertThat(result.complete()).as("%s", result.incompleteReason()).isTrue();
        assertThat(result.services()).hasSize(GENERATED_SERVICES);
        for (int i = 0; i < GENERATED_SERVICES; i++) {
            Service service = model.services().get(i);
            ServiceResult r = result.services().get(i);
            assertEquals(service.id(), r.id());
            assertThat(r.complete()).isTrue();
            String a = service.endpoints().get(0).get(0);
            String b = service.endpoints().get(1).get(0);
            boolean up = oracle.connected(Set.of(), a, b);
            assertEquals(up, r.up(), service.id() + " up");
            List<List<String>> expected = new ArrayList<>();
            if (!up) {
                expected.add(List.of());
            } else {
                for (String e : oracle.elements()) {
                    if (!oracle.connected(Set.of(e), a, b)) {
                        expected.add(List.of(e));
                    }
                }
                expected.add(List.of(service.id())); // a service can fail itself
                expected.sort((x, y) -> x.get(0).compareTo(y.get(0)));
            }
            assertEquals(expected, r.cutSets(), service.id() + " cut sets");
        }
    }

    /** The bare model plus services between deterministic random node pairs. */
    static Model withServices(Model bare, Random random) {
        Set<String> taken = new HashSet<>(new Oracle(bare).elements());
        List<Service> services = new ArrayList<>();
        int n = bare.nodes().size();
        for (int i = 0; services.size() < GENERATED_SERVICES; i++) {
            String id = "generated-service-" + i;
            if (taken.contains(id)) {
                continue;
            }
            String a = bare.nodes().get(random.nextInt(n)).id();
            String b = bare.nodes().get(random.nextInt(n)).id();
            services.add(new Service(id, null, ServiceKind.INFRASTRUCTURE, List.of(List.of(a), List.of(b)),
                    List.of(), 0, null, null, null, null, null, null));
        }
        return new Model(bare.name(), bare.sites(), bare.powerFeeds(), bare.nodes(), bare.links(), bare.groups(),
                bare.suppliers(), services, bare.externalParties(), bare.defaults(), bare.measures(),
                bare.compliance(), bare.source());
    }

    private static Map<Set<String>, Long> asMap(List<NetworkSplits.Split> splits) {
        Map<Set<String>, Long> map = new HashMap<>();
        splits.forEach(s -> map.put(Set.copyOf(s.events()), s.disconnectedPairs()));
        return map;
    }

    record Connectivity(int components, long connectedPairs, int[] root) {
    }

    /** Union-find over the surviving nodes and links: O((V + E) α) per failure set. */
    static final class Oracle {
        private final List<String> nodeIds = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Link> links;

        Oracle(Model model) {
            model.nodes().forEach(node -> {
                index.put(node.id(), nodeIds.size());
                nodeIds.add(node.id());
            });
            links = model.links();
        }

        /** Every node then every link id. */
        List<String> elements() {
            List<String> all = new ArrayList<>(nodeIds);
            links.forEach(l -> all.add(l.id()));
            return all;
        }

        Connectivity connectivity(Set<String> failed) {
            int n = nodeIds.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (Link l : links) {
                if (!failed.contains(l.id()) && !failed.contains(l.a()) && !failed.contains(l.b())) {
                    parent[find(parent, index.get(l.a()))] = find(parent, index.get(l.b()));
                }
            }
            int[] root = new int[n];
            int[] size = new int[n];
            int components = 0;
            for (int i = 0; i < n; i++) {
                root[i] = failed.contains(nodeIds.get(i)) ? -1 : find(parent, i);
                if (root[i] >= 0 && size[root[i]]++ == 0) {
                    components++;
                }
            }
            long pairs = 0;
            for (int s : size) {
                pairs += (long) s * (s - 1) / 2;
            }
            return new Connectivity(components, pairs, root);
        }

        /** Surviving node pairs connected in {@code intact} that {@code failed} disconnects. */
        long disconnectedPairs(Set<String> failed, Connectivity intact) {
            Connectivity after = connectivity(failed);
            // pairs connected before among survivors, minus pairs connected after
            Map<Integer, Long> survivorsPerIntactComponent = new HashMap<>();
            for (int i = 0; i < nodeIds.size(); i++) {
                if (after.root()[i] >= 0) {
                    survivorsPerIntactComponent.merge(intact.root()[i], 1L, Long::sum);
                }
            }
            long before = survivorsPerIntactComponent.values().stream().mapToLong(s -> s * (s - 1) / 2).sum();
            return before - after.connectedPairs();
        }

        boolean connected(Set<String> failed, String a, String b) {
            int[] root = connectivity(failed).root();
            int ra = root[index.get(a)];
            return ra >= 0 && ra == root[index.get(b)];
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
    }
}
