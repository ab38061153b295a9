package org.neverout.compliance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fact an expression reads: a variable and the fields selected from it, e.g. {@code evidence.patch_days}
 * or {@code params.patch_days_max}. {@code subject.x} is the same fact as {@code x}.
 */
record FactPath(List<String> segments) {
    FactPath {
        segments = List.copyOf(segments);
        if (segments.size() > 1 && segments.get(0).equals(CelSchema.SUBJECT)) {
            segments = segments.subList(1, segments.size());
        }
    }

    /** The dotted name, as it appears in evidence maps and messages. */
    String name() {
        return String.join(".", segments);
    }

    /** The fact's value, or empty when it (or a struct on the way to it) is not declared. */
    Optional<Object> lookup(Map<String, Object> facts, Map<String, Object> params) {
        String root = segments.get(0);
        Object current = root.equals(CelSchema.PARAMS) ? params : facts.get(root);
        for (int i = 1; i < segments.size() && current instanceof Map; i++) {
            current = ((Map<?, ?>) current).get(segments.get(i));
        }
        return Optional.ofNullable(current);
    }
}
