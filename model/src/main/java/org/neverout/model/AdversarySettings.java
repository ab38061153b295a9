package org.neverout.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The adversary view's costs (MODEL.md 1.1 "Adversary view"): the {@code adversary.costs} defaults per
 * kind and every explicit {@code attack_cost}, keyed by basic event id (an element id,
 * {@code software:<id>} of a {@code software_versions} entry, {@code supplier:<id>}).
 *
 * @param defaults      cost per kind for elements without their own: exactly the keys of {@link #KINDS}
 *                      (the built-in values unless the model overrides them)
 * @param explicitCosts {@code attack_cost} given in the model, by event id, in file order
 */
public record AdversarySettings(Map<String, Double> defaults, Map<String, Double> explicitCosts) {
    /** The keys of {@code adversary.costs}, exactly as MODEL.md lists them. */
    public static final List<String> KINDS = List.of("node", "link", "site", "power_feed", "group");

    /** The built-in defaults: node 5, link 3, site 8, power feed 4, group 6. */
    public static final AdversarySettings BUILT_IN = new AdversarySettings(
            Map.of("node", 5.0, "link", 3.0, "site", 8.0, "power_feed", 4.0, "group", 6.0), Map.of());

    public AdversarySettings {
        Map<String, Double> all = new LinkedHashMap<>(BUILT_IN == null ? Map.of() : BUILT_IN.defaults);
        all.putAll(defaults);
        defaults = Map.copyOf(all);
        explicitCosts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(explicitCosts));
    }

    /** The built-in defaults with some kinds overridden (keys of {@link #KINDS}). */
    public static AdversarySettings withDefaults(Map<String, Double> overrides) {
        return new AdversarySettings(overrides, Map.of());
    }

    /** The same defaults with these explicit costs. */
    public AdversarySettings withExplicitCosts(Map<String, Double> costs) {
        return new AdversarySettings(defaults, costs);
    }

    /** The explicit cost of an event, or null. */
    public Double explicitCost(String eventId) {
        return explicitCosts.get(eventId);
    }

    /** The default of a kind key ({@code node}, {@code link}, {@code site}, {@code power_feed}, {@code group}). */
    public double defaultCost(String kind) {
        Double c = defaults.get(kind);
        if (c == null) {
            throw new IllegalArgumentException("no default attack cost for kind '" + kind + "'");
        }
        return c;
    }

    /** Whether the defaults differ from the built-in ones (writers leave the section out otherwise). */
    public boolean hasCustomDefaults() {
        return !defaults.equals(BUILT_IN.defaults);
    }
}
