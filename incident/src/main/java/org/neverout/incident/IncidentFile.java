package org.neverout.incident;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.neverout.model.tree.LocatedMapping;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.LocatedScalar;
import org.neverout.model.tree.LocatedSequence;
import org.neverout.model.tree.Problems;
import org.neverout.model.tree.Suggestions;

/**
 * Strict reader of incident files (YAML or JSON, by extension):
 *
 * <pre>
 * name: 2024-08-timesync                 # required
 * description: Software error in time synchronisation ...   # optional
 * fail: [software:tempus-ntp-4.0]        # required, at least one basic event id
 * duration_h: 19                         # optional, hours &gt;= 0
 * </pre>
 *
 * Unknown fields, wrong types and missing fields are all reported together, each with its file, line
 * and column ({@link InvalidModelException}); hostile input is refused by {@link LocatedParser}. Whether
 * the ids are basic events of a model is checked when the incident is simulated. Linear in file size.
 */
public final class IncidentFile {
    static final List<String> FIELDS = List.of("name", "description", "fail", "duration_h");
    /** An incident file is small; a larger one is refused before parsing. */
    private static final LoaderLimits LIMITS = LoaderLimits.DEFAULT.withMaxBytes(1024 * 1024);

    private IncidentFile() {
    }

    public static Incident load(Path file) {
        String fileName = file.toString();
        Format format = Format.of(file).orElseThrow(() -> new InvalidModelException(new Location(fileName, 0, 0),
                "unsupported incident file extension: expected .yaml, .yml or .json"));
        return parse(LocatedParser.readBytes(file, fileName, LIMITS), fileName, format);
    }

    /** Parses incident text (UTF-8 bytes) named {@code fileName} in messages. */
    public static Incident parse(byte[] bytes, String fileName, Format format) {
        LocatedNode root = LocatedParser.parse(bytes, fileName, format, LIMITS);
        Problems problems = new Problems();
        if (!(root instanceof LocatedMapping mapping)) {
            throw new InvalidModelException(root.location(), "an incident must be a mapping with the fields "
                    + String.join(", ", FIELDS) + ", not " + root.describe());
        }
        for (LocatedMapping.Entry e : mapping.entries()) {
            if (!FIELDS.contains(e.key())) {
                problems.add(e.keyLocation(), "unknown field '" + e.key() + "' in incident (allowed: "
                        + String.join(", ", FIELDS) + ")" + Suggestions.didYouMean(e.key(), FIELDS));
            }
        }
        String name = text(mapping, "name", true, problems);
        String description = text(mapping, "description", false, problems);
        Double duration = duration(mapping, problems);
        List<String> fail = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        LocatedNode list = mapping.get("fail");
        if (list == null) {
            problems.add(mapping.location(), "missing required field 'fail' (the basic event ids that fail)");
        } else if (!(list instanceof LocatedSequence seq)) {
            problems.add(list.location(), "'fail' must be a list of basic event ids, not " + list.describe());
        } else {
            if (seq.size() == 0) {
                problems.add(seq.location(), "'fail' must list at least one basic event id");
            }
            for (LocatedNode item : seq.items()) {
                if (item instanceof LocatedScalar s && !s.isNull() && s.type() != LocatedScalar.Type.BOOLEAN
                        && !s.text().isBlank()) {
                    if (!fail.contains(s.text())) { // a repeat changes nothing
                        fail.add(s.text());
                        where.add(s.location());
                    }
                } else {
                    problems.add(item.location(), "an entry of 'fail' must be a basic event id, not " + item.describe());
                }
            }
        }
        problems.throwIfAny();
        return new Incident(name, description, fail, duration, where);
    }

    private static String text(LocatedMapping mapping, String field, boolean required, Problems problems) {
        LocatedNode node = mapping.get(field);
        if (node == null) {
            if (required) {
                problems.add(mapping.location(), "missing required field '" + field + "'");
            }
            return null;
        }
        if (node instanceof LocatedScalar s && s.type() == LocatedScalar.Type.STRING) {
            return s.text();
        }
        if (node instanceof LocatedScalar s && !s.isNull() && s.type() != LocatedScalar.Type.BOOLEAN) {
            return s.text(); // e.g. a name written as a number or date
        }
        problems.add(node.location(), "'" + field + "' must be text, not " + node.describe());
        return null;
    }

    private static Double duration(LocatedMapping mapping, Problems problems) {
        LocatedNode node = mapping.get("duration_h");
        if (node == null) {
            return null;
        }
        if (node instanceof LocatedScalar s && s.isNumber()) {
            double hours = ((Number) s.value()).doubleValue();
            if (Double.isFinite(hours) && hours >= 0) {
                return hours;
            }
            problems.add(node.location(), "'duration_h' must be a finite number of hours >= 0, not " + s.text());
            return null;
        }
        problems.add(node.location(), "'duration_h' must be a number of hours, not " + node.describe());
        return null;
    }
}
