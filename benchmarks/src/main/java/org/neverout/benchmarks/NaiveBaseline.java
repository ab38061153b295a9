package org.neverout.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Pseudograph;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.Service;

/**
 * The straightforward way, for comparison: per failure scenario copy the graph, remove the failed
 * nodes and links, compute connected components with JGraphT's ConnectivityInspector and test every
 * service. Only for node and link events on models without alternatives or dependencies.
 */
public final class NaiveBaseline {
    private final Graph<String, String> graph;
    private final List<String> events = new ArrayList<>();
    private final List<List<String>> services = new ArrayList<>();

    public NaiveBaseline(Model model) {
        graph = new Pseudograph<>(String.class);
        for (Node n : model.nodes()) {
            graph.addVertex(n.id());
            events.add(n.id());
        }
        for (Link l : model.links()) {
            graph.addEdge(l.a(), l.b(), l.id());
            events.add(l.id());
        }
        for (Service s : model.services()) {
            services.add(s.endpoints().stream().map(e -> e.get(0)).toList());
        }
    }

    /** Node and link events, nodes first. */
    public List<String> events() {
        return events;
    }

    /** Number of services down after the scenario. */
    public int servicesDown(Set<String> failed) {
        Graph<String, String> copy = new Pseudograph<>(String.class);
        Graphs.addGraph(copy, graph);
        for (String id : failed) {
            if (copy.containsVertex(id)) {
                copy.removeVertex(id);
            } else {
                copy.removeEdge(id);
            }
        }
        // components once per scenario (pathExists per pair would run one search per service)
        Map<String, Integer> component = new HashMap<>();
        List<Set<String>> sets = new ConnectivityInspector<>(copy).connectedSets();
        for (int c = 0; c < sets.size(); c++) {
            for (String v : sets.get(c)) {
                component.put(v, c);
            }
        }
        int down = 0;
        for (List<String> endpoints : services) {
            Integer first = component.get(endpoints.get(0));
            boolean up = first != null;
            for (int i = 1; up && i < endpoints.size(); i++) {
                up = first.equals(component.get(endpoints.get(i)));
            }
            if (!up) {
                down++;
            }
        }
        return down;
    }

    /** A fixed random sample of scenarios of exactly {@code size} distinct events. */
    public List<Set<String>> sample(int count, int size, long seed) {
        Random random = new Random(seed);
        List<Set<String>> sample = new ArrayList<>();
        while (sample.size() < count) {
            java.util.TreeSet<String> s = new java.util.TreeSet<>();
            while (s.size() < size) {
                s.add(events.get(random.nextInt(events.size())));
            }
            sample.add(Set.copyOf(s));
        }
        return sample;
    }

    /** Scenarios a naive enumeration of every set of at most {@code order} events visits. */
    public long scenarioCount(int order) {
        long total = 0;
        long n = events.size();
        long binomial = 1;
        for (int k = 0; k <= order; k++) {
            total += binomial;
            binomial = binomial * (n - k) / (k + 1);
        }
        return total;
    }
}
