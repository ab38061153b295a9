package org.neverout.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns plain fact values into the Java values the CEL runtime works with. */
final class CelValues {
    private CelValues() {
    }

    /**
     * Dates become timestamps at midnight UTC, every integer a {@code long}, every real a {@code double};
     * lists and maps are converted element by element.
     */
    static Object toCel(Object value) {
        if (value instanceof LocalDate date) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        } else if (value instanceof Float || value instanceof Double) {
            return ((Number) value).doubleValue();
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(toCel(v)));
            return out;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toCel(v)));
            return out;
        }
        return value;
    }
}
