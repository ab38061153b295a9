package org.neverout.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much a service weighs when analyses rank what threatens the most (the report's crown jewels, the
 * remediation plan's tie-break): its {@code users} (at least 1; 1 when not given) times the weight of its national
 * impact category. The model's optional {@code impact: {category_weights: {A, B, none}}} overrides the
 * built-in weights {@link #DEFAULT}: A 10, B 3, none 1 (a category-A service lost counts like ten times as
 * many users lost without a category, because its loss is a national emergency, not only an inconvenience).
 *
 * @param categoryWeights  weight per key {@code A}, {@code B} and {@code none} (a service without category),
 *                         each &gt; 0; all three present
 */
public record ImpactWeights(Map<String, Double> categoryWeights) {
    /** The keys of {@code impact.category_weights}, in documentation order. */
    public static final java.util.List<String> KEYS = java.util.List.of("A", "B", "none");

    /** The built-in weights. */
    public static final ImpactWeights DEFAULT = new ImpactWeights(Map.of("A", 10.0, "B", 3.0, "none", 1.0));

    public ImpactWeights {
        Objects.requireNonNull(categoryWeights, "categoryWeights");
        for (String k : KEYS) {
            Double w = categoryWeights.get(k);
            if (w == null || !(w > 0) || w.isInfinite()) {
                throw new IllegalArgumentException("category weight '" + k + "' must be a number > 0, not " + w);
            }
        }
        if (categoryWeights.size() != KEYS.size()) {
            throw new IllegalArgumentException("category weights are exactly " + KEYS + ", not "
                    + categoryWeights.keySet());
        }
        categoryWeights = Map.copyOf(categoryWeights);
    }

    /** The built-in weights with some overridden (keys among {@link #KEYS}). */
    public static ImpactWeights withOverrides(Map<String, Double> overrides) {
        Map<String, Double> w = new LinkedHashMap<>(DEFAULT.categoryWeights);
        w.putAll(overrides);
        return new ImpactWeights(w);
    }

    /** The weight of a category ({@code A}, {@code B}, or null for none). */
    public double weightOf(String category) {
        Double w = categoryWeights.get(category == null ? "none" : category);
        return w == null ? categoryWeights.get("none") : w;
    }

    /** A service's impact: users (at least 1; 1 when not given) times its category's weight. */
    public double impactOf(Service service) {
        double users = service.users() == null ? 1.0 : Math.max(1.0, service.users());
        return users * weightOf(service.category());
    }

    /**
     * The rule in words, said wherever a ranking uses it: "users (at least 1) x category weight (A 10, B 3,
     * none 1; built-in)", or "...; from the model's impact.category_weights)" when overridden.
     */
    public String describe() {
        StringBuilder out = new StringBuilder("users (at least 1) x national-impact category weight (");
        for (String key : KEYS) {
            out.append(key.equals(KEYS.get(0)) ? "" : ", ").append(key).append(' ')
                    .append(java.math.BigDecimal.valueOf(categoryWeights.get(key)).stripTrailingZeros().toPlainString());
        }
        return out.append(isDefault() ? "; built-in)" : "; from the model's impact.category_weights)").toString();
    }

    /** True when these are the built-in weights (writers leave the section out). */
    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
