package org.neverout.model.tree;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson's token stream into a {@link LocatedNode} tree for one file, enforcing the
 * {@link LoaderLimits}. One instance per parse.
 */
final class TreeBuilder {
    /** Mappings with up to this many keys find duplicate keys by scanning; larger ones by hashing. */
    private static final int SCAN_KEYS_UP_TO = 12;

    private final String fileName;
    private final Format format;
    private final LoaderLimits limits;
    private final Problems problems;
    /** Whether recoverable problems are the caller's to throw (true) or thrown at the end of the parse. */
    private final boolean callerThrows;
    /** YAML anchors defined so far (a later anchor of the same name replaces an earlier one, as in YAML). */
    private final Map<String, LocatedNode> anchors = new HashMap<>();
    /** Anchors whose node is still being read: an alias to one of them would be recursive. */
    private final Set<String> openAnchors = new HashSet<>();
    /** Number of nodes each anchored node stands for when expanded; only anchored nodes are kept. */
    private final Map<LocatedNode, Long> anchoredWeights = new IdentityHashMap<>();
    private int collectionAliases;
    private long aliasExpansion;
    private JsonParser parser;

    TreeBuilder(String fileName, Format format, LoaderLimits limits, Problems sink) {
        this.fileName = fileName;
        this.format = format;
        this.limits = limits;
        this.problems = sink == null ? new Problems() : sink;
        this.callerThrows = sink != null;
    }

    LocatedNode build(String text) {
        if (format == Format.YAML) {
            checkLineLengths(text);
        }
        try (JsonParser p = createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw fail(new Location(fileName, 1, 1), "file is empty: no " + format + " document");
            }
            LocatedNode root = read(1).node;
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw fail(here(), format == Format.YAML
                        ? "more than one YAML document in the file (a second one starts here)"
                        : "unexpected content after the JSON value");
            }
            if (!callerThrows) {
                problems.throwIfAny();
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw fail(located(e), constraintMessage(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw fail(located(e), syntaxMessage(e));
        } catch (IOException e) {
            throw fail(new Location(fileName, 0, 0), "cannot read: " + e.getMessage());
        } catch (InvalidModelException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML may throw its own unchecked exceptions on malformed input
            throw fail(here(), "cannot parse " + format + ": " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** A node and the number of nodes it stands for when aliases are expanded. */
    private static final class Built {
        final LocatedNode node;
        final long weight;

        Built(LocatedNode node, long weight) {
            this.node = node;
            this.weight = weight;
        }
    }

    /** Reads the value whose first token is the current one; {@code depth} is its nesting level. */
    private Built read(int depth) throws IOException {
        JsonToken token = parser.currentToken();
        Location at = here();
        if (format == Format.YAML && ((YAMLParser) parser).isCurrentAlias()) {
            return alias(parser.getText(), at);
        }
        String anchor = format == Format.YAML ? ((PlainAwareYamlFactory.Parser) parser).currentValueAnchor() : null;
        if (anchor != null) {
            openAnchors.add(anchor);
        }
        Built built;
        switch (token) {
            case START_OBJECT:
                built = readMapping(depth, at);
                break;
            case START_ARRAY:
                built = readSequence(depth, at);
                break;
            default:
                built = new Built(scalar(token, at), 1);
        }
        if (anchor != null) {
            openAnchors.remove(anchor);
            anchors.put(anchor, built.node);
            anchoredWeights.put(built.node, built.weight);
        }
        return built;
    }

    private Built readMapping(int depth, Location at) throws IOException {
        checkDepth(depth, at);
        List<LocatedMapping.Entry> entries = new ArrayList<>();
        Map<String, Location> seen = null; // built only for large mappings: most have a handful of keys
        long weight = 1;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw fail(here(), "unexpected " + t + " in a mapping");
            }
            String key = parser.currentName();
            Location keyLocation = here();
            checkLength(key, keyLocation, "key");
            parser.nextToken();
            Built value = read(depth + 1);
            weight += value.weight;
            if (seen == null && entries.size() >= SCAN_KEYS_UP_TO) {
                seen = new HashMap<>();
                for (LocatedMapping.Entry e : entries) {
                    seen.put(e.key(), e.keyLocation());
                }
            }
            Location first = seen != null ? seen.putIfAbsent(key, keyLocation) : firstLocation(entries, key);
            if (first != null) {
                problems.add(keyLocation, "duplicate key '" + key + "' (first at line " + first.line()
                        + ", column " + first.column() + ")");
            } else {
                entries.add(new LocatedMapping.Entry(key, keyLocation, value.node));
            }
        }
        return new Built(new LocatedMapping(at, entries), weight);
    }

    /** Where {@code key} already is among {@code entries}, or null: a scan, for small mappings. */
    private static Location firstLocation(List<LocatedMapping.Entry> entries, String key) {
        for (LocatedMapping.Entry e : entries) {
            if (e.key().equals(key)) {
                return e.keyLocation();
            }
        }
        return null;
    }

    private Built readSequence(int depth, Location at) throws IOException {
        checkDepth(depth, at);
        List<LocatedNode> items = new ArrayList<>();
        long weight = 1;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Built item = read(depth + 1);
            weight += item.weight;
            items.add(item.node);
        }
        return new Built(new LocatedSequence(at, items), weight);
    }

    private Built alias(String name, Location at) {
        if (openAnchors.contains(name)) {
            throw fail(at, "recursive YAML alias '*" + name + "' (it refers to a node that contains it)");
        }
        LocatedNode target = anchors.get(name);
        if (target == null) {
            throw fail(at, "YAML alias '*" + name + "' refers to no anchor '&" + name + "' defined before it");
        }
        long weight = anchoredWeights.get(target);
        if (!(target instanceof LocatedScalar) && ++collectionAliases > limits.maxAliases()) {
            throw fail(at, "more than " + limits.maxAliases()
                    + " YAML aliases to mappings or lists: refused (alias bomb?)");
        }
        aliasExpansion += weight;
        if (aliasExpansion > limits.maxAliasExpansion()) {
            throw fail(at, "YAML aliases expand to more than " + limits.maxAliasExpansion()
                    + " nodes: refused (alias bomb?)");
        }
        return new Built(target, weight);
    }

    private LocatedScalar scalar(JsonToken token, Location at) throws IOException {
        String text = parser.getText();
        checkLength(text, at, "value");
        boolean quoted = format == Format.JSON
                ? token == JsonToken.VALUE_STRING
                : ((PlainAwareYamlFactory.Parser) parser).currentScalarQuoted();
        switch (token) {
            case VALUE_STRING:
                return new LocatedScalar(at, LocatedScalar.Type.STRING, text, text, quoted);
            case VALUE_NUMBER_INT:
                Number n = parser.getNumberValue();
                Object integer = n instanceof BigInteger && ((BigInteger) n).bitLength() >= 64 ? n : n.longValue();
                return new LocatedScalar(at, LocatedScalar.Type.INTEGER, text, integer, false);
            case VALUE_NUMBER_FLOAT:
                return new LocatedScalar(at, LocatedScalar.Type.DECIMAL, text, parser.getDoubleValue(), false);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new LocatedScalar(at, LocatedScalar.Type.BOOLEAN, text, token == JsonToken.VALUE_TRUE, false);
            case VALUE_NULL:
                return new LocatedScalar(at, LocatedScalar.Type.NULL, text == null ? "" : text, null, false);
            default:
                throw fail(at, "unsupported value (" + token + ")");
        }
    }

    private void checkDepth(int depth, Location at) {
        if (depth > limits.maxDepth()) {
            throw fail(at, "nesting deeper than " + limits.maxDepth() + " levels: refused");
        }
    }

    private void checkLength(String text, Location at, String what) {
        if (text != null && text.length() > limits.maxScalarLength()) {
            throw fail(at, what + " of " + text.length() + " characters, over the limit of "
                    + limits.maxScalarLength() + ": refused");
        }
    }

    /** SnakeYAML's scanner is slow on very long lines, so they are refused before parsing. */
    private void checkLineLengths(String text) {
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            if (end - lineStart > limits.maxLineLength()) {
                throw fail(new Location(fileName, line, 1), "line of " + (end - lineStart)
                        + " characters, over the limit of " + limits.maxLineLength() + ": refused");
            }
            lineStart = end + 1;
            line++;
        }
    }

