package org.neverout.compliance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something rules are evaluated on, with its facts as plain values (strings, longs, doubles, booleans,
 * {@link java.time.LocalDate}s, lists and maps) keyed as in {@link CelSchema}. Undeclared facts are absent.
 */
record Subject(String id, SubjectKind kind, Map<String, Object> facts) {
    Subject {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
