package org.neverout.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.neverout.model.Model;
import org.neverout.model.Service;

/**
 * MODEL.md 1.1 "Sectors and cross-sector dependencies" read literally, over the brute force's own minimal
 * cut sets ({@link BruteForceOracle#minimalCutSets}, no engine code): for every set C of size 1..K, the
 * services of which C is a minimal cut set other than [S]; C is a cause when those services lie in two
 * or more groups. Sorted by the contract: more groups first, then |C|, then C element by element.
 *
 * <p>Cost: that of {@link BruteForceOracle#minimalCutSets}, O(E^K) evaluations, plus the grouping.
 */
public final class SectorOracle {
    /** A cause: the cut set, its groups and services (sorted), and the sum of the services' users. */
    public record Cause(List<String> cutSet, List<String> groups, List<String> services, long users) {
    }

    private static final Comparator<Cause> CONTRACT = Comparator
            .comparingInt((Cause c) -> -c.groups().size())
            .thenComparing(Cause::cutSet, BruteForceOracle.MODEL_ORDER);

    private final Model model;
    private final BruteForceOracle brute;

    public SectorOracle(Model model) {
        this.model = model;
        this.brute = new BruteForceOracle(model);
    }

    /** The cross-sector causes of size &lt;= order over the enabled kinds (tokens). */
    public List<Cause> crossSector(int order, Set<String> kindTokens) {
        return shared(order, kindTokens, Service::sector);
    }

    /** The same over organisations, a service without one counted as {@code unassigned}. */
    public List<Cause> crossOrganisation(int order, Set<String> kindTokens) {
        return shared(order, kindTokens, s -> s.organisation() == null ? "unassigned" : s.organisation());
    }

    /** Per sector (sorted) its services (sorted) and the sum of their users. */
    public Map<String, Map.Entry<List<String>, Long>> sectors() {
        Map<String, TreeSet<String>> ids = new TreeMap<>();
        Map<String, Long> users = new HashMap<>();
        for (Service s : model.services()) {
            ids.computeIfAbsent(s.sector(), k -> new TreeSet<>()).add(s.id());
            users.merge(s.sector(), s.users() == null ? 0L : s.users(), Long::sum);
        }
        Map<String, Map.Entry<List<String>, Long>> out = new TreeMap<>();
        ids.forEach((k, v) -> out.put(k, Map.entry(List.copyOf(v), users.get(k))));
        return out;
    }

    private List<Cause> shared(int order, Set<String> kindTokens, Function<Service, String> groupOf) {
        Map<String, Service> byId = new HashMap<>();
        model.services().forEach(s -> byId.put(s.id(), s));
        Map<List<String>, List<Service>> reached = new LinkedHashMap<>();
        brute.minimalCutSets(order, kindTokens).forEach((id, sets) -> {
            for (List<String> c : sets) {
                boolean own = c.size() == 1 && c.get(0).equals(id);
                if (!c.isEmpty() && !own) {
                    reached.computeIfAbsent(c, k -> new ArrayList<>()).add(byId.get(id));
                }
            }
        });
        List<Cause> out = new ArrayList<>();
        reached.forEach((c, services) -> {
            TreeSet<String> groups = new TreeSet<>();
            TreeSet<String> ids = new TreeSet<>();
            long users = 0;
            for (Service s : services) {
                groups.add(groupOf.apply(s));
                ids.add(s.id());
                users += s.users() == null ? 0 : s.users();
            }
            if (groups.size() >= 2) {
                out.add(new Cause(c, List.copyOf(groups), List.copyOf(ids), users));
            }
        });
        out.sort(CONTRACT);
        return out;
    }

    /**
     * The model with a random sector (of {@code sectors}) and organisation (of three, or none) on every
     * service; one service in five keeps the default {@code unassigned} sector.
     */
    public static Model withRandomSectors(Model model, int sectors, long seed) {
        Random r = new Random(seed);
        List<Service> out = new ArrayList<>();
        for (Service s : model.services()) {
            String sector = r.nextInt(5) == 0 ? null : "sector-" + (char) ('a' + r.nextInt(sectors));
            String organisation = r.nextInt(4) == 0 ? null : "org-" + r.nextInt(3);
            out.add(s.withSector(sector, organisation));
        }
        return model.withServices(out);
    }
}
