package org.neverout.remediate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.neverout.model.ExternalParty;
import org.neverout.model.Group;
import org.neverout.model.Link;
import org.neverout.model.Model;
import org.neverout.model.Node;
import org.neverout.model.PowerFeed;
import org.neverout.model.Service;
import org.neverout.model.Site;

/**
 * A change to a model as whole elements to put in: an element whose id the model already has (in the
 * same section) replaces it in place, any other is appended to its section. Nothing is ever removed, so
 * every element of the original model is still there after any number of patches.
 *
 * <p>{@link #applyTo} is O(model size + patch size); it does not validate: the caller compiles the result
 * ({@code CompiledModel.compile} refuses unresolved references and cycles).
 */
public record ModelPatch(List<Site> sites, List<PowerFeed> powerFeeds, List<Node> nodes, List<Link> links,
                         List<Group> groups, List<Service> services, List<ExternalParty> externalParties) {
    public ModelPatch {
        sites = List.copyOf(sites);
        powerFeeds = List.copyOf(powerFeeds);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        groups = List.copyOf(groups);
        services = List.copyOf(services);
        externalParties = List.copyOf(externalParties);
    }

    /** The empty patch. */
    public static final ModelPatch NONE = new ModelPatch(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    /** This patch with {@code other}'s elements added (a later element with the same id wins). */
    public ModelPatch plus(ModelPatch other) {
        return new ModelPatch(concat(sites, other.sites), concat(powerFeeds, other.powerFeeds),
                concat(nodes, other.nodes), concat(links, other.links), concat(groups, other.groups),
                concat(services, other.services), concat(externalParties, other.externalParties));
    }

    /** The model with this patch's elements put in. */
    public Model applyTo(Model model) {
        return new Model(model.name(), upsert(model.sites(), sites, Site::id),
                upsert(model.powerFeeds(), powerFeeds, PowerFeed::id), upsert(model.nodes(), nodes, Node::id),
                upsert(model.links(), links, Link::id), upsert(model.groups(), groups, Group::id),
                model.suppliers(), upsert(model.services(), services, Service::id),
                upsert(model.externalParties(), externalParties, ExternalParty::id), model.defaults(),
                model.measures(), model.compliance(), model.source(), model.softwareVersions(), model.impact(),
                model.adversary(), model.classification());
    }

    /** Ids of the patch's elements that {@code model} does not have yet: what it adds. Sorted. */
    public Set<String> addedTo(Model model) {
        Set<String> added = new TreeSet<>();
        Set<String> existing = existingIds(model);
        allIds().stream().filter(id -> !existing.contains(id)).forEach(added::add);
        return added;
    }

    /** Ids of the patch's elements that {@code model} already has: what it changes. Sorted. */
    public Set<String> changedIn(Model model) {
        Set<String> changed = new TreeSet<>();
        Set<String> existing = existingIds(model);
        allIds().stream().filter(existing::contains).forEach(changed::add);
        return changed;
    }

    /** The ids of every element of the patch, in section order. */
    public List<String> allIds() {
        List<String> ids = new ArrayList<>();
        sites.forEach(e -> ids.add(e.id()));
        powerFeeds.forEach(e -> ids.add(e.id()));
        nodes.forEach(e -> ids.add(e.id()));
        links.forEach(e -> ids.add(e.id()));
        groups.forEach(e -> ids.add(e.id()));
        services.forEach(e -> ids.add(e.id()));
        externalParties.forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** The ids of every element of {@code model} (any kind), for telling added from changed and fresh ids. O(n). */
    static Set<String> existingIds(Model model) {
        Set<String> ids = new java.util.HashSet<>();
        model.sites().forEach(e -> ids.add(e.id()));
        model.powerFeeds().forEach(e -> ids.add(e.id()));
        model.nodes().forEach(e -> ids.add(e.id()));
        model.links().forEach(e -> ids.add(e.id()));
        model.groups().forEach(e -> ids.add(e.id()));
        model.services().forEach(e -> ids.add(e.id()));
        model.suppliers().forEach(e -> ids.add(e.id()));
        model.externalParties().forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> List<T> upsert(List<T> existing, List<T> put, Function<T, String> id) {
        if (put.isEmpty()) {
            return existing;
        }
        Map<String, T> byId = new LinkedHashMap<>();
        for (T e : existing) {
            byId.put(id.apply(e), e);
        }
        for (T e : put) {
            byId.put(id.apply(e), e); // an existing key keeps its position: the element is replaced in place
        }
        return new ArrayList<>(byId.values());
    }
}
