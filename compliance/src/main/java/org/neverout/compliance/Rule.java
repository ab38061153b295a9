package org.neverout.compliance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.neverout.model.Location;
import org.neverout.model.Severity;

/**
 * A compliance rule: a CEL {@code require} expression that must hold for every subject of kind
 * {@code appliesTo} (optionally only those selected by the CEL filter {@code when}).
 *
 * @param id          stable id; built-in ids carry their pack's prefix ({@code CC-01}, {@code PS-02}, ...)
 * @param rationale   why the rule exists (may be null for user rules)
 * @param require     CEL expression of type bool over the subject's fields (see {@link CelSchema})
 * @param when        CEL bool filter, or null: the rule applies to every subject of its kind
 * @param pack        the pack's name ({@code connection-conditions}, ...); {@code user} for user rules
 * @param message     CEL string expression describing a violation, or null for the generic message
 * @param parameters  threshold parameters (name to default) the rule reads as {@code params.<name>}
 * @param location    where the rule is written (its {@code id} line), for error messages
 */
public record Rule(String id, String title, String rationale, SubjectKind appliesTo, Severity severity,
                   String require, String when, String pack, String message, Map<String, Object> parameters,
                   Location location) {

    /** The pack of rules read from the user's rule files. */
    public static final String USER_PACK = "user";

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(require, "require");
        Objects.requireNonNull(pack, "pack");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        location = location == null ? Location.UNKNOWN : location;
    }

    /** A user rule in the MODEL.md format (no message template, no parameters of its own). */
    public static Rule user(String id, String title, String rationale, SubjectKind appliesTo, Severity severity,
                            String require, String when, Location location) {
        return new Rule(id, title, rationale, appliesTo, severity, require, when, USER_PACK, null, Map.of(),
                location);
    }
}
