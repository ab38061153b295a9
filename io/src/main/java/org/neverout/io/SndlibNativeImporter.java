package org.neverout.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Imports SNDlib's native text format ({@code ?SNDlib native format; type: network; version: 1.0}):
 * sections {@code META}, {@code NODES ( id ( x y ) ... )},
 * {@code LINKS ( id ( src tgt ) preCap preCapCost routingCost setupCost ( moduleCap moduleCost ... ) )},
 * {@code DEMANDS ( id ( src tgt ) routingUnit value maxPathLength )}; other sections (ADMISSIBLE_PATHS)
 * are skipped, parentheses checked. Coordinates are read as longitude/latitude when every node is
 * within those ranges, else as pixel x/y (the native format does not say). Conversion to a model:
 * {@link SndlibModelBuilder}. Single pass, O(file size).
 */
public final class SndlibNativeImporter implements Importer {
    static final String HEADER = "?SNDlib native format";

    @Override
    public ImportResult importBytes(byte[] content, String fileName, String sha256, ImportOptions options) {
        SndlibTokenizer tokens = new SndlibTokenizer(decode(content), fileName, options.maxValueChars());
        return SndlibModelBuilder.build(parse(tokens, fileName), fileName, sha256);
    }

    /** UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (every byte is a character: never fails). */
    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, StandardCharsets.ISO_8859_1);
        }
    }

    private static SndlibNetwork parse(SndlibTokenizer tokens, String fileName) {
        SndlibTokenizer.Token first = tokens.peek();
        if (first == null || !first.text().startsWith("?SNDlib")) {
            throw new InvalidModelException(new Location(fileName, first == null ? 1 : first.line(),
                    first == null ? 1 : first.column()),
                    "not an SNDlib native file: the first line must be '" + HEADER + "; type: network; ...'");
        }
        String header = tokens.restOfLine();
        if (!header.replace(" ", "").toLowerCase(Locale.ROOT).contains("type:network")) {
            throw tokens.error(first, "SNDlib native file of another type than 'network': "
                    + GraphMlImporter.shorten(header));
        }
        List<SndlibNetwork.SNode> nodes = new ArrayList<>();
        List<SndlibNetwork.SLink> links = new ArrayList<>();
        List<SndlibNetwork.SDemand> demands = new ArrayList<>();
        String unit = null;
        boolean sawNodes = false;
        for (SndlibTokenizer.Token section = tokens.next(); section != null; section = tokens.next()) {
            if (section.is("(") || section.is(")")) {
                throw tokens.error(section, "unbalanced '" + section.text() + "' outside any section");
            }
            SndlibTokenizer.Token open = tokens.expect("(", "after section name " + GraphMlImporter.shorten(section.text()));
            switch (section.text()) {
                case "META":
                    unit = meta(tokens, open);
                    break;
                case "NODES":
                    sawNodes = true;
                    nodes(tokens, open, nodes);
                    break;
                case "LINKS":
                    links(tokens, open, links);
                    break;
                case "DEMANDS":
                    demands(tokens, open, demands);
                    break;
                default:
                    skipBalanced(tokens, open);
            }
        }
        if (!sawNodes) {
            throw new InvalidModelException(tokens.here(), "no NODES section");
        }
        return new SndlibNetwork(nodes, links, demands, SndlibNetwork.Coordinates.UNDECLARED, unit);
    }

    /** META lines {@code key = value} up to the closing parenthesis; returns the unit, if stated. */
    private static String meta(SndlibTokenizer tokens, SndlibTokenizer.Token open) {
        String unit = null;
        while (true) {
            SndlibTokenizer.Token t = tokens.peek();
            if (t == null) {
                throw unclosed(tokens, open, "META");
            }
            if (t.is(")")) {
                tokens.next();
                return unit;
            }
            String entry = tokens.restOfLine();
            int eq = entry.indexOf('=');
            if (eq > 0 && entry.substring(0, eq).strip().equals("unit")) {
                unit = entry.substring(eq + 1).strip();
            }
        }
    }

    private static void nodes(SndlibTokenizer tokens, SndlibTokenizer.Token open, List<SndlibNetwork.SNode> nodes) {
        while (!closes(tokens, open, "NODES")) {
            SndlibTokenizer.Token id = tokens.word("a node id");
            Double x = null;
            Double y = null;
            SndlibTokenizer.Token next = tokens.peek();
            if (next != null && next.is("(")) {
                tokens.next();
                x = tokens.number("the node's x (longitude)");
                y = tokens.number("the node's y (latitude)");
                tokens.expect(")", "closing the coordinates of node " + GraphMlImporter.shorten(id.text()));
            }
            nodes.add(new SndlibNetwork.SNode(id.text(), x, y, tokens.location(id)));
        }
    }

    private static void links(SndlibTokenizer tokens, SndlibTokenizer.Token open, List<SndlibNetwork.SLink> links) {
        while (!closes(tokens, open, "LINKS")) {
            SndlibTokenizer.Token id = tokens.word("a link id");
            String context = "in link " + GraphMlImporter.shorten(id.text());
            tokens.expect("(", context);
            String source = tokens.word("the link's source node").text();
            String target = tokens.word("the link's target node").text();
            tokens.expect(")", context);
            double preCapacity = tokens.number("the pre-installed capacity");
            tokens.number("the pre-installed capacity cost");
            double routingCost = tokens.number("the routing cost");
            tokens.number("the setup cost");
            SndlibTokenizer.Token modules = tokens.expect("(", "opening the module list " + context);
            List<Double> capacities = new ArrayList<>();
            while (!closes(tokens, modules, "module list")) {
                capacities.add(tokens.number("a module capacity"));
                tokens.number("a module cost");
            }
            links.add(new SndlibNetwork.SLink(id.text(), source, target, preCapacity, routingCost, capacities,
                    tokens.location(id)));
        }
    }

    private static void demands(SndlibTokenizer tokens, SndlibTokenizer.Token open,
                                List<SndlibNetwork.SDemand> demands) {
        while (!closes(tokens, open, "DEMANDS")) {
            SndlibTokenizer.Token id = tokens.word("a demand id");
            String context = "in demand " + GraphMlImporter.shorten(id.text());
            tokens.expect("(", context);
            String source = tokens.word("the demand's source node").text();
            String target = tokens.word("the demand's target node").text();
            tokens.expect(")", context);
            tokens.number("the routing unit");
            double value = tokens.number("the demand value");
            tokens.word("the maximum path length (a number or UNLIMITED)");
            demands.add(new SndlibNetwork.SDemand(id.text(), source, target, value, tokens.location(id)));
        }
    }

    /** True (consuming it) when the next token closes the list opened by {@code open}. */
    private static boolean closes(SndlibTokenizer tokens, SndlibTokenizer.Token open, String what) {
        SndlibTokenizer.Token t = tokens.peek();
        if (t == null) {
            throw unclosed(tokens, open, what);
        }
        if (t.is(")")) {
            tokens.next();
            return true;
        }
        return false;
    }

    /** Skips a section's body, checking that its parentheses balance. */
    private static void skipBalanced(SndlibTokenizer tokens, SndlibTokenizer.Token open) {
        List<SndlibTokenizer.Token> opened = new ArrayList<>();
        opened.add(open);
        while (!opened.isEmpty()) {
            SndlibTokenizer.Token t = tokens.next();
            if (t == null) {
                throw unclosed(tokens, opened.get(opened.size() - 1), "section");
            }
            if (t.is("(")) {
                opened.add(t);
            } else if (t.is(")")) {
                opened.remove(opened.size() - 1);
            }
        }
    }

    private static InvalidModelException unclosed(SndlibTokenizer tokens, SndlibTokenizer.Token open, String what) {
        return new InvalidModelException(tokens.here(), "unexpected end of file: the '(' of " + what
                + " opened at line " + open.line() + ", column " + open.column() + " is never closed");
    }
}