    private JsonParser createParser(String text) throws IOException {
        int maxLength = limits.maxScalarLength() + 1; // our own check reports, with a location
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(maxLength)
                .maxNameLength(maxLength)
                .maxDocumentLength(limits.maxBytes())
                .build();
        if (format == Format.JSON) {
            return JsonFactory.builder().streamReadConstraints(constraints).build()
                    .createParser(new StringReader(text));
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // detected here, with both locations, for YAML and JSON alike
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = new PlainAwareYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));
        return factory.createParser(new StringReader(text));
    }

    /** Jackson's own limits are a backstop for ours; its messages are put in our words. */
    private String constraintMessage(String jackson) {
        if (jackson.contains("nesting depth")) {
            return "nesting deeper than " + limits.maxDepth() + " levels: refused";
        }
        if (jackson.contains("length")) {
            return "value longer than " + limits.maxScalarLength() + " characters: refused";
        }
        return jackson.replaceAll(",? from `[^`]*`", "") + ": refused";
    }

    private String syntaxMessage(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException) {
            MarkedYAMLException y = (MarkedYAMLException) cause;
            StringBuilder m = new StringBuilder("YAML syntax error: ").append(firstLine(y.getProblem()));
            if (y.getContext() != null) {
                m.append(" (").append(firstLine(y.getContext()));
                Mark c = y.getContextMark();
                if (c != null) {
                    m.append(" at line ").append(c.getLine() + 1).append(", column ").append(c.getColumn() + 1);
                }
                m.append(')');
            }
            return m.toString();
        }
        return format + " syntax error: " + withoutSourceNote(firstLine(e.getOriginalMessage()));
    }

    /** Jackson's "(start marker at [Source: REDACTED ...; line: 1, column: 24])": kept as a plain position. */
    static String withoutSourceNote(String message) {
        return message.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private Location located(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException && ((MarkedYAMLException) cause).getProblemMark() != null) {
            Mark m = ((MarkedYAMLException) cause).getProblemMark();
            return new Location(fileName, m.getLine() + 1, m.getColumn() + 1);
        }
        JsonLocation l = e.getLocation();
        if (l != null && l.getLineNr() > 0) {
            return new Location(fileName, l.getLineNr(), Math.max(1, l.getColumnNr()));
        }
        return here();
    }

    private Location here() {
        if (parser == null) {
            return new Location(fileName, 0, 0);
        }
        JsonLocation l = parser.currentTokenLocation();
        if (l == null || l.getLineNr() <= 0) {
            l = parser.currentLocation();
        }
        return new Location(fileName, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private InvalidModelException fail(Location at, String message) {
        problems.add(at, message);
        return new InvalidModelException(problems.sorted());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Line and column (1-based) of a character offset in a text. */
    static Location locate(String text, int offset, String fileName) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(fileName, line, column);
    }
}
