package org.neverout.compliance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neverout.model.ComplianceSettings;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.Problem;

/** The threshold parameters in force for one check: the built-in defaults with the model's overrides. */
final class Thresholds {
    private Thresholds() {
    }

    /**
     * Applies {@code settings.thresholds()} to {@code defaults}. An override must name a known parameter
     * and have its type: an integer for an integer parameter, a number for a real one, true/false for a
     * flag, a string, or a list of strings.
     *
     * @throws InvalidModelException listing every unknown or mistyped override, located in the model file
     */
    static Map<String, Object> resolve(Map<String, Object> defaults, ComplianceSettings settings, Model.Source source) {
        Map<String, Object> out = new LinkedHashMap<>(defaults);
        List<Problem> problems = new ArrayList<>();
        // sorted so that problems come out in a stable order whatever map the settings hold
        for (Map.Entry<String, Object> e : new TreeMap<>(settings.thresholds()).entrySet()) {
            String name = e.getKey();
            var where = source.locationOf("compliance.thresholds." + name);
            if (!defaults.containsKey(name)) {
                problems.add(new Problem(where, "compliance: unknown threshold '" + name + "' (known: "
                        + String.join(", ", new TreeMap<>(defaults).keySet()) + ")"));
                continue;
            }
            Object value = coerce(defaults.get(name), e.getValue());
            if (value == null) {
                problems.add(new Problem(where, "compliance: threshold '" + name + "' must be "
                        + describe(defaults.get(name)) + ", not " + e.getValue()));
            } else {
                out.put(name, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@code value} converted to the type of {@code template}, or null when it does not fit. */
    private static Object coerce(Object template, Object value) {
        if (template instanceof Long || template instanceof Integer) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                return ((Number) value).longValue();
            }
            if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return d.longValue();
            }
            return null;
        } else if (template instanceof Double) {
            return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
        } else if (template instanceof Boolean) {
            return value instanceof Boolean ? value : null;
        } else if (template instanceof String) {
            return value instanceof String ? value : null;
        } else if (template instanceof List) {
            if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
                return List.copyOf(list);
            }
            return null;
        }
        return null;
    }

    private static String describe(Object template) {
        if (template instanceof Long || template instanceof Integer) {
            return "an integer";
        } else if (template instanceof Double) {
            return "a number";
        } else if (template instanceof Boolean) {
            return "true or false";
        } else if (template instanceof String) {
            return "a string";
        }
        return "a list of strings";
    }
}
