package org.neverout.model;

import java.util.List;
import java.util.Map;

/**
 * An immutable, fully validated network model (MODEL.md version 1). Every reference in it resolves;
 * {@link ModelLoader} is the only way in from a file.
 *
 * @param defaults  reliability defaults per kind: keys node, link, power_feed, site, service, group, software,
 *                  supplier
 * @param softwareVersions declared software versions (MODEL.md 1.1), in file order
 * @param impact    how services weigh in rankings ({@code impact:}; {@link ImpactWeights#DEFAULT} when absent)
 * @param adversary attack costs (MODEL.md 1.1 "Adversary view"): defaults per kind and explicit
 *                  {@code attack_cost} by event id; {@link AdversarySettings#BUILT_IN} when the model gives none
 * @param classification the model's security marking ({@code classification:}); {@link Classification#NONE}
 *                  when absent
 * @param compliance  threshold overrides and switched-off built-in rules ({@code compliance:})
 * @param source    where it came from, with the location of each element for messages and reports
 */
public record Model(String name, List<Site> sites, List<PowerFeed> powerFeeds, List<Node> nodes,
                    List<Link> links, List<Group> groups, List<Supplier> suppliers, List<Service> services,
                    List<ExternalParty> externalParties, Map<String, Reliability> defaults,
                    List<Measure> measures, ComplianceSettings compliance, Source source,
                    List<SoftwareVersion> softwareVersions, ImpactWeights impact, AdversarySettings adversary,
                    Classification classification) {

    /** The reserved operator/owner id meaning "defence itself". */
    public static final String DEFENCE = "defence";

    public Model {
        sites = List.copyOf(sites);
        powerFeeds = List.copyOf(powerFeeds);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        groups = List.copyOf(groups);
        suppliers = List.copyOf(suppliers);
        services = List.copyOf(services);
        externalParties = List.copyOf(externalParties);
        defaults = Map.copyOf(defaults);
        measures = List.copyOf(measures);
        softwareVersions = List.copyOf(softwareVersions);
        impact = impact == null ? ImpactWeights.DEFAULT : impact;
        adversary = adversary == null ? AdversarySettings.BUILT_IN : adversary;
        classification = classification == null ? Classification.NONE : classification;
    }

    /** An unclassified model (the shape before classification). */
    public Model(String name, List<Site> sites, List<PowerFeed> powerFeeds, List<Node> nodes, List<Link> links,
                 List<Group> groups, List<Supplier> suppliers, List<Service> services,
                 List<ExternalParty> externalParties, Map<String, Reliability> defaults, List<Measure> measures,
                 ComplianceSettings compliance, Source source, List<SoftwareVersion> softwareVersions,
                 ImpactWeights impact, AdversarySettings adversary) {
        this(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults, measures,
                compliance, source, softwareVersions, impact, adversary, Classification.NONE);
    }

    /** A model with the built-in impact weights and attack costs. */
    public Model(String name, List<Site> sites, List<PowerFeed> powerFeeds, List<Node> nodes, List<Link> links,
                 List<Group> groups, List<Supplier> suppliers, List<Service> services,
                 List<ExternalParty> externalParties, Map<String, Reliability> defaults, List<Measure> measures,
                 ComplianceSettings compliance, Source source, List<SoftwareVersion> softwareVersions) {
        this(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults, measures,
                compliance, source, softwareVersions, ImpactWeights.DEFAULT, AdversarySettings.BUILT_IN);
    }

    /** A model without declared software versions. */
    public Model(String name, List<Site> sites, List<PowerFeed> powerFeeds, List<Node> nodes, List<Link> links,
                 List<Group> groups, List<Supplier> suppliers, List<Service> services,
                 List<ExternalParty> externalParties, Map<String, Reliability> defaults, List<Measure> measures,
                 ComplianceSettings compliance, Source source) {
        this(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults, measures,
                compliance, source, List.of());
    }

    /** The same model with another source (the loader attaches it last). */
    public Model withSource(Source newSource) {
        return new Model(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults,
                measures, compliance, newSource, softwareVersions, impact, adversary,
                classification);
    }

    /** The same model with other impact weights. */
    public Model withImpact(ImpactWeights newImpact) {
        return new Model(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults,
                measures, compliance, source, softwareVersions, newImpact, adversary,
                classification);
    }

    /** The same model with other services (e.g. sectors assigned). */
    public Model withServices(List<Service> newServices) {
        return new Model(name, sites, powerFeeds, nodes, links, groups, suppliers, newServices, externalParties,
                defaults, measures, compliance, source, softwareVersions, impact, adversary,
                classification);
    }

    /** The same model with other attack costs. */
    public Model withAdversary(AdversarySettings newAdversary) {
        return new Model(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults,
                measures, compliance, source, softwareVersions, impact, newAdversary,
                classification);
    }

    /** The same model with another marking. */
    public Model withClassification(Classification newClassification) {
        return new Model(name, sites, powerFeeds, nodes, links, groups, suppliers, services, externalParties, defaults,
                measures, compliance, source, softwareVersions, impact, adversary, newClassification);
    }

    /**
     * Where a model came from.
     *
     * @param file       the path as given by the user (or a name such as "&lt;generated&gt;")
     * @param sha256     hex digest of the file's bytes, or null
     * @param locations  id of each element (any kind) to where it is defined, and {@code software:<id>} of
     *                   each declared software version to its declaration
     * @param implicitOperator ids of nodes and links whose operator was not written (defaulted to defence)
     * @param warnings  located warnings of the loader (e.g. a declared software version no node runs), one
     *                  line each, for standard error
     * @param resolvedBy for each node or link field not written on the element, keyed {@code id.field}
     *                  (e.g. {@code dhd-r1.site}): the {@code assign} rule or {@code defaults} entry that set
     *                  it, with its location, e.g. {@code assign rule 1 (nafin.yaml:12:5)}
     */
    public record Source(String file, String sha256, Map<String, Location> locations,
                         java.util.Set<String> implicitOperator, List<String> warnings,
                         Map<String, String> resolvedBy) {
        public static final Source NONE = new Source("<generated>", null, Map.of());

        public Source {
            locations = Map.copyOf(locations);
            implicitOperator = java.util.Set.copyOf(implicitOperator);
            warnings = List.copyOf(warnings);
            resolvedBy = Map.copyOf(resolvedBy);
        }

        /** A source of a model written out whole (no assign rules or attribute defaults). */
        public Source(String file, String sha256, Map<String, Location> locations,
                      java.util.Set<String> implicitOperator, List<String> warnings) {
            this(file, sha256, locations, implicitOperator, warnings, Map.of());
        }

        /** A source without warnings. */
        public Source(String file, String sha256, Map<String, Location> locations,
                      java.util.Set<String> implicitOperator) {
            this(file, sha256, locations, implicitOperator, List.of());
        }

        /** A source without operator provenance (generated models, imports). */
        public Source(String file, String sha256, Map<String, Location> locations) {
            this(file, sha256, locations, java.util.Set.of());
        }

        public Location locationOf(String id) {
            return locations.getOrDefault(id, new Location(file, 0, 0));
        }
    }
}
