package org.neverout.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neverout.model.Classification;

/**
 * The model's classification on the CLI's own text and JSON outputs: the marking as the first line of text,
 * and a {@code classification} field first in a JSON object (absent, never null, when the model has none).
 * HTML, Markdown, the report's JSON and SARIF are marked by their writers in the report module.
 */
final class Marking {
    private Marking() {
    }

    /** The text with the marking as its first line (unchanged when unclassified). */
    static String text(Classification c, String text) {
        return c.markText(text);
    }

    /** A JSON tree with {@code classification} as its first field (unchanged when unclassified or not an object). */
    static Object json(Classification c, Object tree) {
        if (!c.isPresent() || !(tree instanceof Map<?, ?> map)) {
            return tree;
        }
        Map<Object, Object> marked = new LinkedHashMap<>();
        marked.put("classification", c.marking());
        map.forEach((k, v) -> {
            if (!"classification".equals(k)) {
                marked.put(k, v);
            }
        });
        return marked;
    }

    /**
     * A JSON document written by another module (an object, pretty-printed one field per line) with
     * {@code classification} inserted as its first field, in the document's own indentation.
     */
    static String json(Classification c, String json) {
        if (!c.isPresent()) {
            return json;
        }
        int open = json.indexOf('{');
        if (open < 0 || !json.substring(0, open).isBlank()) {
            return json;
        }
        String field = "\"classification\": " + Json.write(c.marking()).strip();
        int lineEnd = json.indexOf('\n', open);
        String rest = json.substring(open + 1).stripLeading();
        if (lineEnd < 0 || rest.startsWith("}")) {
            return json.substring(0, open + 1) + field + (rest.startsWith("}") ? rest : "," + rest);
        }
        int indentEnd = lineEnd + 1;
        while (indentEnd < json.length() && json.charAt(indentEnd) == ' ') {
            indentEnd++;
        }
        String indent = json.substring(lineEnd + 1, indentEnd);
        return json.substring(0, lineEnd + 1) + indent + field + ",\n" + json.substring(lineEnd + 1);
    }
}
