package org.neverout.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Imports SNDlib's XML format (root {@code <network xmlns="http://sndlib.zib.de/network">}): nodes
 * with {@code <coordinates>} read as longitude/latitude or pixels as {@code <nodes coordinatesType>}
 * says, links with their pre-installed and additional module capacities and routing cost, demands
 * with their {@code <demandValue>}; admissible paths are skipped. Conversion to a model:
 * {@link SndlibModelBuilder}, shared with {@link SndlibNativeImporter}. Streaming StAX parse, O(file size).
 */
public final class SndlibXmlImporter implements Importer {

    @Override
    public ImportResult importBytes(byte[] content, String fileName, String sha256, ImportOptions options) {
        try (XmlCursor xml = new XmlCursor(content, fileName, options)) {
            String root = xml.root();
            if (!root.equals("network")) {
                throw xml.error("root element is <" + root + ">, not <network>: not an SNDlib XML file");
            }
            Reader reader = new Reader(xml);
            reader.children(child -> {
                switch (child) {
                    case "meta" -> reader.children(m -> {
                        if (m.equals("unit")) {
                            reader.unit = xml.text();
                        } else {
                            xml.skipElement();
                        }
                    });
                    case "networkStructure" -> reader.children(s -> {
                        switch (s) {
                            case "nodes" -> {
                                reader.coordinates(xml.attribute("coordinatesType"));
                                reader.children(n -> reader.node(n));
                            }
                            case "links" -> reader.children(l -> reader.link(l));
                            default -> xml.skipElement();
                        }
                    });
                    case "demands" -> reader.children(d -> reader.demand(d));
                    default -> xml.skipElement();
                }
            });
            if (reader.coordinates == null) {
                throw xml.error("no <networkStructure><nodes> element");
            }
            return SndlibModelBuilder.build(new SndlibNetwork(reader.nodes, reader.links, reader.demands,
                    reader.coordinates, reader.unit), fileName, sha256);
        }
    }

    /** Reading state over one document. */
    private static final class Reader {
        final XmlCursor xml;
        final List<SndlibNetwork.SNode> nodes = new ArrayList<>();
        final List<SndlibNetwork.SLink> links = new ArrayList<>();
        final List<SndlibNetwork.SDemand> demands = new ArrayList<>();
        SndlibNetwork.Coordinates coordinates;
        String unit;

        Reader(XmlCursor xml) {
            this.xml = xml;
        }

        /** Calls {@code onChild} with each child element's name; it must consume that element whole. */
        void children(Consumer<String> onChild) {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    onChild.accept(xml.localName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw xml.error("unexpected end of document");
                }
            }
        }

        void coordinates(String type) {
            if (type == null || type.equals("geographical")) {
                coordinates = SndlibNetwork.Coordinates.GEOGRAPHICAL;
            } else if (type.equals("pixel")) {
                coordinates = SndlibNetwork.Coordinates.PIXEL;
            } else {
                throw xml.error("coordinatesType '" + GraphMlImporter.shorten(type)
                        + "' is neither 'geographical' nor 'pixel'");
            }
        }

        void node(String element) {
            if (!element.equals("node")) {
                xml.skipElement();
                return;
            }
            Location at = xml.location();
            String id = id("node", at);
            Double[] xy = new Double[2];
            children(c -> {
                if (c.equals("coordinates")) {
                    children(axis -> {
                        switch (axis) {
                            case "x" -> xy[0] = number("x");
                            case "y" -> xy[1] = number("y");
                            default -> xml.skipElement();
                        }
                    });
                } else {
                    xml.skipElement();
                }
            });
            if ((xy[0] == null) != (xy[1] == null)) {
                throw xml.error(at, "node '" + GraphMlImporter.shorten(id) + "' has only one of x and y");
            }
            nodes.add(new SndlibNetwork.SNode(id, xy[0], xy[1], at));
        }

        void link(String element) {
            if (!element.equals("link")) {
                xml.skipElement();
                return;
            }
            Location at = xml.location();
            String id = id("link", at);
            String[] ends = new String[2];
            Double[] preInstalled = new Double[1];
            Double[] routingCost = new Double[1];
            List<Double> modules = new ArrayList<>();
            children(c -> {
                switch (c) {
                    case "source" -> ends[0] = xml.text();
                    case "target" -> ends[1] = xml.text();
                    case "preInstalledModule" -> children(m -> {
                        if (m.equals("capacity")) {
                            preInstalled[0] = number("capacity");
                        } else {
                            xml.skipElement();
                        }
                    });
                    case "routingCost" -> routingCost[0] = number("routingCost");
                    case "additionalModules" -> children(m -> {
                        if (m.equals("addModule")) {
                            children(f -> {
                                if (f.equals("capacity")) {
                                    modules.add(number("capacity"));
                                } else {
                                    xml.skipElement();
                                }
                            });
                        } else {
                            xml.skipElement();
                        }
                    });
                    default -> xml.skipElement();
                }
            });
            require(ends, "link", id, at);
            links.add(new SndlibNetwork.SLink(id, ends[0], ends[1], preInstalled[0], routingCost[0], modules, at));
        }

        void demand(String element) {
            if (!element.equals("demand")) {
                xml.skipElement();
                return;
            }
            Location at = xml.location();
            String id = id("demand", at);
            String[] ends = new String[2];
            Double[] value = new Double[1];
            children(c -> {
                switch (c) {
                    case "source" -> ends[0] = xml.text();
                    case "target" -> ends[1] = xml.text();
                    case "demandValue" -> value[0] = number("demandValue");
                    default -> xml.skipElement();
                }
            });
            require(ends, "demand", id, at);
            if (value[0] == null) {
                throw xml.error(at, "demand '" + GraphMlImporter.shorten(id) + "' has no <demandValue>");
            }
            demands.add(new SndlibNetwork.SDemand(id, ends[0], ends[1], value[0], at));
        }

        private String id(String kind, Location at) {
            String id = xml.attribute("id");
            if (id == null || id.isBlank()) {
                throw xml.error(at, "<" + kind + "> without an id attribute");
            }
            return id.strip();
        }

        private void require(String[] ends, String kind, String id, Location at) {
            if (ends[0] == null || ends[0].isEmpty() || ends[1] == null || ends[1].isEmpty()) {
                throw xml.error(at, kind + " '" + GraphMlImporter.shorten(id) + "' needs a <source> and a <target>");
            }
        }

        private double number(String what) {
            Location at = xml.location();
            String text = xml.text();
            Double value = Numbers.parse(text);
            if (value == null) {
                throw new InvalidModelException(at, "<" + what + "> is not a number: '"
                        + GraphMlImporter.shorten(text) + "'");
            }
            return value;
        }
    }
}
