package org.neverout.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * One object of a NetBox list response ({@code results[i]}) with where it was read, and typed access to
 * the serializer shapes: nested objects in their short form ({@code {id, name, slug, ...}}), choice
 * fields as {@code {value, label}}, decimals as numbers or numeric strings. A field of the wrong type is
 * an {@link InvalidModelException} naming the endpoint's file or URL, line and column, and the object id.
 *
 * @param id  the NetBox primary key
 */
public record NetboxObject(NetboxEndpoint endpoint, int id, JsonNode json, Location at) {

    /** "device 12" for messages. */
    String what() {
        return endpoint.noun() + " " + id;
    }

    /** An error about this object. */
    InvalidModelException error(String message) {
        return new InvalidModelException(at, what() + ": " + message);
    }

    boolean has(String field) {
        JsonNode v = json.get(field);
        return v != null && !v.isNull();
    }

    /** A string field, null when absent or null. */
    String text(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw error("'" + field + "' is not a string");
        }
        return v.asText();
    }

    /** A string field that must be there and not blank. */
    String requiredText(String field) {
        String s = text(field);
        if (s == null || s.isBlank()) {
            throw error("'" + field + "' is missing");
        }
        return s;
    }

    /** An integer field, null when absent or null. */
    Long integer(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw error("'" + field + "' is not an integer");
        }
        return v.asLong();
    }

    /** A decimal field (NetBox writes decimals as numbers, or as strings when told to), null when absent. */
    Double decimal(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        Double d = v.isNumber() ? Double.valueOf(v.asDouble()) : v.isTextual() ? Numbers.parse(v.asText()) : null;
        if (d == null || d.isNaN() || d.isInfinite()) {
            throw error("'" + field + "' is not a number");
        }
        return d;
    }

    /** A nested object in its short form, null when absent or null. */
    JsonNode nested(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw error("'" + field + "' is not an object (NetBox 4.x nests related objects)");
        }
        return v;
    }

    /** The id of a nested object, null when the field is null. */
    Long nestedId(String field) {
        JsonNode n = nested(field);
        if (n == null) {
            return null;
        }
        JsonNode id = n.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw error("'" + field + ".id' is not an integer");
        }
        return id.asLong();
    }

    /** A string field of a nested object ({@code role.slug}), null when either is absent. */
    String nestedText(String field, String inner) {
        JsonNode n = nested(field);
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(inner);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw error("'" + field + "." + inner + "' is not a string");
        }
        return v.asText();
    }

    /** A choice field's value ({@code {value, label}}; a plain string is accepted), null when absent. */
    String choice(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isObject()) {
            JsonNode value = v.get("value");
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isTextual()) {
                return value.asText();
            }
        }
        throw error("'" + field + "' is not a choice ({value, label})");
    }

    /** The slugs of the object's tags ({@code tags: [{id, name, slug, ...}]}). */
    List<String> tagSlugs() {
        JsonNode tags = json.get("tags");
        List<String> slugs = new ArrayList<>();
        if (tags == null || tags.isNull()) {
            return slugs;
        }
        if (!tags.isArray()) {
            throw error("'tags' is not a list");
        }
        for (JsonNode t : tags) {
            JsonNode slug = t.isObject() ? t.get("slug") : null;
            if (slug == null || !slug.isTextual()) {
                throw error("a tag has no 'slug'");
            }
            slugs.add(slug.asText());
        }
        return slugs;
    }

    /**
     * A custom field naming another object: a string, or an object custom field's short form
     * ({@code {id, name, slug}}: its slug). Null when absent.
     */
    String customFieldSlug(String field) {
        JsonNode cf = json.get("custom_fields");
        if (cf == null || cf.isNull()) {
            return null;
        }
        if (!cf.isObject()) {
            throw error("'custom_fields' is not an object");
        }
        JsonNode v = cf.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText().strip();
        }
        if (v.isObject() && v.get("slug") != null && v.get("slug").isTextual()) {
            return v.get("slug").asText();
        }
        throw error("custom field '" + field + "' is neither a string nor an object with a slug");
    }
}
